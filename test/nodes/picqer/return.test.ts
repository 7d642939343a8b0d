import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { loadOptionsContext } from '../../helpers/n8nContext';
import { jsonOf, picqerOptions, runPicqer } from '../../helpers/picqer';
import { picqerLoadOptions } from '../../../nodes/Picqer/methods';
import { Picqer } from '../../../nodes/Picqer/Picqer.node';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const ret = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'return',
	operation,
	...extra,
});

const data = () => sandbox.picqer.data();
const completedOrder = () => data().orders.rows.find((o) => o.status === 'completed')!;

describe('Picqer return', () => {
	it('creates a return for an order with returned products and a reason', async () => {
		const order = completedOrder();
		const line = order.products[0];
		const reason = data().returnReasons.rows[1].idreturn_reason as number;
		const out = await runPicqer(
			sandbox,
			ret('create', {
				orderId: String(order.idorder),
				returnedProducts: {
					product: [
						{ idproduct: String(line.idproduct), amount: 1, idreturn_reason: reason, price: 0 },
					],
				},
				additionalFields: { tracking_code: 'RT123', received_at: '2030-01-02T03:04:05' },
			}),
		);
		expect(sandbox.received.last({ method: 'POST', path: '/returns' })?.body).toEqual({
			idorder: order.idorder,
			tracking_code: 'RT123',
			received_at: '2030-01-02 03:04:05',
			returned_products: [{ idproduct: line.idproduct, amount: 1, idreturn_reason: reason }],
		});
		expect(out[0].json).toMatchObject({ idorder: order.idorder, name: order.deliveryname });
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('needs an order, customer or name, and numeric IDs, before anything is sent', async () => {
		await expect(runPicqer(sandbox, ret('create', {}))).rejects.toThrow('"Order ID" is required');
		await expect(
			runPicqer(
				sandbox,
				ret('create', {
					orderId: '12',
					returnedProducts: { product: [{ idproduct: '5', amount: 1, idreturn_reason: 'broken' }] },
				}),
			),
		).rejects.toThrow('"Reason Name or ID" must be a numeric ID');
		await expect(
			runPicqer(sandbox, ret('changeStatus', { returnId: '1', statusId: 'done' })),
		).rejects.toThrow('"Return Status Name or ID" must be a numeric ID');
		await expect(runPicqer(sandbox, ret('receive', { returnId: '1/receive' }))).rejects.toThrow(
			'"Return ID" must be a numeric ID',
		);
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});

	it('changes the status through the log, with a message and customer notice', async () => {
		const target = data().returns.rows[0];
		const status = data().returnStatuses.rows.find(
			(s) => s.idreturn_status !== target.idreturn_status,
		)!;
		await runPicqer(
			sandbox,
			ret('changeStatus', {
				returnId: String(target.idreturn),
				statusId: status.idreturn_status,
				statusFields: { message: 'Approved', notify_customer: true },
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/returns/${String(target.idreturn)}/logs`,
			body: { idreturn_status: status.idreturn_status, message: 'Approved', notify_customer: true },
		});
		const after = await runPicqer(sandbox, ret('get', { returnId: String(target.idreturn) }));
		expect(after[0].json.idreturn_status).toBe(status.idreturn_status);
	});

	it('adds a returned product, receives it, and lists the lines', async () => {
		const target = data().returns.rows.find((r) =>
			(r.returned_products as { amount_received: number }[]).every((p) => p.amount_received === 0),
		)!;
		const id = String(target.idreturn);
		const product = data().products.rows[3];
		const added = await runPicqer(
			sandbox,
			ret('addReturnedProduct', { returnId: id, productId: String(product.idproduct), amount: 2 }),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/returns/${id}/returned_products`,
			body: { idproduct: product.idproduct, amount: 2 },
		});
		const line = added[0].json.idreturn_product as number;

		await runPicqer(
			sandbox,
			ret('receive', {
				returnId: id,
				receivedProducts: { product: [{ idreturn_product: String(line), amount: 2 }] },
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/returns/${id}/receive`,
			body: { returned_products: [{ idreturn_product: line, amount: 2 }] },
		});
		const lines = jsonOf(await runPicqer(sandbox, ret('getReturnedProducts', { returnId: id })));
		expect(lines.find((l) => l.idreturn_product === line)).toMatchObject({ amount_received: 2 });
	});

	it('receives everything with no body when no lines are given', async () => {
		const target = data().returns.rows[0];
		await runPicqer(sandbox, ret('receive', { returnId: String(target.idreturn) }));
		const request = sandbox.received.last({ method: 'POST' });
		expect(request?.path).toBe(`/returns/${String(target.idreturn)}/receive`);
		expect(request?.body ?? {}).toEqual({});
	});

	it('updates, comments and gets many with filters', async () => {
		const target = data().returns.rows[2];
		const id = String(target.idreturn);
		const updated = await runPicqer(
			sandbox,
			ret('update', { returnId: id, updateFields: { reference: 'RMA-7' } }),
		);
		expect(sandbox.received.last({ method: 'PUT' })?.body).toEqual({ reference: 'RMA-7' });
		expect(updated[0].json.reference).toBe('RMA-7');

		await runPicqer(sandbox, ret('addComment', { returnId: id, comment: 'Box was wet' }));
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/returns/${id}/comments`,
			body: { body: 'Box was wet' },
		});

		const out = await runPicqer(
			sandbox,
			ret('getAll', { returnAll: true, filters: { idorder: String(target.idorder) } }),
		);
		expect(jsonOf(out).map((r) => r.idreturn)).toContain(target.idreturn);
		expect(jsonOf(out).every((r) => r.idorder === target.idorder)).toBe(true);
		expect(sandbox.received.last({ path: '/returns' })?.query).toMatchObject({
			idorder: String(target.idorder),
		});
		const limited = await runPicqer(sandbox, ret('getAll', { limit: 3 }));
		expect(limited).toHaveLength(3);
	});

	it('fills the status and reason dropdowns from Picqer', async () => {
		const ctx = loadOptionsContext(picqerOptions(sandbox, {}));
		const statuses = await picqerLoadOptions.getReturnStatuses.call(ctx);
		const reasons = await picqerLoadOptions.getReturnReasons.call(ctx);
		expect(statuses.map((s) => s.value).sort()).toEqual(
			data()
				.returnStatuses.rows.map((s) => s.idreturn_status)
				.sort(),
		);
		expect(reasons.map((r) => r.name)).toEqual(
			data()
				.returnReasons.rows.map((r) => String(r.name))
				.sort((a, b) => a.localeCompare(b)),
		);
		expect(sandbox.received.filter({ method: 'GET' }).map((r) => r.path)).toEqual([
			'/return_statuses',
			'/return_reasons',
		]);
	});

	it('offers Get Comments, with the return to read them from', async () => {
		const properties = new Picqer().description.properties;
		const shownFor = (operation: string) =>
			properties
				.filter((p) => {
					const show = p.displayOptions?.show;
					return (
						(show?.resource as string[] | undefined)?.includes('return') &&
						(show?.operation as string[] | undefined)?.includes(operation)
					);
				})
				.map((p) => p.name);
		const picker = properties.find(
			(p) =>
				p.name === 'operation' &&
				(p.displayOptions?.show?.resource as string[] | undefined)?.includes('return'),
		);
		expect(picker?.options).toContainEqual({
			name: 'Get Comments',
			value: 'getComments',
			action: 'Get the comments of a return',
		});
		expect(shownFor('getComments')).toEqual(['returnId', 'returnAll', 'limit']);

		const id = String(data().returns.rows[3].idreturn);
		for (const comment of ['Label missing', 'Box was wet']) {
			await runPicqer(sandbox, ret('addComment', { returnId: id, comment }));
		}
		const all = await runPicqer(sandbox, ret('getComments', { returnId: id, returnAll: true }));
		expect(jsonOf(all).map((c) => c.body)).toEqual(['Label missing', 'Box was wet']);
		expect(sandbox.received.last()?.path).toBe(`/returns/${id}/comments`);
		const first = await runPicqer(sandbox, ret('getComments', { returnId: id, limit: 1 }));
		expect(jsonOf(first).map((c) => c.body)).toEqual(['Label missing']);
	});
});
