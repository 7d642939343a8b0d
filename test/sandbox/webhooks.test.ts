import { createHmac } from 'node:crypto';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { picqer, startReceiver, type Receiver } from './helpers';

let sandbox: Sandbox;
let receiver: Receiver;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
	sandbox.reset();
	receiver = await startReceiver();
});
afterEach(() => receiver.close());

const sign = (body: string, secret: string) =>
	createHmac('sha256', secret).update(body).digest('base64');

describe('Picqer webhooks', () => {
	it('registers a hook that shows whether it has a secret, never the secret', async () => {
		const reply = await picqer(sandbox)('POST', '/hooks', {
			name: 'Orders',
			event: 'orders.created',
			address: receiver.url,
			secret: 's3cret',
		});
		expect(reply.status).toBe(201);
		expect(reply.json).toEqual({
			idhook: expect.any(Number),
			name: 'Orders',
			event: 'orders.created',
			address: receiver.url,
			active: true,
			secret: true,
		});
		expect(reply.text).not.toContain('s3cret');
		const list = await picqer(sandbox)('GET', '/hooks');
		expect(list.json).toEqual([reply.json]);
	});

	it('refuses an unknown event and missing fields', async () => {
		const call = picqer(sandbox);
		expect(
			(await call('POST', '/hooks', { name: 'x', event: 'nope', address: receiver.url })).status,
		).toBe(400);
		const missing = await call('POST', '/hooks', { name: 'x' });
		expect(missing.status).toBe(400);
		expect(missing.json.error_message).toMatch(/event/);
	});

	it('emit delivers the payload signed with base64(HMAC-SHA256(raw body, secret))', async () => {
		const hook = await picqer(sandbox)('POST', '/hooks', {
			name: 'Stock',
			event: 'products.free_stock_changed',
			address: receiver.url,
			secret: 'topsecret',
		});
		const results = await sandbox.picqer.emit('products.free_stock_changed', { idproduct: 1 });
		expect(results).toEqual([
			expect.objectContaining({
				idhook: hook.json.idhook,
				status: 200,
				event: 'products.free_stock_changed',
			}),
		]);
		const [request] = receiver.requests;
		const payload = JSON.parse(request.body);
		expect(payload).toEqual({
			idhook: hook.json.idhook,
			name: 'Stock',
			event: 'products.free_stock_changed',
			event_triggered_at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
			data: { idproduct: 1 },
		});
		expect(request.headers['x-picqer-signature']).toBe(sign(request.body, 'topsecret'));
	});

	it('sends no signature header for a hook without a secret', async () => {
		await picqer(sandbox)('POST', '/hooks', {
			name: 'n',
			event: 'orders.created',
			address: receiver.url,
		});
		await sandbox.picqer.emit('orders.created', { idorder: 1 });
		expect(receiver.requests).toHaveLength(1);
		expect(receiver.requests[0].headers['x-picqer-signature']).toBeUndefined();
	});

	it('DELETE deactivates a hook: it stays listed and gets nothing', async () => {
		const hook = await picqer(sandbox)('POST', '/hooks', {
			name: 'n',
			event: 'orders.created',
			address: receiver.url,
		});
		const deleted = await picqer(sandbox)('DELETE', `/hooks/${hook.json.idhook}`);
		expect(deleted.status).toBe(204);
		const after = await picqer(sandbox)('GET', `/hooks/${hook.json.idhook}`);
		expect(after.json.active).toBe(false);
		expect(await sandbox.picqer.emit('orders.created', {})).toEqual([]);
	});

	it('emits the matching event on API changes, after answering', async () => {
		await picqer(sandbox)('POST', '/hooks', {
			name: 'created',
			event: 'orders.created',
			address: receiver.url,
			secret: 'k',
		});
		const product = sandbox.picqer.data().products.rows[0];
		const order = await picqer(sandbox)('POST', '/orders', {
			idcustomer: sandbox.picqer.data().customers.rows[0].idcustomer,
			products: [{ idproduct: product.idproduct, amount: 1 }],
		});
		expect(order.status).toBe(201);
		await receiver.waitFor(1);
		const payload = JSON.parse(receiver.requests[0].body);
		expect(payload.event).toBe('orders.created');
		expect(payload.data.idorder).toBe(order.json.idorder);
		expect(receiver.requests[0].headers['x-picqer-signature']).toBe(
			sign(receiver.requests[0].body, 'k'),
		);
	});

	it('does not hold the API response while a receiver is slow', async () => {
		const slow = await startReceiverThatHangs();
		try {
			await picqer(sandbox)('POST', '/hooks', {
				name: 's',
				event: 'orders.created',
				address: slow.url,
			});
			const started = Date.now();
			const reply = await picqer(sandbox)('POST', '/orders', {});
			expect(reply.status).toBe(201);
			expect(Date.now() - started).toBeLessThan(500);
		} finally {
			await slow.close();
		}
	});
});

async function startReceiverThatHangs() {
	const http = await import('node:http');
	const server = http.createServer(() => undefined);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
