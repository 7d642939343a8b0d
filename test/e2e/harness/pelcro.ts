import { PELCRO_DEMO_KEY, PELCRO_DEMO_SITE, PELCRO_MOUNT } from '../../../sandbox/pelcro/keys';

export const PELCRO_CREDENTIAL_ID = 'e2ePelcroSandbox';

/** A pelcroApi credential for `n8n import:credentials` that points at the sandbox. */
export function pelcroCredential(sandboxUrl: string) {
	return {
		id: PELCRO_CREDENTIAL_ID,
		name: 'Pelcro (sandbox)',
		type: 'pelcroApi',
		data: {
			apiKey: PELCRO_DEMO_KEY,
			siteId: String(PELCRO_DEMO_SITE),
			environment: 'custom',
			baseUrl: `${sandboxUrl}${PELCRO_MOUNT}`,
		},
	};
}
