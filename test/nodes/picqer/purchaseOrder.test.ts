import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const purchaseOrder = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'purchaseOrder',
	operation,
	...extra,
});

const data = () => sandbox.picqer.data();
const conceptOrder = () => data().purchaseorders.rows.find((po) => po.status === 'concept')!;

describe('Picqer purchase order', () => {
	it('creates a purchase order from the form: supplier, warehouse, date and product rows', async () => {
		const supplier = data().suppliers.rows[0];
		const warehouse = data().warehouses.rows[1];
		const [a, b] = data().products.rows;
		const out = await runPicqer(
			sandbox,
			purchaseOrder('create', {
				supplierId: supplier.idsupplier,
				products: {
					product: [
						{ idproduct: String(a.idproduct), amount: 12, price: 3.5 },
						{ idproduct: String(b.idproduct), amount: 4, price: 0 },
					],
				},
				additionalFields: {
					idwarehouse: warehouse.idwarehouse,
					delivery_date: '2030-03-04T00:00:00.000Z',
					remarks: 'Pallet delivery',
				},
			}),
		);
		const request = sandbox.received.last({ method: 'POST', path: '/purchaseorders' });
		expect(request?.body).toEqual({
			idsupplier: supplier.idsupplier,
			idwarehouse: warehouse.idwarehouse,
			delivery_date: '2030-03-04',
			remarks: 'Pallet delivery',
			products: [
				{ idproduct: a.idproduct, amount: 12, price: 3.5 },
				{ idproduct: b.idproduct, amount: 4 },
			],
		});
		expect(out).toHaveLength(1);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(out[0].json).toMatchObject({
			status: 'concept',
			idsupplier: supplier.idsupplier,
			idwarehouse: warehouse.idwarehouse,
		});
		expect((out[0].json.products as unknown[]).length).toBe(2);
	});

	it('sends a raw JSON body as given', async () => {
		const body = {
			supplier_name: 'New Supplier BV',
			products: [{ idproduct: data().products.rows[0].idproduct, amount: 1 }],
		};
		await runPicqer(
			sandbox,
			purchaseOrder('create', { useJsonBody: true, jsonBody: JSON.stringify(body) }),
		);
		expect(sandbox.received.last({ method: 'POST' })?.body).toEqual(body);
	});

	it('refuses bad input before any request, naming the field', async () => {
		const product = String(data().products.rows[0].idproduct);
		const cases: [Record<string, unknown>, string][] = [
			[
				{ products: { product: [{ idproduct: product, amount: 1 }] } },
				'"Supplier Name or ID" is required',
			],
			[{ supplierId: 901, products: {} }, '"Products" needs at least one product'],
			[
				{ supplierId: 901, products: { product: [{ idproduct: 'SKU-1', amount: 1 }] } },
				'"Product ID" must be a numeric ID',
			],
			[
				{ supplierId: 901, products: { product: [{ idproduct: product, amount: 0 }] } },
				'"Amount" must be a whole number',
			],
			[
				{
					supplierId: 901,
					products: { product: [{ idproduct: product, amount: 1 }] },
					additionalFields: { idwarehouse: 'main' },
				},
				'"Warehouse Name or ID" must be a numeric ID',
			],
		];
		for (const [parameters, message] of cases) {
			await expect(runPicqer(sandbox, purchaseOrder('create', parameters))).rejects.toThrow(
				message,
			);
		}
		await expect(
			runPicqer(sandbox, purchaseOrder('get', { purchaseOrderId: '1 OR 1=1' })),
		).rejects.toThrow('"Purchase Order ID" must be a numeric ID');
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});

	it('gets many with filters, and all of them over several pages', async () => {
		const supplier = data().suppliers.rows[0];
		const expected = data().purchaseorders.rows.filter(
			(po) => po.status === 'received' && po.idsupplier === supplier.idsupplier,
		);
		const out = await runPicqer(
			sandbox,
			purchaseOrder('getAll', {
				returnAll: true,
				filters: { status: 'received', idsupplier: String(supplier.idsupplier) },
			}),
		);
		expect(jsonOf(out).map((po) => po.idpurchaseorder)).toEqual(
			expected.map((po) => po.idpurchaseorder),
		);
		expect(sandbox.received.last({ path: '/purchaseorders' })?.query).toMatchObject({
			status: 'received',
			idsupplier: String(supplier.idsupplier),
		});

		const all = await runPicqer(sandbox, purchaseOrder('getAll', { returnAll: true }));
		expect(all).toHaveLength(data().purchaseorders.size);
		const limited = await runPicqer(sandbox, purchaseOrder('getAll', { limit: 3 }));
		expect(limited).toHaveLength(3);
	});

	it('marks a concept purchase order as purchased, then cancels it', async () => {
		const po = conceptOrder();
		const id = String(po.idpurchaseorder);
		const purchased = await runPicqer(
			sandbox,
			purchaseOrder('markAsPurchased', { purchaseOrderId: id }),
		);
		expect(purchased[0].json.status).toBe('purchased');
		const cancelled = await runPicqer(sandbox, purchaseOrder('cancel', { purchaseOrderId: id }));
		expect(cancelled[0].json.status).toBe('cancelled');
		expect(sandbox.received.filter({ method: 'POST' }).map((r) => r.path)).toEqual([
			`/purchaseorders/${id}/mark-as-purchased`,
			`/purchaseorders/${id}/cancel`,
		]);
	});

	it('updates header fields with a plain delivery date', async () => {
		const po = conceptOrder();
		const out = await runPicqer(
			sandbox,
			purchaseOrder('update', {
				purchaseOrderId: String(po.idpurchaseorder),
				updateFields: { supplier_orderid: 'SO-1', delivery_date: '2031-01-02T10:00:00' },
			}),
		);
		expect(sandbox.received.last({ method: 'PUT' })).toMatchObject({
			path: `/purchaseorders/${po.idpurchaseorder}`,
			body: { supplier_orderid: 'SO-1', delivery_date: '2031-01-02' },
		});
		expect(out[0].json.supplier_orderid).toBe('SO-1');
	});

	it('adds, lists, updates and deletes product lines', async () => {
		const po = conceptOrder();
		const id = String(po.idpurchaseorder);
		const product = data().products.rows[5];
		const added = await runPicqer(
			sandbox,
			purchaseOrder('addProduct', {
				purchaseOrderId: id,
				productId: String(product.idproduct),
				amount: 24,
				lineFields: { price: 1.25 },
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/purchaseorders/${id}/products`,
			body: { idproduct: product.idproduct, amount: 24, price: 1.25 },
		});
		const line = added[0].json.idpurchaseorder_product;
		const lines = await runPicqer(sandbox, purchaseOrder('getProducts', { purchaseOrderId: id }));
		expect(jsonOf(lines).map((l) => l.idpurchaseorder_product)).toContain(line);

		// The sandbox may not implement these two routes; what matters is what was sent.
		await runPicqer(
			sandbox,
			purchaseOrder('updateProduct', {
				purchaseOrderId: id,
				productLineId: String(line),
				lineUpdateFields: { amount: 30 },
			}),
			{ continueOnFail: true },
		);
		expect(sandbox.received.last({ method: 'PUT' })).toMatchObject({
			path: `/purchaseorders/${id}/products/${String(line)}`,
			body: { amount: 30 },
		});
		await runPicqer(
			sandbox,
			purchaseOrder('deleteProduct', { purchaseOrderId: id, productLineId: String(line) }),
			{ continueOnFail: true },
		);
		expect(sandbox.received.last({ method: 'DELETE' })?.path).toBe(
			`/purchaseorders/${id}/products/${String(line)}`,
		);
		await expect(
			runPicqer(
				sandbox,
				purchaseOrder('deleteProduct', { purchaseOrderId: id, productLineId: '../1' }),
			),
		).rejects.toThrow('"Product Line ID" must be a numeric ID');
	});

	it('adds a comment and reads it back', async () => {
		const po = conceptOrder();
		const id = String(po.idpurchaseorder);
		await runPicqer(
			sandbox,
			purchaseOrder('addComment', { purchaseOrderId: id, comment: 'Two boxes damaged' }),
		);
		expect(sandbox.received.last({ method: 'POST' })?.body).toEqual({ body: 'Two boxes damaged' });
		const comments = await runPicqer(
			sandbox,
			purchaseOrder('getComments', { purchaseOrderId: id }),
		);
		expect(jsonOf(comments).map((c) => c.body)).toContain('Two boxes damaged');
	});

	it('reports Picqer’s refusal to change a cancelled purchase order', async () => {
		const po = data().purchaseorders.rows.find((p) => p.status === 'cancelled')!;
		const out = await runPicqer(
			sandbox,
			purchaseOrder('markAsPurchased', { purchaseOrderId: String(po.idpurchaseorder) }),
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/^Picqer: /);
		expect(out[0].json.httpCode).toBe('400');
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});
});
