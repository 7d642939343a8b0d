import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const receipt = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'receipt',
	operation,
	...extra,
});

const data = () => sandbox.picqer.data();

describe('Picqer receipt', () => {
	it('creates a receipt for a purchase order in a warehouse', async () => {
		const po = data().purchaseorders.rows.find((p) => p.status === 'purchased')!;
		const warehouse = data().warehouses.rows[0].idwarehouse;
		const out = await runPicqer(
			sandbox,
			receipt('create', {
				receiveFor: 'purchaseOrder',
				purchaseOrderId: String(po.idpurchaseorder),
				additionalFields: { idwarehouse: warehouse },
			}),
		);
		expect(sandbox.received.last({ method: 'POST', path: '/receipts' })?.body).toEqual({
			idpurchaseorder: po.idpurchaseorder,
			idwarehouse: warehouse,
			version: 2,
		});
		expect(out[0].json).toMatchObject({
			idwarehouse: warehouse,
			purchaseorder: { idpurchaseorder: po.idpurchaseorder },
		});
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('creates a receipt for a supplier', async () => {
		const supplier = data().suppliers.rows[2];
		const warehouse = data().warehouses.rows[1].idwarehouse;
		await runPicqer(
			sandbox,
			receipt('create', {
				receiveFor: 'supplier',
				supplierId: String(supplier.idsupplier),
				additionalFields: { idwarehouse: String(warehouse) },
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })?.body).toEqual({
			idsupplier: supplier.idsupplier,
			idwarehouse: warehouse,
			version: 2,
		});
	});

	it('receives a product on a receipt: the purchase order line and the stock go up', async () => {
		const po = data().purchaseorders.rows.find(
			(p) =>
				p.status === 'purchased' &&
				(p.products as { amountreceived: number }[]).some((l) => l.amountreceived === 0),
		)!;
		const line = (po.products as { idpurchaseorder_product: number; idproduct: number }[])[0];
		const [created] = jsonOf(
			await runPicqer(
				sandbox,
				receipt('create', {
					receiveFor: 'purchaseOrder',
					purchaseOrderId: String(po.idpurchaseorder),
				}),
			),
		);
		const product = data().products.get(line.idproduct)!;
		const stockOf = () =>
			product.stock.find((s) => s.idwarehouse === created.idwarehouse)?.stock ?? 0;
		const before = stockOf();
		const location = data().locations.rows.find((l) => l.idwarehouse === created.idwarehouse)!;
		const out = await runPicqer(
			sandbox,
			receipt('receiveProduct', {
				receiptId: String(created.idreceipt),
				productId: { __rl: true, mode: 'id', value: String(line.idproduct) },
				amount: 2,
				receiveFields: {
					idlocation: location.idlocation,
					idpurchaseorder_product: String(line.idpurchaseorder_product),
				},
			}),
		);
		const request = sandbox.received.last({ method: 'POST' });
		expect(request?.path).toBe(`/receipts/${String(created.idreceipt)}/products`);
		expect(request?.body).toEqual({
			idproduct: line.idproduct,
			amount: 2,
			idlocation: location.idlocation,
			idpurchaseorder_product: line.idpurchaseorder_product,
		});
		expect(out[0].json).toMatchObject({
			idproduct: line.idproduct,
			amount: 2,
			idpurchaseorder_product: line.idpurchaseorder_product,
			idpurchaseorder: po.idpurchaseorder,
		});
		expect(stockOf()).toBe(before + 2);
		expect(
			(po.products as { idpurchaseorder_product: number; amountreceived: number }[]).find(
				(l) => l.idpurchaseorder_product === line.idpurchaseorder_product,
			)?.amountreceived,
		).toBe(2);
		const [again] = jsonOf(
			await runPicqer(sandbox, receipt('get', { receiptId: String(created.idreceipt) })),
		);
		expect(again.amount_received).toBe(2);
	});

	it('refuses a non-numeric purchase order, supplier or receipt ID before sending', async () => {
		await expect(
			runPicqer(
				sandbox,
				receipt('create', { receiveFor: 'purchaseOrder', purchaseOrderId: 'PO-1' }),
			),
		).rejects.toThrow('"Purchase Order ID" must be a numeric ID');
		await expect(
			runPicqer(sandbox, receipt('create', { receiveFor: 'supplier', supplierId: 'Acme' })),
		).rejects.toThrow('"Supplier Name or ID" must be a numeric ID');
		await expect(runPicqer(sandbox, receipt('get', { receiptId: '' }))).rejects.toThrow(
			'"Receipt ID" is empty or not a valid ID',
		);
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});

	it('gets one, and many with filters', async () => {
		const first = data().receipts.rows[0];
		const one = await runPicqer(sandbox, receipt('get', { receiptId: String(first.idreceipt) }));
		expect(one[0].json.receiptid).toBe(first.receiptid);
		expect(sandbox.received.last({ method: 'GET' })?.path).toBe(
			`/receipts/${String(first.idreceipt)}`,
		);

		const completed = data().receipts.rows.filter((r) => r.status === 'completed');
		const out = await runPicqer(
			sandbox,
			receipt('getAll', { returnAll: true, filters: { status: 'completed' } }),
		);
		expect(jsonOf(out).map((r) => r.idreceipt)).toEqual(completed.map((r) => r.idreceipt));
		expect(sandbox.received.last({ path: '/receipts' })?.query).toMatchObject({
			status: 'completed',
		});

		const po = data().receipts.rows[0].purchaseorder as { idpurchaseorder: number };
		const forPo = await runPicqer(
			sandbox,
			receipt('getAll', {
				returnAll: true,
				filters: { idpurchaseorder: String(po.idpurchaseorder) },
			}),
		);
		expect(jsonOf(forPo).length).toBeGreaterThan(0);
		expect(
			jsonOf(forPo).every(
				(r) =>
					(r.purchaseorder as { idpurchaseorder: number }).idpurchaseorder === po.idpurchaseorder,
			),
		).toBe(true);
		expect(sandbox.received.last({ path: '/receipts' })?.query).toMatchObject({
			idpurchaseorder: String(po.idpurchaseorder),
		});

		const limited = await runPicqer(sandbox, receipt('getAll', { limit: 7 }));
		expect(limited).toHaveLength(7);
	});

	it('turns a 404 into an item error with continueOnFail', async () => {
		const out = await runPicqer(sandbox, receipt('get', { receiptId: '999999' }), {
			continueOnFail: true,
		});
		expect(out[0].json).toMatchObject({ httpCode: '404', error: expect.stringMatching(/^Picqer/) });
	});
});
