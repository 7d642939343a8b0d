import { OPENAPI_SERVICE_DEMO_TOKEN, OPENAPI_SERVICE_MOUNT } from './openapi-service';
import { PELCRO_DEMO_KEY, PELCRO_DEMO_SITE, PELCRO_MOUNT } from './pelcro';
import { PICQER_DEMO_KEY, PICQER_MOUNT, PICQER_SECOND_KEY } from './picqer';
import { PRECORO_MOUNT, PRECORO_USERS } from './precoro';
import { RETAILCRM_DEMO_KEY, RETAILCRM_MOUNT, RETAILCRM_SINGLE_SITE_KEY } from './retailcrm';
import { startSandbox } from './server';

const DEFAULT_PORT = 5680;

async function main(): Promise<void> {
	const port = Number(process.env.SANDBOX_PORT ?? DEFAULT_PORT);
	const sandbox = await startSandbox({ port });
	console.log(`Vendor sandbox listening on ${sandbox.url}`);
	console.log(`Picqer base URL override: ${sandbox.url}${PICQER_MOUNT}`);
	console.log(`Picqer demo API key:      ${PICQER_DEMO_KEY}`);
	console.log(`Picqer second API key:    ${PICQER_SECOND_KEY}`);
	console.log(`RetailCRM instance URL:   ${sandbox.url}${RETAILCRM_MOUNT}`);
	console.log(`RetailCRM API key:        ${RETAILCRM_DEMO_KEY}`);
	console.log(`RetailCRM one-site key:   ${RETAILCRM_SINGLE_SITE_KEY}`);
	console.log(`Pelcro base URL:          ${sandbox.url}${PELCRO_MOUNT}`);
	console.log(`Pelcro API key, site ID:  ${PELCRO_DEMO_KEY}, ${PELCRO_DEMO_SITE}`);
	console.log(`OpenAPI Service base URL: ${sandbox.url}${OPENAPI_SERVICE_MOUNT}`);
	console.log(
		`OpenAPI Service spec:     ${sandbox.url}${OPENAPI_SERVICE_MOUNT}/openapi.json (or .yaml)`,
	);
	console.log(`OpenAPI Service token:    ${OPENAPI_SERVICE_DEMO_TOKEN}`);
	console.log(`Precoro base URL:         ${sandbox.url}${PRECORO_MOUNT}`);
	for (const user of PRECORO_USERS)
		console.log(`Precoro token, email:     ${user.token}, ${user.email}`);
	console.log(`Admin API:                ${sandbox.url}/__sandbox/health`);
	console.log('Press Ctrl-C to stop.');
	const stop = () => {
		void sandbox.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
	console.error(`Sandbox failed to start: ${error.message}`);
	process.exit(1);
});
