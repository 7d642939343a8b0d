import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const order = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'order',
	operation,
	...extra,
});

const data = () => sandbox.picqer.data();

/** A normal product with free stock in the main warehouse, and that stock entry. */
function productInStock(least: number) {
	const warehouse = data().warehouses.rows[0].idwarehouse as number;
	const product = data().products.rows.find(
		(p) =>
			p.type === 'normal' &&
			p.stock.some((s) => s.idwarehouse === warehouse && s.freestock >= least),
	)!;
	return { product, entry: product.stock.find((s) => s.idwarehouse === warehouse)! };
}

async function conceptOrder(idproduct: number, amount: number) {
	const [created] = jsonOf(
		await runPicqer(
			sandbox,
			order('create', {
				customerId: { __rl: true, mode: 'list', value: '' },
				products: { product: [{ idproduct: String(idproduct), amount }] },
				additionalFields: { preferred_delivery_date: '2030-06-01T14:30:00.000Z' },
			}),
		),
	);
	return String(created.idorder);
}

describe('Picqer order lifecycle', () => {
	it('sends the preferred delivery date as a plain date', async () => {
		const { product } = productInStock(1);
		const id = await conceptOrder(product.idproduct, 1);
		expect(sandbox.received.last({ method: 'POST', path: '/orders' })?.body).toMatchObject({
			preferred_delivery_date: '2030-06-01',
		});
		await runPicqer(
			sandbox,
			order('update', { orderId: id, updateFields: { preferred_delivery_date: '2030-07-02' } }),
		);
		expect(sandbox.received.last({ method: 'PUT' })?.body).toEqual({
			preferred_delivery_date: '2030-07-02',
		});
		expect(data().orders.get(Number(id))?.preferred_delivery_date).toBe('2030-07-02');
	});

	it('allocates the stock of a concept order and releases it again', async () => {
		const { product, entry } = productInStock(3);
		const id = await conceptOrder(product.idproduct, 2);
		const free = entry.freestock;
		const allocated = await runPicqer(sandbox, order('allocate', { orderId: id }));
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe(`/orders/${id}/allocate`);
		expect(allocated[0].json).toMatchObject({ idorder: Number(id), allocated: true });
		expect(entry.freestock).toBe(free - 2);

		await runPicqer(sandbox, order('deallocate', { orderId: id }));
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe(`/orders/${id}/deallocate`);
		expect(entry.freestock).toBe(free);
	});

	it('pauses with a reason and refuses a pause without one before sending', async () => {
		const { product } = productInStock(1);
		const id = await conceptOrder(product.idproduct, 1);
		await runPicqer(sandbox, order('process', { orderId: id }));
		await expect(runPicqer(sandbox, order('pause', { orderId: id }))).rejects.toThrow(
			'"Reason" is required',
		);
		const paused = await runPicqer(sandbox, order('pause', { orderId: id, reason: 'Fraud check' }));
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/orders/${id}/pause`,
			body: { reason: 'Fraud check' },
		});
		expect(paused[0].json).toMatchObject({ status: 'paused', paused_reason: 'Fraud check' });
	});

	it('processes an order’s backorders once stock has arrived', async () => {
		const { product, entry } = productInStock(1);
		const id = await conceptOrder(product.idproduct, entry.freestock + 3);
		await runPicqer(sandbox, order('process', { orderId: id }));
		const backordered = data().backorders.rows.filter((b) => b.idorder === Number(id));
		expect(backordered).toHaveLength(1);
		entry.stock += 10;
		entry.freestock += 10;

		const out = await runPicqer(sandbox, order('processBackorders', { orderId: id }));
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe(
			`/orders/${id}/process-backorders`,
		);
		expect(out[0].json.idorder).toBe(Number(id));
		expect(data().backorders.rows.filter((b) => b.idorder === Number(id))).toHaveLength(0);
		expect(data().picklists.rows.filter((p) => p.idorder === Number(id))).toHaveLength(2);
	});

	it('changes an expected order to concept, and passes Picqer’s refusal for another status', async () => {
		const expected = data().orders.rows.find((o) => o.status === 'expected');
		const target = expected ?? data().orders.rows.find((o) => o.status === 'concept')!;
		target.status = 'expected';
		const out = await runPicqer(
			sandbox,
			order('changeToConcept', { orderId: String(target.idorder) }),
		);
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe(
			`/orders/${target.idorder}/change-to-concept`,
		);
		expect(out[0].json.status).toBe('concept');
		await expect(
			runPicqer(sandbox, order('changeToConcept', { orderId: String(target.idorder) })),
		).rejects.toMatchObject({ httpCode: '400', message: expect.stringMatching(/^Picqer: /) });
	});
});
