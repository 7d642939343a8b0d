import http from 'node:http';
import { PICQER_DEMO_KEY, PICQER_MOUNT } from '../../sandbox/picqer';
import type { Sandbox } from '../../sandbox/server';

/** Exactly what JSON.parse gives, so assertions can reach into replies without casts. */
type Parsed = ReturnType<typeof JSON.parse>;

export interface Reply {
	status: number;
	headers: Headers;
	text: string;
	json: Parsed;
}

export function basicAuth(key: string): string {
	return `Basic ${Buffer.from(`${key}:X`).toString('base64')}`;
}

/** Calls the Picqer mount like a well-behaved client: Basic auth and a User-Agent. */
export function picqer(sandbox: Sandbox, key = PICQER_DEMO_KEY) {
	return async (
		method: string,
		path: string,
		body?: unknown,
		headers: Record<string, string> = {},
	): Promise<Reply> => {
		const response = await fetch(`${sandbox.url}${PICQER_MOUNT}${path}`, {
			method,
			headers: {
				authorization: basicAuth(key),
				'user-agent': 'SandboxTests (test@example.com)',
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...headers,
			},
			body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
		});
		const text = await response.text();
		let json: unknown;
		try {
			json = text === '' ? undefined : JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: response.status, headers: response.headers, text, json };
	};
}

export async function admin(
	sandbox: Sandbox,
	method: string,
	path: string,
	body?: unknown,
): Promise<Reply> {
	const response = await fetch(`${sandbox.url}/__sandbox${path}`, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		text,
		json: text ? JSON.parse(text) : undefined,
	};
}

/** A raw request through node:http, which (unlike fetch) sends no User-Agent of its own. */
export function rawRequest(
	url: string,
	headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { headers }, (response) => {
			let body = '';
			response.on('data', (chunk: Buffer) => (body += chunk.toString()));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
		});
		request.on('error', reject);
		request.end();
	});
}

export interface Receiver {
	url: string;
	requests: { headers: http.IncomingHttpHeaders; body: string }[];
	close(): Promise<void>;
	/** Resolves when `count` requests have arrived. */
	waitFor(count: number, timeoutMs?: number): Promise<void>;
}

/** A loopback webhook receiver that answers with `status`. */
export async function startReceiver(status = 200): Promise<Receiver> {
	const requests: Receiver['requests'] = [];
	const waiters: (() => void)[] = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk: Buffer) => (body += chunk.toString()));
		req.on('end', () => {
			requests.push({ headers: req.headers, body });
			res.writeHead(status).end();
			waiters.splice(0).forEach((wake) => wake());
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}/hook`,
		requests,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
		async waitFor(count, timeoutMs = 5000) {
			const deadline = Date.now() + timeoutMs;
			while (requests.length < count) {
				if (Date.now() > deadline)
					throw new Error(`Only ${requests.length} of ${count} webhooks arrived`);
				await new Promise<void>((resolve) => {
					waiters.push(resolve);
					setTimeout(resolve, 50);
				});
			}
		},
	};
}
