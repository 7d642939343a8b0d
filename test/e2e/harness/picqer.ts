import { PICQER_DEMO_KEY, PICQER_MOUNT } from '../../../sandbox/picqer/keys';

export const PICQER_CREDENTIAL_ID = 'e2ePicqerSandbox';

/** A picqerApi credential for `n8n import:credentials` that points at the sandbox. */
export function picqerCredential(sandboxUrl: string) {
	return {
		id: PICQER_CREDENTIAL_ID,
		name: 'Picqer (sandbox)',
		type: 'picqerApi',
		data: { subdomain: 'demo', apiKey: PICQER_DEMO_KEY, baseUrl: `${sandboxUrl}${PICQER_MOUNT}` },
	};
}

/** GET on the sandbox's Picqer API as the demo account, for comparing with n8n's output. */
export async function picqerGet<T>(sandboxUrl: string, path: string): Promise<T> {
	const response = await fetch(`${sandboxUrl}${PICQER_MOUNT}${path}`, {
		headers: {
			authorization: `Basic ${Buffer.from(`${PICQER_DEMO_KEY}:`).toString('base64')}`,
			'user-agent': 'n8n-nodes-backoffice e2e',
		},
	});
	if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
	return (await response.json()) as T;
}

/** Every row of a Picqer list, following its offset pages the way the API documents. */
export async function picqerGetAll<T>(sandboxUrl: string, path: string): Promise<T[]> {
	const rows: T[] = [];
	for (let offset = 0; ; offset += 100) {
		const separator = path.includes('?') ? '&' : '?';
		const page = await picqerGet<T[]>(sandboxUrl, `${path}${separator}offset=${offset}`);
		rows.push(...page);
		if (page.length < 100) return rows;
	}
}
