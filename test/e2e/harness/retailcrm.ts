import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_MOUNT,
	RETAILCRM_SITE_MAIN,
} from '../../../sandbox/retailcrm/keys';

export const RETAILCRM_CREDENTIAL_ID = 'e2eRetailCrmSandbox';

/**
 * A retailCrmApi credential for `n8n import:credentials` that points at the sandbox. The demo key
 * covers every site, so the default site is what methods that need one get.
 */
export function retailCrmCredential(sandboxUrl: string) {
	return {
		id: RETAILCRM_CREDENTIAL_ID,
		name: 'RetailCRM (sandbox)',
		type: 'retailCrmApi',
		data: {
			url: `${sandboxUrl}${RETAILCRM_MOUNT}`,
			apiKey: RETAILCRM_DEMO_KEY,
			site: RETAILCRM_SITE_MAIN,
		},
	};
}

/**
 * A change made "in the CRM" through the sandbox's admin API, as a CRM user (default) or as
 * another integration's key: recorded in history like any change, not made by the node.
 */
export async function retailCrmAdmin<T>(sandboxUrl: string, path: string, body: object) {
	const response = await fetch(`${sandboxUrl}/__sandbox/retailcrm${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
	return (await response.json()) as T;
}
