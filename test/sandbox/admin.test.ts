import { createHmac } from 'node:crypto';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { admin, picqer, startReceiver } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

describe('admin API', () => {
	it('reports health and the mounted vendors', async () => {
		const reply = await admin(sandbox, 'GET', '/health');
		expect(reply.json).toMatchObject({
			ok: true,
			vendors: [
				{ name: 'picqer', mount: '/picqer/api/v1' },
				{ name: 'retailcrm', mount: '/retailcrm' },
				{ name: 'pelcro', mount: '/pelcro/api/v1/core' },
				{ name: 'precoro', mount: '/precoro' },
				{ name: 'openapi-service', mount: '/openapi-service' },
			],
		});
	});

	it('lists received requests with vendor, method and path filters', async () => {
		const call = picqer(sandbox);
		await call('GET', '/orders?status=processing');
		await call('POST', '/customers', { name: 'Admin Test' });
		const all = await admin(sandbox, 'GET', '/received');
		expect(all.json).toHaveLength(2);
		const posts = await admin(
			sandbox,
			'GET',
			'/received?vendor=picqer&method=POST&path=/customers',
		);
		expect(posts.json).toEqual([
			expect.objectContaining({
				vendor: 'picqer',
				method: 'POST',
				path: '/customers',
				body: { name: 'Admin Test' },
				status: 201,
			}),
		]);
		const gets = await admin(sandbox, 'GET', '/received?pathRegex=^/ord');
		expect(gets.json[0].query).toEqual({ status: 'processing' });
	});

	it('adds faults from JSON, with a path regex as a string', async () => {
		const added = await admin(sandbox, 'POST', '/faults', {
			vendor: 'picqer',
			method: 'GET',
			pathRegex: '^/orders/\\d+$',
			kind: 'status',
			status: 500,
			times: 2,
		});
		expect(added.status).toBe(201);
		const call = picqer(sandbox);
		expect((await call('GET', '/orders')).status).toBe(200);
		expect((await call('GET', '/orders/100001')).status).toBe(500);
		expect((await call('GET', '/orders/100001')).status).toBe(500);
		expect((await call('GET', '/orders/100001')).status).toBe(200);
	});

	it('refuses a bad fault with 400 and adds nothing', async () => {
		const reply = await admin(sandbox, 'POST', '/faults', [
			{ kind: 'status', status: 500 },
			{ kind: 'bogus' },
		]);
		expect(reply.status).toBe(400);
		expect(sandbox.faults.pending).toHaveLength(0);
	});

	it('resets data, log and faults', async () => {
		await picqer(sandbox)('POST', '/customers', { name: 'Gone After Reset' });
		sandbox.faults.add({ kind: 'status', status: 500 });
		expect((await admin(sandbox, 'POST', '/reset')).status).toBe(200);
		expect(sandbox.received.length).toBe(0);
		expect(sandbox.faults.pending).toHaveLength(0);
		expect(sandbox.picqer.data().customers.rows.some((c) => c.name === 'Gone After Reset')).toBe(
			false,
		);
	});

	it('emits Picqer webhooks and lists hooks', async () => {
		const receiver = await startReceiver(202);
		try {
			await picqer(sandbox)('POST', '/hooks', {
				name: 'e2e',
				event: 'picklists.closed',
				address: receiver.url,
				secret: 'abc',
			});
			const hooks = await admin(sandbox, 'GET', '/picqer/hooks');
			expect(hooks.json).toEqual([
				expect.objectContaining({ account: 'demo', event: 'picklists.closed', secret: true }),
			]);
			const emitted = await admin(sandbox, 'POST', '/picqer/emit', {
				event: 'picklists.closed',
				data: { idpicklist: 9 },
			});
			expect(emitted.json.deliveries).toEqual([expect.objectContaining({ status: 202 })]);
			const [request] = receiver.requests;
			expect(request.headers['x-picqer-signature']).toBe(
				createHmac('sha256', 'abc').update(request.body).digest('base64'),
			);
		} finally {
			await receiver.close();
		}
	});

	it('answers 404 for an unknown admin route', async () => {
		expect((await admin(sandbox, 'GET', '/nope')).status).toBe(404);
	});
});
