import type { IDataObject } from 'n8n-workflow';

import { PRECORO_STATUS } from '../../../sandbox/precoro';
import type { Sandbox } from '../../../sandbox/server';
import { failure } from '../../helpers/failure';
import { useSandbox } from '../../helpers/useSandbox';
import { TIME_SCALE, runPrecoro } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started), { timeScale: TIME_SCALE });

const received = () => sandbox.received.filter({ vendor: 'precoro' });
const writes = () =>
	received()
		.filter((r) => r.method !== 'GET')
		.map((r) => [r.method, r.path, r.body, r.status]);
const documents = () => sandbox.precoro.data().documents;

const line = { name: 'Toner', ordered: 2, price: 19.5, sku: 'T-1' };

describe('Precoro creates', () => {
	it('creates a draft invoice from the form, in SubmitInvoiceDto’s names', async () => {
		const order = documents().purchaseorders.rows.find((po) => po.idn === 12)!;
		const [out] = await runPrecoro(sandbox, {
			resource: 'invoice',
			operation: 'create',
			supplierId: { mode: 'id', value: '4' },
			locationId: 2,
			currency: 'gbp',
			invoiceNumber: 'INV-2041',
			issueDate: '2026-03-02T09:30:00.000Z',
			items: { item: [line] },
			additionalFields: {
				purchaseOrderId: String(order.id),
				deliveryNote: 'DN-7',
				externalId: 'XERO-1',
				customFieldOptions: ['1:2'],
			},
		});
		expect(out.json).toEqual({ idn: expect.any(Number), id: expect.any(Number) });
		expect(writes()).toEqual([
			[
				'POST',
				'/invoices',
				{
					supplier: { id: 4 },
					location: { id: 2 },
					currency: 'GBP',
					invoiceNumber: 'INV-2041',
					issueDate: '2026-03-02T09:30:00',
					items: [line],
					purchaseOrder: { id: order.id },
					deliveryNote: 'DN-7',
					externalId: 'XERO-1',
					dataDocumentCustomFields: [
						{ documentCustomField: { id: 1 }, documentCustomFieldOption: { id: 2 } },
					],
				},
				201,
			],
		]);
		const stored = documents().invoices.rows.find((i) => i.idn === out.json.idn)!;
		expect(stored).toMatchObject({
			status: PRECORO_STATUS.open,
			invoiceNumber: 'INV-2041',
			deliveryNote: 'DN-7',
			sum: 39,
			purchaseOrder: { id: order.id, idn: 12 },
			logicType: 0,
		});
	});

	it('creates a credit note with the same form, answered with the whole credit note', async () => {
		const [out] = await runPrecoro(sandbox, {
			resource: 'invoice',
			operation: 'createCreditNote',
			supplierId: { mode: 'id', value: '4' },
			locationId: 1,
			currency: 'EUR',
			invoiceNumber: 'CN-9',
			issueDate: '2026-03-02',
			items: { item: [{ name: 'Returned toner', ordered: 1, price: 19.5 }] },
		});
		expect(out.json).toMatchObject({ invoiceNumber: 'CN-9', logicType: 1, sum: 19.5 });
		expect(received().at(-1)).toMatchObject({ path: '/invoice/credit_note', status: 201 });
		expect(received().at(-1)!.body).toMatchObject({ issueDate: '2026-03-02T00:00:00' });
	});

	it('creates a requisition with its currency on every line, as its DTO has none of its own', async () => {
		const [out] = await runPrecoro(sandbox, {
			resource: 'purchaseRequisition',
			operation: 'create',
			locationId: 3,
			requiredDate: '2026-04-01T00:00:00',
			currency: 'EUR',
			items: { item: [line, { name: 'Paper', ordered: 10, price: 4 }] },
			additionalFields: { note: 'Berlin office' },
		});
		expect(out.json).toEqual({ idn: expect.any(Number), id: expect.any(Number) });
		expect(received().at(-1)!.body).toEqual({
			location: { id: 3 },
			requiredDate: '2026-04-01T00:00:00',
			items: [
				{ ...line, currency: 'EUR' },
				{ name: 'Paper', ordered: 10, price: 4, currency: 'EUR' },
			],
			note: 'Berlin office',
		});
		const stored = documents().purchaserequisitions.rows.find((r) => r.idn === out.json.idn)!;
		expect(stored).toMatchObject({ status: PRECORO_STATUS.open, sum: 79 });
	});

	it('creates a warehouse request with location and warehouse, then adds its lines one by one', async () => {
		const [out] = await runPrecoro(sandbox, {
			resource: 'warehouseRequest',
			operation: 'create',
			locationId: 1,
			warehouseId: 2,
			additionalFields: { requiredDate: '2026-04-01', legalEntityId: 1 },
		});
		expect(out.json).toEqual({ idn: expect.any(Number) });
		expect(received().at(-1)!.body).toEqual({
			location: { id: 1 },
			warehouse: { id: 2 },
			legalEntity: { id: 1 },
			requiredDate: '2026-04-01T00:00:00',
		});
		const stored = documents().warehouserequests.rows.find((r) => r.idn === out.json.idn)!;
		expect(stored).toMatchObject({
			status: PRECORO_STATUS.open,
			warehouse: { id: 2, name: 'Spare parts' },
		});
		const idn = String(out.json.idn);
		const added = await runPrecoro(sandbox, {
			resource: 'warehouseRequest',
			operation: 'addItems',
			idn,
			items: { item: [line, { name: 'Paper', ordered: 10, price: 4 }] },
		});
		expect(added.map((a) => [a.json.name, a.json.ordered, a.json.warehouseRequest])).toEqual([
			['Toner', 2, { id: stored.id }],
			['Paper', 10, { id: stored.id }],
		]);
		expect(
			received()
				.slice(-2)
				.map((r) => [r.path, r.body]),
		).toEqual([
			[`/warehouserequests/${idn}/items`, line],
			[`/warehouserequests/${idn}/items`, { name: 'Paper', ordered: 10, price: 4 }],
		]);
		expect(stored).toMatchObject({ sum: 79 });
		const approved = documents().warehouserequests.rows.find(
			(r) => r.status === PRECORO_STATUS.approved,
		)!;
		const closed = await failure(
			runPrecoro(sandbox, {
				resource: 'warehouseRequest',
				operation: 'addItems',
				idn: String(approved.idn),
				items: { item: [line] },
			}),
		);
		expect(closed.httpCode).toBe('422');
	});

	it('creates an expense, which is paid back once approved', async () => {
		const [out] = await runPrecoro(sandbox, {
			resource: 'expense',
			operation: 'create',
			locationId: 5,
			currency: 'USD',
			items: { item: [{ name: 'Taxi', ordered: 1, price: 32.4 }] },
			additionalFields: { expenseNumber: 'R-553', issueDate: '2026-02-27T00:00:00' },
		});
		expect(out.json).toEqual({ idn: expect.any(Number) });
		expect(received().at(-1)!.body).toEqual({
			location: { id: 5 },
			currency: 'USD',
			items: [{ name: 'Taxi', ordered: 1, price: 32.4 }],
			expenseNumber: 'R-553',
			issueDate: '2026-02-27T00:00:00',
		});
		const idn = String(out.json.idn);
		const draft = await failure(
			runPrecoro(sandbox, { resource: 'expense', operation: 'markAsPaid', idn }),
		);
		expect(draft.httpCode).toBe('422');
		expect(draft.message).toMatch(/^Precoro: Only an approved expense can be marked as paid/);
		const approved = documents().expenses.rows.find((e) => e.status === PRECORO_STATUS.approved)!;
		const [paid] = await runPrecoro(sandbox, {
			resource: 'expense',
			operation: 'markAsPaid',
			idn: String(approved.idn),
		});
		expect(paid.json).toMatchObject({ idn: approved.idn, status: 5, sumPaid: approved.sum });
		expect(received().at(-1)).toMatchObject({
			method: 'POST',
			path: `/expenses/${approved.idn}/mark_as_paid`,
			body: undefined,
		});
	});
});

describe('Precoro payments and receipts', () => {
	const approvedInvoice = () =>
		documents().invoices.rows.find(
			(i) => i.status === PRECORO_STATUS.approved && Number(i.sum) > 10,
		)!;

	it('pays an invoice in two payments: partly paid, then paid, then refused', async () => {
		const invoice = approvedInvoice();
		const sum = Number(invoice.sum);
		const pay = async (amount: number) =>
			await runPrecoro(sandbox, {
				resource: 'payment',
				operation: 'create',
				invoiceId: String(invoice.id),
				sumPaid: amount,
				payDate: '2026-03-05T12:00:00.000Z',
				additionalFields: { externalId: 'BANK-1' },
			});
		const [first] = await pay(10);
		expect(first.json).toMatchObject({
			idn: expect.any(Number),
			sumPaid: 10,
			invoice: { id: invoice.id, idn: invoice.idn },
			externalId: 'BANK-1',
		});
		expect(received().at(-1)!.body).toEqual({
			invoice: { id: invoice.id },
			sumPaid: 10,
			payDate: '2026-03-05T12:00:00',
			externalId: 'BANK-1',
		});
		expect(invoice).toMatchObject({ status: 4, sumPaid: 10 });
		await pay(Math.round((sum - 10) * 100) / 100);
		expect(invoice).toMatchObject({ status: 5, sumPaid: sum });
		const again = await failure(pay(1));
		expect(again.message).toMatch(/The Invoice is already fully paid/);
	});

	it('refuses a zero payment and a non-numeric invoice ID before sending', async () => {
		const zero = await failure(
			runPrecoro(sandbox, {
				resource: 'payment',
				operation: 'create',
				invoiceId: '2004',
				sumPaid: 0,
				payDate: '2026-03-05',
			}),
		);
		expect(zero.message).toBe('"Amount" must be more than 0');
		const bad = await failure(
			runPrecoro(sandbox, {
				resource: 'payment',
				operation: 'create',
				invoiceId: 'INV-4',
				sumPaid: 5,
				payDate: '2026-03-05',
			}),
		);
		expect(bad.message).toMatch(/^"Invoice ID" must be a numeric ID/);
		expect(received()).toHaveLength(0);
	});

	it('receives all lines of an approved order once, as a draft receipt related to it', async () => {
		const order = documents().purchaseorders.rows.find(
			(po) => po.status === PRECORO_STATUS.approved,
		)!;
		const [receipt] = await runPrecoro(sandbox, {
			resource: 'receipt',
			operation: 'receiveAll',
			purchaseOrderIdn: String(order.idn),
			additionalFields: { receiptNumber: 'GRN-88', warehouseId: 1, note: 'All there' },
		});
		expect(received().at(-1)).toMatchObject({
			method: 'POST',
			path: `/receipts/${order.idn}/receive_all`,
			body: { receiptNumber: 'GRN-88', warehouse: { id: 1 }, note: 'All there' },
			status: 201,
		});
		const lines = order.items as IDataObject[];
		expect(receipt.json).toMatchObject({
			status: PRECORO_STATUS.open,
			purchaseOrder: { id: order.id, idn: order.idn },
			receiptNumber: 'GRN-88',
			warehouse: { id: 1, name: 'Main warehouse' },
		});
		expect((receipt.json.items as IDataObject[]).map((l) => l.received)).toEqual(
			lines.map((l) => l.ordered),
		);
		const related = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'getRelated',
			idn: String(order.idn),
			relation: 'receipts',
		});
		expect(related.map((r) => r.json.idn)).toContain(receipt.json.idn);
		const twice = await failure(
			runPrecoro(sandbox, {
				resource: 'receipt',
				operation: 'receiveAll',
				purchaseOrderIdn: String(order.idn),
			}),
		);
		expect(twice.httpCode).toBe('422');
		expect(twice.message).toMatch(/already received/);
	});
});
