import { RETAILCRM_DEMO_KEY, RETAILCRM_MOUNT } from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import type { Reply } from './helpers';

/** Form fields as RetailCRM wants them: nested entities become one JSON string each. */
export function formBody(fields: Record<string, unknown>): string {
	const form = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
	}
	return form.toString();
}

async function reply(response: Response): Promise<Reply> {
	const text = await response.text();
	let json: unknown;
	try {
		json = text === '' ? undefined : JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.status, headers: response.headers, text, json };
}

/** Calls the RetailCRM mount like the node does: `X-API-KEY` header, form-encoded POSTs. */
export function retailcrm(sandbox: Sandbox, key: string | null = RETAILCRM_DEMO_KEY) {
	const base = `${sandbox.url}${RETAILCRM_MOUNT}`;
	const auth: Record<string, string> = key === null ? {} : { 'x-api-key': key };
	return {
		get: async (path: string, headers: Record<string, string> = {}) =>
			reply(await fetch(`${base}${path}`, { headers: { ...auth, ...headers } })),
		post: async (path: string, fields: Record<string, unknown> | string) =>
			reply(
				await fetch(`${base}${path}`, {
					method: 'POST',
					headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
					body: typeof fields === 'string' ? fields : formBody(fields),
				}),
			),
		raw: async (path: string, init: RequestInit) =>
			reply(
				await fetch(`${base}${path}`, {
					...init,
					headers: { ...auth, ...(init.headers as Record<string, string>) },
				}),
			),
	};
}
