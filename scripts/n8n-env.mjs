// Environment for every n8n process started by the tests and by `npm start`: offline, quiet,
// loopback only, and with its own ports so several n8n processes can run side by side.
import { createServer } from 'node:net';
import { N8N_LINE_ENV, runtimeEnv } from './n8n-runtime.mjs';

/** Settings (checked in n8n 2.40.7's config) that stop n8n calling home or showing banners. */
export const offlineSettings = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_DYNAMIC_BANNERS_ENABLED: 'false',
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
	// The 2.40.7 defaults, pinned so that a changed default cannot stop the package loading.
	N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
	N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
	// The catalogue of vetted community packages is fetched from api.n8n.io.
	N8N_VERIFIED_PACKAGES_ENABLED: 'false',
	N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
	N8N_SECURE_COOKIE: 'false',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	GENERIC_TIMEZONE: 'UTC',
};

/** A TCP port that was free on the loopback interface a moment ago. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** What every n8n process gets on top of the caller's environment. */
export function n8nBaseEnv() {
	const env = runtimeEnv({
		...offlineSettings,
		// Test runners set NODE_ENV=test; n8n should run as users run it.
		NODE_ENV: 'production',
		...N8N_LINE_ENV,
	});
	delete env.NODE_OPTIONS;
	return env;
}

/**
 * Env for one n8n process. In n8n 2.x task runners are always on (N8N_RUNNERS_ENABLED is
 * ignored) and each process opens a task broker: each gets its own port.
 */
export function n8nEnv({ userFolder, port, brokerPort }) {
	return {
		...n8nBaseEnv(),
		N8N_USER_FOLDER: userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
	};
}
