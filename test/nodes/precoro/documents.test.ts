import type { IDataObject } from 'n8n-workflow';

import {
	PRECORO_BUYER,
	PRECORO_FIRST_APPROVER,
	PRECORO_SECOND_APPROVER,
	PRECORO_STATUS,
} from '../../../sandbox/precoro';
import { PRECORO_REPEAT_MS } from '../../../nodes/Precoro/PrecoroProfile';
import type { Sandbox } from '../../../sandbox/server';
import { failure } from '../../helpers/failure';
import { useSandbox } from '../../helpers/useSandbox';
import { TIME_SCALE, jsonOf, runPrecoro } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started), { timeScale: TIME_SCALE });

const received = () => sandbox.received.filter({ vendor: 'precoro' });
const pos = () => sandbox.precoro.data().documents.purchaseorders.rows;

describe('Precoro purchase orders: lists', () => {
	it('returns all 430 orders in pages of 200, each request carrying token and email', async () => {
		const out = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'getAll',
			returnAll: true,
		});
		expect(out).toHaveLength(430);
		expect(new Set(jsonOf(out).map((po) => po.idn)).size).toBe(430);
		const requests = received();
		expect(requests.map((r) => r.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);
		for (const request of requests) {
			expect(request.headers['x-auth-token']).toBe(PRECORO_BUYER.token);
			expect(request.headers.email).toBe(PRECORO_BUYER.email);
			expect(request.status).toBe(200);
		}
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('ends on total_pages in the older envelope, with no extra page', async () => {
		sandbox.precoro.setLegacyPagination(true);
		const out = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'getAll',
			returnAll: true,
		});
		expect(out).toHaveLength(430);
		expect(received()).toHaveLength(3);
	});

	it('asks for the smallest page that holds the Limit', async () => {
		const out = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'getAll',
			limit: 5,
		});
		expect(out).toHaveLength(5);
		expect(received().map((r) => r.query)).toEqual([{ page: '1', per_page: '10' }]);
	});

	it('sends the filters under Precoro’s names and formats', async () => {
		const out = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'getAll',
			returnAll: true,
			filters: {
				status: [2],
				createDateFrom: '2020-01-01T00:00:00',
				modifiedSince: '2020-01-01T10:30:00.000Z',
				supplier: [1, 2, 3],
				hasExternalId: 'false',
			},
		});
		const [request] = received();
		expect(request.query).toMatchObject({
			'status[]': '2',
			'createDate[left_date]': '01.01.2020',
			modifiedSince: '2020-01-01T10:30:00',
			'supplier[]': ['1', '2', '3'],
			has_external_id: 'false',
		});
		expect(out.length).toBeGreaterThan(0);
		for (const po of jsonOf(out)) {
			expect(po.status).toBe(2);
			expect([1, 2, 3]).toContain((po.supplier as IDataObject).id);
		}
	});

	it('adds each custom field’s name next to its value, reading the field list once a repeat interval', async () => {
		const out = await runPrecoro(
			sandbox,
			{
				resource: 'purchaseOrder',
				operation: 'get',
				idn: '7',
				options: { addCustomFieldNames: true },
			},
			{ items: [{ json: {} }, { json: {} }] },
		);
		const [entry] = (out[0].json.dataDocumentCustomFields as { data: IDataObject[] }).data;
		expect(entry.fieldName).toBe('Department');
		expect(out[1].pairedItem).toEqual({ item: 1 });
		// Read again only when Precoro would take the same GET again (a minute, scaled here).
		const reads = received()
			.filter((r) => r.path === '/documentcustomfields')
			.map((r) => r.at);
		expect(reads.length).toBeLessThanOrEqual(2);
		for (let i = 1; i < reads.length; i++) {
			expect(reads[i] - reads[i - 1]).toBeGreaterThanOrEqual(PRECORO_REPEAT_MS * TIME_SCALE);
		}
		expect(sandbox.received.count({ vendor: 'precoro', rateLimited: true })).toBe(0);
	});
});

describe('Precoro approvals', () => {
	const waiting = async (user = PRECORO_FIRST_APPROVER) =>
		jsonOf(
			await runPrecoro(
				sandbox,
				{
					resource: 'purchaseOrder',
					operation: 'getAll',
					returnAll: true,
					filters: { waitingForMe: true },
				},
				{ user },
			),
		);

	it('lists what waits for one approver and approves it; the order then waits for the next', async () => {
		const forBob = await waiting();
		expect(forBob.length).toBeGreaterThan(0);
		expect(received()[0].query.waitingForApprove).toBe('yes');
		const approved = await runPrecoro(
			sandbox,
			(i) => ({ resource: 'purchaseOrder', operation: 'approve', idn: String(forBob[i].idn) }),
			{ user: PRECORO_FIRST_APPROVER, items: forBob.map(() => ({ json: {} })) },
		);
		expect(jsonOf(approved).map((po) => po.status)).toEqual(
			forBob.map(() => PRECORO_STATUS.pending),
		);
		expect(await waiting()).toEqual([]);
		const forCarol = (await waiting(PRECORO_SECOND_APPROVER)).map((po) => po.idn);
		expect(forCarol).toEqual(expect.arrayContaining(forBob.map((po) => po.idn)));
		await runPrecoro(
			sandbox,
			{ resource: 'purchaseOrder', operation: 'approve', idn: String(forBob[0].idn) },
			{ user: PRECORO_SECOND_APPROVER },
		);
		expect(pos().find((po) => po.idn === forBob[0].idn)?.status).toBe(PRECORO_STATUS.approved);
	});

	it('reports the 422 of an action the state does not allow, with Precoro’s message', async () => {
		const approved = pos().find((po) => po.status === PRECORO_STATUS.approved)!;
		const error = await failure(
			runPrecoro(
				sandbox,
				{ resource: 'purchaseOrder', operation: 'approve', idn: String(approved.idn) },
				{ user: PRECORO_FIRST_APPROVER },
			),
		);
		expect(error.httpCode).toBe('422');
		expect(error.message).toMatch(/^Precoro: The document is not waiting for approval/);
		expect(received()).toHaveLength(1);
	});

	it('rejects with the required comment, and refuses a missing one before sending', async () => {
		const [po] = await waiting();
		const missing = await failure(
			runPrecoro(
				sandbox,
				{ resource: 'purchaseOrder', operation: 'reject', idn: String(po.idn), comment: '  ' },
				{ user: PRECORO_FIRST_APPROVER },
			),
		);
		expect(missing.message).toBe('"Comment" is required');
		const before = received().length;
		const [rejected] = await runPrecoro(
			sandbox,
			{
				resource: 'purchaseOrder',
				operation: 'reject',
				idn: String(po.idn),
				comment: 'Over budget',
			},
			{ user: PRECORO_FIRST_APPROVER },
		);
		expect(rejected.json.status).toBe(PRECORO_STATUS.rejected);
		expect(
			received()
				.slice(before)
				.map((r) => [r.method, r.path, r.body]),
		).toEqual([['POST', `/purchaseorders/${po.idn}/reject`, { comment: 'Over budget' }]]);
	});
});

describe('Precoro purchase orders: writes', () => {
	it('creates a draft order from the form, confirms it, and marks it synced with an external ID', async () => {
		const [created] = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'create',
			supplierId: { mode: 'id', value: '4' },
			locationId: 2,
			currency: 'eur',
			items: { item: [{ name: 'Toner', ordered: 3, price: 19.9, sku: 'T-1' }] },
			additionalFields: { note: 'For the 2nd floor', customFieldOptions: ['1:2'] },
		});
		expect(created.json).toEqual({ idn: expect.any(Number), id: expect.any(Number) });
		const post = received().find((r) => r.method === 'POST')!;
		expect(post.body).toEqual({
			supplier: { id: 4 },
			location: { id: 2 },
			currency: 'EUR',
			items: [{ name: 'Toner', ordered: 3, price: 19.9, sku: 'T-1' }],
			note: 'For the 2nd floor',
			dataDocumentCustomFields: [
				{ documentCustomField: { id: 1 }, documentCustomFieldOption: { id: 2 } },
			],
		});
		const idn = String(created.json.idn);
		const [confirmed] = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'confirm',
			idn,
		});
		expect(confirmed.json.status).toBe(PRECORO_STATUS.pending);
		const [synced] = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'update',
			idn,
			updateFields: { externalId: 'PICQER-PO-9' },
		});
		expect(synced.json.externalId).toBe('PICQER-PO-9');
		expect(received().at(-1)!.body).toEqual({ externalId: 'PICQER-PO-9' });
	});

	it('refuses bad input by field name before anything is sent', async () => {
		const cases: Array<[IDataObject, string]> = [
			[{ operation: 'get', idn: '5/approve' }, '"Purchase Order IDN" must be a numeric ID'],
			[
				{ operation: 'update', idn: '5', updateFields: {} },
				'"Update Fields" need at least one field',
			],
			[
				{
					operation: 'create',
					supplierId: { mode: 'id', value: '1' },
					locationId: 1,
					currency: 'euro',
					items: {},
				},
				'"Currency" must be a three-letter currency code',
			],
		];
		for (const [parameters, message] of cases) {
			const error = await failure(
				runPrecoro(sandbox, { resource: 'purchaseOrder', ...parameters }),
			);
			expect(error.message).toMatch(
				new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
			);
		}
		expect(received()).toHaveLength(0);
	});

	it('lists the receipts related to an order', async () => {
		const out = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'getRelated',
			idn: '3',
			relation: 'receipts',
		});
		expect(jsonOf(out).map((r) => (r.purchaseOrder as IDataObject).idn)).toEqual([3]);
		expect(received()[0].path).toBe('/purchaseorders/3/related/receipts');
	});

	it('runs on the node’s own profile in real time too', async () => {
		const out = await runPrecoro(
			sandbox,
			{ resource: 'invoice', operation: 'get', idn: '4' },
			{ realTime: true },
		);
		expect(out[0].json.idn).toBe(4);
	});
});
