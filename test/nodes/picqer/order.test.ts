import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

describe('Picqer order', () => {
	it('returns all 2,000 orders with exactly 21 page requests and no duplicate', async () => {
		const out = await runPicqer(sandbox, {
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
		});
		const ids = jsonOf(out).map((order) => order.idorder);
		expect(ids).toHaveLength(2000);
		expect(new Set(ids).size).toBe(2000);
		const gets = sandbox.received.filter({ vendor: 'picqer', method: 'GET', path: '/orders' });
		expect(gets).toHaveLength(21);
		expect(gets.map((r) => Number(r.query.offset))).toEqual(
			Array.from({ length: 21 }, (_, i) => i * 100),
		);
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('stops at the limit without fetching a further page', async () => {
		const out = await runPicqer(sandbox, {
			resource: 'order',
			operation: 'getAll',
			returnAll: false,
			limit: 150,
		});
		expect(out).toHaveLength(150);
		expect(sandbox.received.count({ method: 'GET', path: '/orders' })).toBe(2);
	});

	it('sends a create once when the sandbox answers 500, and says the outcome is unknown', async () => {
		const [customer] = await runPicqer(sandbox, {
			resource: 'customer',
			operation: 'getAll',
			limit: 1,
		});
		sandbox.faults.add({
			vendor: 'picqer',
			method: 'POST',
			path: '/orders',
			kind: 'status',
			status: 500,
		});
		const run = runPicqer(sandbox, {
			resource: 'order',
			operation: 'create',
			customerId: { __rl: true, mode: 'id', value: String(customer.json.idcustomer) },
			products: { product: [{ idproduct: '1', amount: 2 }] },
		});
		await expect(run).rejects.toMatchObject({
			message: 'Picqer: Internal Server Error',
			httpCode: '500',
			description: expect.stringContaining('It was not sent again, to avoid a duplicate'),
		});
		expect(sandbox.received.count({ method: 'POST', path: '/orders' })).toBe(1);
	});

	it('keeps going with continueOnFail and pairs each output with its item', async () => {
		const ids = jsonOf(
			await runPicqer(sandbox, { resource: 'order', operation: 'getAll', limit: 3 }),
		).map((o) => o.idorder);
		const out = await runPicqer(
			sandbox,
			(itemIndex) => ({
				resource: 'order',
				operation: 'get',
				orderId: itemIndex === 1 ? '99999999' : String(ids[itemIndex]),
			}),
			{ items: [{ json: {} }, { json: {} }, { json: {} }], continueOnFail: true },
		);
		expect(out).toHaveLength(3);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json.idorder).toBe(ids[0]);
		expect(out[1].json.error).toMatch(/^Picqer: /);
		expect(out[1].json.httpCode).toBe('404');
		expect(out[2].json.idorder).toBe(ids[2]);
	});

	it('refuses order line amounts that are not whole numbers of at least 1, before anything is sent', async () => {
		const concept = sandbox.picqer.data().orders.rows.find((o) => o.status === 'concept')!;
		const id = String(sandbox.picqer.data().products.rows[0].idproduct);
		const attempts = [
			{
				resource: 'order',
				operation: 'create',
				products: { product: [{ idproduct: id, amount: 1.5 }] },
			},
			{
				resource: 'order',
				operation: 'create',
				products: {
					product: [
						{ idproduct: id, amount: 2 },
						{ idproduct: id, amount: 0 },
					],
				},
			},
			{
				resource: 'order',
				operation: 'addProduct',
				orderId: String(concept.idorder),
				productId: id,
				amount: 2.5,
			},
			{
				resource: 'order',
				operation: 'addProduct',
				orderId: String(concept.idorder),
				productId: id,
				amount: -1,
			},
		];
		for (const parameters of attempts) {
			await expect(runPicqer(sandbox, parameters)).rejects.toThrow(
				'"Amount" must be a whole number of at least 1',
			);
		}
		expect(sandbox.received.filter({ vendor: 'picqer', method: 'POST' })).toHaveLength(0);
	});

	it('sends whole amounts given as text as numbers', async () => {
		const concept = sandbox.picqer.data().orders.rows.find((o) => o.status === 'concept')!;
		const product = sandbox.picqer.data().products.rows[0];
		await runPicqer(sandbox, {
			resource: 'order',
			operation: 'addProduct',
			orderId: String(concept.idorder),
			productId: String(product.idproduct),
			amount: '3',
		});
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/orders/${String(concept.idorder)}/products`,
			body: { idproduct: product.idproduct, amount: 3 },
		});
	});
});
