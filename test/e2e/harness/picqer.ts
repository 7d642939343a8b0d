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

/** A call to the sandbox's Picqer API as the demo account, outside n8n. */
async function picqerCall<T>(sandboxUrl: string, method: string, path: string, body?: object) {
	const response = await fetch(`${sandboxUrl}${PICQER_MOUNT}${path}`, {
		method,
		headers: {
			authorization: `Basic ${Buffer.from(`${PICQER_DEMO_KEY}:`).toString('base64')}`,
			'user-agent': 'n8n-nodes-backoffice e2e',
			...(body ? { 'content-type': 'application/json' } : {}),
		},
		body: body ? JSON.stringify(body) : undefined,
	});
	if (!response.ok)
		throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return (await response.json()) as T;
}

/** GET on the sandbox's Picqer API as the demo account, for comparing with n8n's output. */
export function picqerGet<T>(sandboxUrl: string, path: string): Promise<T> {
	return picqerCall<T>(sandboxUrl, 'GET', path);
}

/** POST on the sandbox's Picqer API as the demo account, to set up data a test needs. */
export function picqerPost<T>(sandboxUrl: string, path: string, body: object): Promise<T> {
	return picqerCall<T>(sandboxUrl, 'POST', path, body);
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
