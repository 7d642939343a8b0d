import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const backorder = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'backorder',
	operation,
	...extra,
});

const data = () => sandbox.picqer.data();

/** Processes a new order for more than is in stock, so Picqer backorders the rest. */
async function orderBeyondStock() {
	const warehouse = data().warehouses.rows[0].idwarehouse;
	const product = data().products.rows.find((p) => p.type === 'normal')!;
	const free = product.stock.find((s) => s.idwarehouse === warehouse)!.freestock;
	const [order] = jsonOf(
		await runPicqer(sandbox, {
			resource: 'order',
			operation: 'create',
			customerId: { __rl: true, mode: 'list', value: '' },
			products: { product: [{ idproduct: String(product.idproduct), amount: free + 3 }] },
		}),
	);
	await runPicqer(sandbox, {
		resource: 'order',
		operation: 'process',
		orderId: String(order.idorder),
	});
	return { order, product, warehouse };
}

describe('Picqer backorder', () => {
	it('finds the backorder of an order by its filters', async () => {
		const { order, product } = await orderBeyondStock();
		const out = await runPicqer(
			sandbox,
			backorder('getAll', {
				returnAll: true,
				filters: { idorder: String(order.idorder), idproduct: String(product.idproduct) },
			}),
		);
		expect(jsonOf(out)).toEqual([
			expect.objectContaining({ idorder: order.idorder, idproduct: product.idproduct, amount: 3 }),
		]);
		expect(sandbox.received.last({ path: '/backorders' })?.query).toMatchObject({
			idorder: String(order.idorder),
			idproduct: String(product.idproduct),
		});
		const one = await runPicqer(
			sandbox,
			backorder('get', { backorderId: String(out[0].json.idbackorder) }),
		);
		expect(one[0].json.idbackorder).toBe(out[0].json.idbackorder);
	});

	it('sends dates in Picqer’s format and refuses a non-numeric filter before sending', async () => {
		await runPicqer(
			sandbox,
			backorder('getAll', { limit: 10, filters: { sincedate: '2024-02-03T04:05:06' } }),
		);
		expect(sandbox.received.last({ path: '/backorders' })?.query).toMatchObject({
			sincedate: '2024-02-03 04:05:06',
		});
		const before = sandbox.received.count();
		await expect(
			runPicqer(sandbox, backorder('getAll', { limit: 10, filters: { idorder: 'ORD-7' } })),
		).rejects.toThrow('"Order ID" must be a numeric ID');
		await expect(runPicqer(sandbox, backorder('delete', { backorderId: 'x' }))).rejects.toThrow(
			'"Backorder ID" must be a numeric ID',
		);
		expect(sandbox.received.count()).toBe(before);
	});

	it('processes backorders once stock arrives: a picklist appears', async () => {
		const { order, product, warehouse } = await orderBeyondStock();
		const entry = product.stock.find((s) => s.idwarehouse === warehouse)!;
		entry.stock += 10;
		entry.freestock += 10;
		const out = await runPicqer(sandbox, backorder('process'));
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe('/backorders/process');
		expect(out).toHaveLength(1);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		const remaining = await runPicqer(
			sandbox,
			backorder('getAll', { returnAll: true, filters: { idorder: String(order.idorder) } }),
		);
		expect(remaining).toHaveLength(0);
		const picklists = data().picklists.rows.filter((p) => p.idorder === order.idorder);
		expect(picklists).toHaveLength(2);
	});

	it('deletes a backorder, which cancels its order line', async () => {
		const { order } = await orderBeyondStock();
		const [found] = jsonOf(
			await runPicqer(
				sandbox,
				backorder('getAll', { returnAll: true, filters: { idorder: String(order.idorder) } }),
			),
		);
		const out = await runPicqer(
			sandbox,
			backorder('delete', { backorderId: String(found.idbackorder) }),
		);
		expect(sandbox.received.last({ method: 'DELETE' })?.path).toBe(
			`/backorders/${String(found.idbackorder)}`,
		);
		expect(out).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		const line = data().orders.get(order.idorder as number)!.products[0];
		expect(line.amount_cancelled).toBe(3);
	});
});
