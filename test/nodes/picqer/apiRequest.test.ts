import type { Sandbox } from '../../../sandbox/server';
import { SEED_ORDERS } from '../../../sandbox/picqer';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });
const send = (parameters: Record<string, unknown>) =>
	runPicqer(sandbox, { resource: 'apiRequest', operation: 'send', ...parameters });

describe('Picqer API Request', () => {
	it('reads a whole list through the core pagination with Return All', async () => {
		const out = await send({ method: 'GET', path: '/orders', paginate: true, returnAll: true });
		expect(out).toHaveLength(SEED_ORDERS);
		expect(new Set(jsonOf(out).map((o) => o.idorder)).size).toBe(SEED_ORDERS);
		const offsets = picqerRequests().map((r) => Number(r.query.offset));
		expect(offsets).toEqual(Array.from({ length: SEED_ORDERS / 100 + 1 }, (_, i) => i * 100));
	});

	it('stops at the Limit, and sends query parameters as given', async () => {
		const out = await send({
			method: 'GET',
			path: '/orders',
			paginate: true,
			returnAll: false,
			limit: 150,
			queryParameters: { parameter: [{ name: 'status', value: 'processing' }] },
		});
		expect(out).toHaveLength(150);
		expect(jsonOf(out).every((o) => o.status === 'processing')).toBe(true);
		expect(picqerRequests()).toHaveLength(2);
		expect(picqerRequests()[0].query).toMatchObject({ status: 'processing', offset: '0' });
	});

	it('returns one response without paging, and posts a JSON body once', async () => {
		const [one] = await send({ method: 'GET', path: '/users/me' });
		expect(one.json).toHaveProperty('iduser');
		sandbox.reset();
		sandbox.faults.add({
			vendor: 'picqer',
			method: 'POST',
			path: '/tags',
			kind: 'status',
			status: 500,
		});
		await expect(
			send({
				method: 'POST',
				path: '/tags',
				sendBody: true,
				body: JSON.stringify({ title: 'Fragile', color: '#aa0000', inherit: false }),
			}),
		).rejects.toThrow();
		// A POST that may have reached Picqer is never sent twice.
		expect(sandbox.received.count({ method: 'POST', path: '/tags' })).toBe(1);
		expect(sandbox.received.last()?.body).toEqual({
			title: 'Fragile',
			color: '#aa0000',
			inherit: false,
		});
	});

	it.each([
		'/../users',
		'/%2e%2e/users',
		'//evil.example/x',
		'https://evil.example/x',
		'orders',
		'/orders?x=1',
	])('refuses the path %s before any request, naming the field', async (path) => {
		await expect(send({ method: 'GET', path })).rejects.toThrow('"Path"');
		expect(sandbox.received.length).toBe(0);
	});
});
