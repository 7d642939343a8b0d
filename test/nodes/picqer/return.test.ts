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
/** The return status and template Picqer requires on every new return. */
const required = () => ({
	returnStatusId: data().returnStatuses.rows[0].idreturn_status as number,
	templateId: data().templates.rows[0].idtemplate as number,
});

describe('Picqer return', () => {
	it('creates a return for an order with returned products and a reason', async () => {
		const order = completedOrder();
		const line = order.products[0];
		const reason = data().returnReasons.rows[1].idreturn_reason as number;
		const out = await runPicqer(
			sandbox,
			ret('create', {
				orderId: String(order.idorder),
				...required(),
				returnedProducts: {
					product: [
						{ idproduct: String(line.idproduct), amount: 1, idreturn_reason: reason, price: 0 },
					],
				},
				additionalFields: { tracking_code: 'RT123', received_at: '2030-01-02T03:04:05' },
			}),
		);
		// A price of 0 is a price: it is sent, not dropped.
		expect(sandbox.received.last({ method: 'POST', path: '/returns' })?.body).toEqual({
			idorder: order.idorder,
			idreturn_status: required().returnStatusId,
			idtemplate: required().templateId,
			tracking_code: 'RT123',
			received_at: '2030-01-02 03:04:05',
			returned_products: [
				{ idproduct: line.idproduct, amount: 1, idreturn_reason: reason, price: 0 },
			],
		});
		expect(out[0].json).toMatchObject({
			idorder: order.idorder,
			name: order.deliveryname,
			idreturn_status: required().returnStatusId,
			idtemplate: required().templateId,
		});
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('needs a status, a template, an order, customer or name, and whole lines, before anything is sent', async () => {
		const line = { idproduct: '5', amount: 1, idreturn_reason: '3', price: 1 };
		const create = (extra: Record<string, unknown>) => runPicqer(sandbox, ret('create', extra));
		await expect(create({})).rejects.toThrow('"Return Status Name or ID" is empty');
		await expect(create({ returnStatusId: 1 })).rejects.toThrow('"Template Name or ID" is empty');
		await expect(create(required())).rejects.toThrow('"Order ID" is required');
		await expect(
			create({
				...required(),
				orderId: '12',
				returnedProducts: { product: [{ ...line, idreturn_reason: 'broken' }] },
			}),
		).rejects.toThrow('"Reason Name or ID" must be a numeric ID');
		await expect(
			create({
				...required(),
				orderId: '12',
				returnedProducts: { product: [{ ...line, idreturn_reason: '' }] },
			}),
		).rejects.toThrow('"Reason Name or ID" is required');
		await expect(
			create({
				...required(),
				orderId: '12',
				useJsonBody: false,
				returnedProducts: { product: [{ ...line, price: '' }] },
			}),
		).rejects.toThrow('"Price" is required');
		await expect(
			runPicqer(sandbox, ret('changeStatus', { returnId: '1', statusId: 'done' })),
		).rejects.toThrow('"Return Status Name or ID" must be a numeric ID');
		await expect(
			runPicqer(sandbox, ret('addReturnedProduct', { returnId: '1', productId: '5', amount: 1 })),
		).rejects.toThrow('"Reason Name or ID" is empty');
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});

	it('answers what Picqer answers to a return without its required fields', async () => {
		const order = completedOrder();
		await expect(
			runPicqer(
				sandbox,
				ret('create', {
					useJsonBody: true,
					jsonBody: JSON.stringify({ idorder: order.idorder }),
				}),
			),
		).rejects.toMatchObject({
			message: 'Picqer: Missing required fields: idreturn_status, idtemplate',
			httpCode: '400',
		});
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

	it('adds a returned product with its reason and a price of 0, and lists the lines', async () => {
		const target = data().returns.rows[0];
		const id = String(target.idreturn);
		const product = data().products.rows[3];
		const reason = data().returnReasons.rows[0].idreturn_reason as number;
		const added = await runPicqer(
			sandbox,
			ret('addReturnedProduct', {
				returnId: id,
				productId: String(product.idproduct),
				amount: 2,
				idreturn_reason: reason,
				price: 0,
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/returns/${id}/returned_products`,
		});
		expect(sandbox.received.last({ method: 'POST' })?.body).toEqual({
			idproduct: product.idproduct,
			amount: 2,
			idreturn_reason: reason,
			price: 0,
		});
		expect(added[0].json).toMatchObject({ idproduct: product.idproduct, price: 0, amount: 2 });
		const lines = jsonOf(await runPicqer(sandbox, ret('getReturnedProducts', { returnId: id })));
		expect(lines.map((l) => l.idreturn_product)).toContain(added[0].json.idreturn_product);
	});

	it('updates, comments and gets many with filters', async () => {
		const target = data().returns.rows.find((r) => r.idcustomer !== null)!;
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
			ret('getAll', {
				returnAll: true,
				filters: { idcustomer: String(target.idcustomer), updated_after: '2000-01-01T00:00:00' },
			}),
		);
		expect(jsonOf(out).map((r) => r.idreturn)).toContain(target.idreturn);
		expect(jsonOf(out).every((r) => r.idcustomer === target.idcustomer)).toBe(true);
		expect(sandbox.received.last({ path: '/returns' })?.query).toMatchObject({
			idcustomer: String(target.idcustomer),
			updated_after: '2000-01-01 00:00:00',
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
