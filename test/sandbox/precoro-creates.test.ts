import { PRECORO_STATUS } from '../../sandbox/precoro';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { precoroCaller } from './precoroClient';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const post = (path: string, body?: unknown) => precoroCaller(sandbox)('POST', path, body);
const documents = () => sandbox.precoro.data().documents;
const errors = (reply: { json: { errors: { errors: Record<string, string> } } }) =>
	reply.json.errors.errors;
const line = { name: 'Paper', ordered: 4, price: 5 };

describe('Precoro sandbox: creates in their DTOs’ shapes', () => {
	it('creates an invoice and refuses unknown and missing SubmitInvoiceDto fields', async () => {
		const invoice = {
			supplier: { id: 2 },
			location: { id: 1 },
			currency: 'GBP',
			invoiceNumber: 'INV-1',
			issueDate: '2026-03-01T00:00:00',
			items: [line],
		};
		const created = await post('/invoices', invoice);
		expect(created.status).toBe(201);
		expect(Object.keys(created.json).sort()).toEqual(['id', 'idn']);
		expect(documents().invoices.rows.at(-1)).toMatchObject({
			status: PRECORO_STATUS.open,
			sum: 20,
			sumPaid: 0,
		});
		expect(errors(await post('/invoices', { ...invoice, dueDate: '2026-04-01' }))).toEqual({
			dueDate: 'This field was not expected.',
		});
		expect(errors(await post('/invoices', { ...invoice, invoiceNumber: ' ' }))).toEqual({
			invoiceNumber: 'This value should not be blank.',
		});
		expect(
			errors(await post('/invoices', { ...invoice, items: [{ ...line, quantity: 4 }] })),
		).toEqual({ 'items[0].quantity': 'This field was not expected.' });
	});

	it('answers a credit note with the whole document, of logicType 1', async () => {
		const created = await post('/invoice/credit_note', {
			supplier: { id: 2 },
			location: { id: 1 },
			currency: 'GBP',
			invoiceNumber: 'CN-1',
			issueDate: '2026-03-01T00:00:00',
			items: [line],
		});
		expect(created.status).toBe(201);
		expect(created.json).toMatchObject({ logicType: 1, invoiceNumber: 'CN-1', status: 0 });
	});

	it('takes a requisition’s currency on its lines, and a warehouse request without lines', async () => {
		const requisition = await post('/purchaserequisitions', {
			location: { id: 1 },
			requiredDate: '2026-04-01T00:00:00',
			items: [{ ...line, currency: 'EUR' }],
		});
		expect(requisition.status).toBe(201);
		expect(
			errors(
				await post('/purchaserequisitions', {
					location: { id: 1 },
					requiredDate: '2026-04-01T00:00:00',
					currency: 'EUR',
					items: [line],
				}),
			),
		).toEqual({ currency: 'This field was not expected.' });
		const request = await post('/warehouserequests', { location: { id: 1 }, warehouse: { id: 1 } });
		expect(request.status).toBe(201);
		expect(Object.keys(request.json)).toEqual(['idn']);
		expect(
			errors(await post('/warehouserequests', { location: { id: 1 }, warehouse: { id: 9 } })),
		).toEqual({ warehouse: 'No warehouse with id 9 was found.' });
		expect(
			errors(
				await post('/warehouserequests', {
					location: { id: 1 },
					warehouse: { id: 1 },
					items: [line],
				}),
			),
		).toEqual({ items: 'This field was not expected.' });
		const lines = `/warehouserequests/${request.json.idn}/items`;
		expect((await post(lines, line)).status).toBe(201);
		expect(errors(await post(lines, { ...line, quantity: 4 }))).toEqual({
			quantity: 'This field was not expected.',
		});
		expect(errors(await post(lines, { name: 'Paper' }))).toEqual({
			ordered: 'This value should be greater than 0.',
		});
	});

	it('creates an expense without a supplier, which SubmitExpenseDto does not have', async () => {
		const expense = { location: { id: 2 }, currency: 'EUR', items: [line] };
		const created = await post('/expenses', expense);
		expect(created.status).toBe(201);
		expect(Object.keys(created.json)).toEqual(['idn']);
		expect(errors(await post('/expenses', { ...expense, supplier: { id: 1 } }))).toEqual({
			supplier: 'This field was not expected.',
		});
	});
});

describe('Precoro sandbox: money and goods', () => {
	const approved = <T extends { status: number }>(rows: T[]) =>
		rows.find((row) => row.status === PRECORO_STATUS.approved)!;

	it('pays an invoice partly, then fully, and refuses more as target-precoro saw', async () => {
		const doc = approved(documents().invoices.rows);
		const sum = Number(doc.sum);
		const pay = (sumPaid: number) =>
			post('/payments', { invoice: { id: doc.id }, sumPaid, payDate: '2026-03-05T00:00:00' });
		const first = await pay(1);
		expect(first.status).toBe(201);
		expect(first.json).toMatchObject({ invoice: { id: doc.id, idn: doc.idn }, sumPaid: 1 });
		expect(doc).toMatchObject({ status: 4, sumPaid: 1 });
		expect(errors(await pay(sum))).toEqual({
			sumPaid: `The payment is more than the ${Math.round((sum - 1) * 100) / 100} left to pay.`,
		});
		expect((await pay(Math.round((sum - 1) * 100) / 100)).status).toBe(201);
		expect(doc.status).toBe(5);
		expect(errors(await pay(1))).toEqual({ sumPaid: 'The Invoice is already fully paid.' });
		expect(errors(await post('/payments', { invoice: { id: doc.id }, amount: 1 }))).toEqual({
			amount: 'This field was not expected.',
		});
		const draft = documents().invoices.rows.find((i) => i.status === PRECORO_STATUS.open)!;
		const refused = await post('/payments', {
			invoice: { id: draft.id },
			sumPaid: 1,
			payDate: '2026-03-05T00:00:00',
		});
		expect(refused.status).toBe(422);
	});

	it('receives an approved order in full once, and refuses a draft order', async () => {
		const order = approved(documents().purchaseorders.rows);
		const receipt = await post(`/receipts/${order.idn}/receive_all`, { receiptNumber: 'GRN-1' });
		expect(receipt.status).toBe(201);
		expect(receipt.json).toMatchObject({
			receiptNumber: 'GRN-1',
			purchaseOrder: { idn: order.idn },
			status: PRECORO_STATUS.open,
		});
		expect((await post(`/receipts/${order.idn}/receive_all`, {})).status).toBe(422);
		const draft = documents().purchaseorders.rows.find((po) => po.status === PRECORO_STATUS.open)!;
		expect((await post(`/receipts/${draft.idn}/receive_all`)).status).toBe(422);
		expect(errors(await post(`/receipts/${order.idn}/receive_all`, { items: [] }))).toEqual({
			items: 'This field was not expected.',
		});
	});

	it('marks an approved expense paid, once, and takes no body', async () => {
		const expense = approved(documents().expenses.rows);
		expect(errors(await post(`/expenses/${expense.idn}/mark_as_paid`, { paid: true }))).toEqual({
			paid: 'This field was not expected.',
		});
		const paid = await post(`/expenses/${expense.idn}/mark_as_paid`);
		expect(paid.json).toMatchObject({ status: 5 });
		expect((await post(`/expenses/${expense.idn}/mark_as_paid`)).status).toBe(422);
	});
});
