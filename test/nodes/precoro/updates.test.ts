import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';

import { Precoro } from '../../../nodes/Precoro/Precoro.node';
import { PRECORO_FIRST_APPROVER } from '../../../sandbox/precoro';
import {
	PATCH_EXPENSE_FIELDS,
	PATCH_RECEIPT_FIELDS,
	PATCH_WAREHOUSE_REQUEST_FIELDS,
} from '../../../sandbox/precoro/documentTypes';
import type { Sandbox } from '../../../sandbox/server';
import { failure } from '../../helpers/failure';
import { useSandbox } from '../../helpers/useSandbox';
import { TIME_SCALE, jsonOf, runPrecoro } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started), { timeScale: TIME_SCALE });

const received = () => sandbox.received.filter({ vendor: 'precoro' });
const documents = () => sandbox.precoro.data().documents;
const properties = new Precoro().description.properties;

/** The node's property `name` shown for one resource and operation. */
function shown(resource: string, operation: string, name: string): INodeProperties | undefined {
	return properties.find(
		(p) =>
			p.name === name &&
			p.displayOptions?.show?.resource?.includes(resource) &&
			p.displayOptions?.show?.operation?.includes(operation),
	);
}

const optionNames = (resource: string, operation: string, collection: string) =>
	((shown(resource, operation, collection)?.options ?? []) as INodeProperties[]).map((o) => o.name);

/** A value for every Update Fields option any document type offers. */
const VALUES: INodeParameters = {
	budgetId: 2,
	creatorId: PRECORO_FIRST_APPROVER.id,
	currency: 'usd',
	customFieldOptions: ['1:2'],
	exchangeRate: '1.17, 1',
	expenseNumber: 'EXP-77',
	externalId: 'ERP-9',
	externalIntegrationLog: 'Synced to the ERP',
	issueDate: '2026-03-02T09:30:00.000Z',
	legalEntityId: 1,
	locationId: 2,
	note: 'Checked',
	receiptNumber: 'GRN-12',
	requiredDate: '2026-03-10T00:00:00.000Z',
	warehouseId: 2,
};

/** Runs an Update with every option the form offers, and returns the body Precoro received. */
async function updateWithEveryField(resource: string, idn: string) {
	const names = optionNames(resource, 'update', 'updateFields');
	expect(names.filter((name) => !(name in VALUES))).toEqual([]);
	const updateFields: INodeParameters = Object.fromEntries(
		names.map((name) => [name, VALUES[name]]),
	);
	const [out] = await runPrecoro(sandbox, { resource, operation: 'update', idn, updateFields });
	const patch = received().at(-1)!;
	expect(patch).toMatchObject({ method: 'PATCH', status: 200 });
	return { out: out.json, body: patch.body as IDataObject, names };
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe('Precoro updates in their PATCH DTOs', () => {
	it('updates a receipt with every PatchReceiptDto property and no other', async () => {
		const { out, body, names } = await updateWithEveryField('receipt', '4');
		expect(names).toHaveLength(PATCH_RECEIPT_FIELDS.size);
		expect(sorted(Object.keys(body))).toEqual(sorted(PATCH_RECEIPT_FIELDS));
		expect(body).toMatchObject({
			receiptNumber: 'GRN-12',
			warehouse: { id: 2 },
			creator: { id: PRECORO_FIRST_APPROVER.id },
			requiredDate: '2026-03-10T00:00:00',
			externalIntegrationLog: 'Synced to the ERP',
		});
		expect(out).toMatchObject({
			idn: 4,
			receiptNumber: 'GRN-12',
			externalId: 'ERP-9',
			warehouse: { id: 2, name: 'Spare parts' },
			creator: { id: PRECORO_FIRST_APPROVER.id, email: PRECORO_FIRST_APPROVER.email },
		});
	});

	it('updates a warehouse request with every PatchWarehouseRequestDto property, no external ID', async () => {
		const { out, body, names } = await updateWithEveryField('warehouseRequest', '3');
		expect(names).toHaveLength(PATCH_WAREHOUSE_REQUEST_FIELDS.size);
		expect(names).not.toContain('externalId');
		expect(sorted(Object.keys(body))).toEqual(sorted(PATCH_WAREHOUSE_REQUEST_FIELDS));
		expect(body).toMatchObject({ location: { id: 2 }, legalEntity: { id: 1 } });
		expect(out).toMatchObject({ note: 'Checked', location: { id: 2 }, warehouse: { id: 2 } });
	});

	it('updates an expense with every PatchExpenseDto property, no external ID', async () => {
		const { out, body, names } = await updateWithEveryField('expense', '6');
		expect(names).toHaveLength(PATCH_EXPENSE_FIELDS.size);
		expect(names).not.toContain('externalId');
		expect(sorted(Object.keys(body))).toEqual(sorted(PATCH_EXPENSE_FIELDS));
		expect(body).toMatchObject({
			currency: 'USD',
			exchangeRate: [1.17, 1],
			budget: { id: 2 },
			expenseNumber: 'EXP-77',
			issueDate: '2026-03-02T09:30:00',
		});
		expect(out).toMatchObject({ expenseNumber: 'EXP-77', currency: 'USD', budget: { id: 2 } });
	});

	it('sets a payment’s external ID, the one field of PatchPaymentExternalIdDto', async () => {
		expect(shown('payment', 'update', 'updateFields')).toBeUndefined();
		expect(shown('payment', 'update', 'useJsonBody')).toBeUndefined();
		const [out] = await runPrecoro(sandbox, {
			resource: 'payment',
			operation: 'update',
			idn: '5',
			externalId: 'BANK-5',
		});
		expect(received().at(-1)).toMatchObject({
			method: 'PATCH',
			path: '/payments/5',
			body: { externalId: 'BANK-5' },
			status: 200,
		});
		expect(out.json).toMatchObject({ idn: 5, externalId: 'BANK-5' });
		const long = await failure(
			runPrecoro(sandbox, {
				resource: 'payment',
				operation: 'update',
				idn: '5',
				externalId: 'x'.repeat(256),
			}),
		);
		expect(long.message).toBe('"External ID" may have at most 255 characters');
		expect(received()).toHaveLength(1);
	});

	it('reports Precoro’s refusal of a JSON body field outside the DTO', async () => {
		const error = await failure(
			runPrecoro(sandbox, {
				resource: 'expense',
				operation: 'update',
				idn: '6',
				useJsonBody: true,
				jsonBody: JSON.stringify({ externalId: 'ERP-1' }),
			}),
		);
		expect(error.httpCode).toBe('400');
		expect(error.message).toMatch(/externalId/);
	});
});

describe('Precoro payments list', () => {
	it('offers the payment filters of GET /payments, without modifiedSince or external IDs', () => {
		const filters = optionNames('payment', 'getAll', 'filters');
		expect(filters).toEqual(
			expect.arrayContaining([
				'invoiceIdn',
				'invoiceNumber',
				'payDateFrom',
				'payDateTo',
				'sumPaidFrom',
				'sumPaidTo',
				'currency',
			]),
		);
		expect(filters).not.toContain('modifiedSince');
		expect(filters).not.toContain('externalIds');
		expect(optionNames('invoice', 'getAll', 'filters')).toContain('modifiedSince');
	});

	it('filters payments by invoice, pay date and amount under Precoro’s names', async () => {
		const payment = documents().payments.rows.find((p) => p.idn === 7)!;
		const invoice = documents().invoices.get(Number((payment.invoice as IDataObject).id))!;
		const day = String(payment.payDate).slice(0, 10);
		const out = await runPrecoro(sandbox, {
			resource: 'payment',
			operation: 'getAll',
			returnAll: true,
			filters: {
				invoiceIdn: String(invoice.idn),
				invoiceNumber: String(invoice.invoiceNumber),
				payDateFrom: `${day}T00:00:00`,
				payDateTo: `${day}T00:00:00`,
				sumPaidFrom: Number(payment.sumPaid) - 1,
				sumPaidTo: Number(payment.sumPaid) + 1,
				currency: String(payment.currency).toLowerCase(),
			},
		});
		const [d, m, y] = [day.slice(8, 10), day.slice(5, 7), day.slice(0, 4)];
		expect(received()[0].query).toMatchObject({
			invoice: String(invoice.idn),
			invoiceNumber: invoice.invoiceNumber,
			'payDate[left_date]': `${d}.${m}.${y}`,
			'payDate[right_date]': `${d}.${m}.${y}`,
			'sumPaid[left_number]': String(Number(payment.sumPaid) - 1),
			'sumPaid[right_number]': String(Number(payment.sumPaid) + 1),
			currency: payment.currency,
		});
		expect(jsonOf(out).map((p) => p.idn)).toEqual([7]);
	});
});
