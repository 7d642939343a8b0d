import { PRECORO_BUYER } from '../../sandbox/precoro';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { precoroCaller } from './precoroClient';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const call = (method: string, path: string, body?: unknown) =>
	precoroCaller(sandbox)(method, path, body);
const errors = async (method: string, path: string, body?: unknown) => {
	const reply = await call(method, path, body);
	expect(reply.status).toBe(400);
	return reply.json.errors.errors as Record<string, string>;
};
const NOT_EXPECTED = 'This field was not expected.';

describe('Precoro sandbox: PATCH bodies as INT’s Patch DTOs', () => {
	it('takes only externalId on a payment (PatchPaymentExternalIdDto), and needs it', async () => {
		const ok = await call('PATCH', '/payments/3', { externalId: 'BANK-3' });
		expect(ok.status).toBe(200);
		expect(ok.json).toMatchObject({ idn: 3, externalId: 'BANK-3' });
		expect(await errors('PATCH', '/payments/3', { externalId: 'B', note: 'x' })).toEqual({
			note: NOT_EXPECTED,
		});
		expect(await errors('PATCH', '/payments/3', {})).toEqual({
			externalId: 'This value should not be blank.',
		});
	});

	it('takes PatchReceiptDto on a receipt: creator and warehouse by id, no supplier', async () => {
		const ok = await call('PATCH', '/receipts/2', {
			receiptNumber: 'GRN-2',
			externalIntegrationLog: 'ok',
			creator: { id: PRECORO_BUYER.id },
			warehouse: { id: 1 },
		});
		expect(ok.status).toBe(200);
		expect(ok.json).toMatchObject({
			receiptNumber: 'GRN-2',
			externalIntegrationLog: 'ok',
			creator: { id: PRECORO_BUYER.id, email: PRECORO_BUYER.email },
			warehouse: { id: 1, name: 'Main warehouse' },
		});
		expect(await errors('PATCH', '/receipts/2', { supplier: { id: 1 } })).toEqual({
			supplier: NOT_EXPECTED,
		});
		expect(await errors('PATCH', '/receipts/2', { creator: { id: 999 } })).toEqual({
			creator: 'No creator with id 999 was found.',
		});
	});

	it('refuses externalId on warehouse requests and expenses, whose Patch DTOs lack it', async () => {
		expect(await errors('PATCH', '/warehouserequests/2', { externalId: 'E' })).toEqual({
			externalId: NOT_EXPECTED,
		});
		expect(await errors('PATCH', '/expenses/2', { externalId: 'E' })).toEqual({
			externalId: NOT_EXPECTED,
		});
		const wr = await call('PATCH', '/warehouserequests/2', {
			location: { id: 3 },
			warehouse: { id: 2 },
		});
		expect(wr.json).toMatchObject({ location: { id: 3 }, warehouse: { id: 2 } });
		const expense = await call('PATCH', '/expenses/2', {
			currency: 'USD',
			exchangeRate: [1.1],
			budget: { id: 1 },
		});
		expect(expense.json).toMatchObject({ currency: 'USD', exchangeRate: [1.1], budget: { id: 1 } });
		expect(await errors('PATCH', '/expenses/2', { exchangeRate: '1.1' })).toEqual({
			exchangeRate: 'This value should be a list of numbers.',
		});
	});
});

describe('Precoro sandbox: GET /payments parameters as INT lists them', () => {
	it('accepts the payment list’s own parameters and refuses those it lacks', async () => {
		const accepted = [
			'payDate[left_date]=01.01.2020',
			'sumPaid[right_number]=100000',
			'invoiceCreateDate[right_date]=01.01.2030',
			'statusPayment[]=1',
			'searchQuery=paper',
			'locations[]=1',
			'poTextDocumentCustomFields[]=x',
			'has_external_id=false',
		];
		for (const query of accepted) {
			const reply = await call('GET', `/payments?${query}`);
			expect([query, reply.status]).toEqual([query, 200]);
		}
		for (const name of ['modifiedSince', 'external_id[]', 'sort', 'approvalLeftDate']) {
			const value = name === 'modifiedSince' ? '2020-01-01T00:00:00' : '1';
			expect(await errors('GET', `/payments?${name}=${value}`)).toEqual({ [name]: NOT_EXPECTED });
		}
		const invoices = await call('GET', '/invoices?modifiedSince=2020-01-01T00:00:00');
		expect(invoices.status).toBe(200);
	});

	it('filters on payDate and sumPaid ranges and refuses a range bound that is no number', async () => {
		const all = (await call('GET', '/payments?per_page=50')).json.data as Array<{
			sumPaid: number;
		}>;
		const cheap = await call('GET', '/payments?per_page=50&sumPaid[right_number]=100');
		expect(cheap.json.data.length).toBe(all.filter((p) => p.sumPaid <= 100).length);
		expect(await errors('GET', '/payments?sumPaid[left_number]=lots')).toEqual({
			'sumPaid[left_number]': 'This value should be a number.',
		});
		const none = await call('GET', '/payments?payDate[right_date]=01.01.2000');
		expect(none.json.data).toEqual([]);
	});
});
