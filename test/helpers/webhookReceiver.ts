import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { WebhookCall } from './n8nContext';

/** A loopback endpoint that records deliveries and answers with whatever `answer` decides. */
export async function startReceiver(
	answer: (call: WebhookCall) => Promise<number> | number = () => 200,
) {
	const calls: WebhookCall[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', async () => {
			const call = {
				rawBody: Buffer.concat(chunks),
				headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
			};
			calls.push(call);
			res.statusCode = await answer(call);
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/webhook/picqer`,
		calls,
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
