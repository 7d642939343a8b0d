import { PRECORO_BUYER, PRECORO_MOUNT, type PrecoroUser } from '../../sandbox/precoro';
import type { Sandbox } from '../../sandbox/server';
import type { Reply } from './helpers';

/** Calls the Precoro mount as `user`, with its token and email, and JSON bodies. */
export function precoroCaller(
	sandbox: Sandbox,
	user: PrecoroUser = PRECORO_BUYER,
	headers: Record<string, string> = {},
) {
	return async (method: string, path: string, body?: unknown): Promise<Reply> => {
		const response = await fetch(`${sandbox.url}${PRECORO_MOUNT}${path}`, {
			method,
			headers: {
				'x-auth-token': user.token,
				email: user.email,
				accept: 'application/json',
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...headers,
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return {
			status: response.status,
			headers: response.headers,
			text,
			json: text ? JSON.parse(text) : undefined,
		};
	};
}
