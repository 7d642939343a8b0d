import type { IDataObject } from 'n8n-workflow';

import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_SEED,
	RETAILCRM_SITE_MAIN,
} from '../../../sandbox/retailcrm/keys';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { formFields, jsonOf, receivedBy, runRetailCrm, withMainSite } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const received = (path?: string | RegExp, method?: string) => receivedBy(sandbox)(path, method);
const mainSite = () => withMainSite(sandbox);
const form = formFields;

describe('RetailCRM order: reads', () => {
	it('returns every order in pages of 100, ending at totalPageCount, key only in the header', async () => {
		const out = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
		});
		const ids = jsonOf(out).map((order) => order.id);
		expect(ids).toHaveLength(RETAILCRM_SEED.orders);
		expect(new Set(ids).size).toBe(RETAILCRM_SEED.orders);
		const gets = received('/api/v5/orders', 'GET');
		expect(gets.map((r) => [r.query.page, r.query.limit])).toEqual(
			Array.from({ length: RETAILCRM_SEED.orders / 100 }, (_, i) => [String(i + 1), '100']),
		);
		for (const request of gets) {
			expect(request.headers['x-api-key']).toBe(RETAILCRM_DEMO_KEY);
			expect(request.credentialInUrl).toBeFalsy();
			expect(JSON.stringify(request.query)).not.toContain(RETAILCRM_DEMO_KEY);
		}
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('asks for the smallest allowed page size that holds the limit', async () => {
		const out = await runRetailCrm(sandbox, { resource: 'order', operation: 'getAll', limit: 30 });
		expect(out).toHaveLength(30);
		expect(received('/api/v5/orders').map((r) => r.query.limit)).toEqual(['50']);
	});

	it('sends list filters in PHP bracket form', async () => {
		const out = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
			filters: {
				sites: [RETAILCRM_SITE_MAIN],
				extendedStatus: ['new', 'complete'],
				createdAtFrom: '2020-01-01T00:00:00',
			},
		});
		const [request] = received('/api/v5/orders');
		expect(request.query['filter[sites][]']).toBe(RETAILCRM_SITE_MAIN);
		expect(request.query['filter[extendedStatus][]']).toEqual(['new', 'complete']);
		expect(request.query['filter[createdAtFrom]']).toBe('2020-01-01');
		expect(out.length).toBeGreaterThan(0);
		for (const order of jsonOf(out)) {
			expect(order.site).toBe(RETAILCRM_SITE_MAIN);
			expect(['new', 'complete']).toContain(order.status);
		}
	});

	it('gets an order by id or by external ID, with `by` always sent', async () => {
		const [first] = jsonOf(
			await runRetailCrm(sandbox, {
				resource: 'order',
				operation: 'getAll',
				limit: 100,
				filters: { sites: [RETAILCRM_SITE_MAIN] },
			}),
		).filter((o) => o.externalId);
		const byId = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'get',
			by: 'id',
			orderId: String(first.id),
		});
		expect(byId[0].json.id).toBe(first.id);
		const byExternal = await runRetailCrm(
			sandbox,
			{ resource: 'order', operation: 'get', by: 'externalId', orderId: String(first.externalId) },
			mainSite(),
		);
		expect(byExternal[0].json.id).toBe(first.id);
		const gets = received(/^\/api\/v5\/orders\/[^/]+$/);
		expect(gets.map((r) => r.query.by)).toEqual(['id', 'externalId']);
		expect(gets[1].query.site).toBe(RETAILCRM_SITE_MAIN);
	});

	it('reads statuses and history', async () => {
		const statuses = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'getStatuses',
			statusIds: '1001, 1002',
		});
		expect(jsonOf(statuses).map((o) => o.id)).toEqual([1001, 1002]);
		expect(received('/api/v5/orders/statuses')[0].query['ids[]']).toEqual(['1001', '1002']);

		const history = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'getHistory',
			limit: 5,
			historyFilters: { orderId: '1001' },
		});
		expect(history.length).toBeGreaterThan(0);
		expect(jsonOf(history).every((h) => (h.order as IDataObject).id === 1001)).toBe(true);
		expect(received('/api/v5/orders/history')[0].query['filter[orderId]']).toBe('1001');
	});

	it.each([
		['order', '/api/v5/orders/history', 'orders'],
		['customer', '/api/v5/customers/history', 'customers'],
	] as const)(
		'%s › Get History after a Since ID walks by filter[sinceId], never with page',
		async (resource, path, entity) => {
			const all = sandbox.retailcrm.history(entity);
			const since = Number(all[all.length - 250].id);
			const out = await runRetailCrm(sandbox, {
				resource,
				operation: 'getHistory',
				returnAll: true,
				historyFilters: { sinceId: since },
			});
			expect(jsonOf(out).map((h) => h.id)).toEqual(all.slice(-249).map((h) => h.id));
			const reads = received(path);
			expect(reads.map((r) => [r.query['filter[sinceId]'], r.query.page])).toEqual([
				[String(since), undefined],
				[String(all[all.length - 150].id), undefined],
				[String(all[all.length - 50].id), undefined],
			]);
		},
	);

	it('corporate customer › Get History reads /customers-corporate/history by sinceId', async () => {
		const all = sandbox.retailcrm.data().corporateHistory.records;
		const out = await runRetailCrm(sandbox, {
			resource: 'corporateCustomer',
			operation: 'getHistory',
			returnAll: true,
			historyFilters: { sinceId: all[9].id },
		});
		expect(jsonOf(out).map((h) => h.id)).toEqual(all.slice(10).map((h) => h.id));
		const [read] = received('/api/v5/customers-corporate/history');
		expect(read.query).toEqual({ limit: '100', 'filter[sinceId]': String(all[9].id) });
	});
});

describe('RetailCRM order: writes', () => {
	it('creates an order as a form with the order as one JSON field and `site` added', async () => {
		const out = await runRetailCrm(
			sandbox,
			{
				resource: 'order',
				operation: 'create',
				additionalFields: { firstName: 'Ann', email: 'ann@example.com', delivery__cost: 4.5 },
				items: { item: [{ offerId: '5001', quantity: 2 }] },
				customFields: { field: [{ code: 'nps', value: '9' }] },
			},
			mainSite(),
		);
		expect(out[0].json).toMatchObject({ firstName: 'Ann', site: RETAILCRM_SITE_MAIN });
		const [request] = received('/api/v5/orders/create');
		expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(form(request.body).site).toBe(RETAILCRM_SITE_MAIN);
		expect(JSON.parse(form(request.body).order)).toEqual({
			firstName: 'Ann',
			email: 'ann@example.com',
			delivery: { cost: 4.5 },
			items: [{ offer: { id: 5001 }, quantity: 2 }],
			customFields: { nps: '9' },
		});
	});

	it('takes the Site parameter over the credential default, and fails clearly without one', async () => {
		await runRetailCrm(
			sandbox,
			{
				resource: 'order',
				operation: 'create',
				site: 'outlet',
				useJsonBody: true,
				jsonBody: JSON.stringify({ firstName: 'Bo', items: [{ offer: { id: 5001 } }] }),
			},
			mainSite(),
		);
		expect(form(received('/api/v5/orders/create')[0].body).site).toBe('outlet');

		const run = runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'create',
			useJsonBody: true,
			jsonBody: JSON.stringify({ firstName: 'Bo' }),
		});
		await expect(run).rejects.toMatchObject({
			message: expect.stringMatching(/^RetailCRM: Parameter 'site' is missing/),
		});
	});

	it('updates an order by id with `by` in the form', async () => {
		const out = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'update',
			by: 'id',
			orderId: '1001',
			updateFields: { managerComment: 'Call first', status: 'complete' },
		});
		const [request] = received('/api/v5/orders/1001/edit');
		expect(form(request.body).by).toBe('id');
		expect(JSON.parse(form(request.body).order)).toEqual({
			managerComment: 'Call first',
			status: 'complete',
		});
		expect(out).toHaveLength(1);
		expect(sandbox.retailcrm.data().orders.get(1001)?.status).toBe('complete');
	});

	it('puts errorMsg and every field error in the message, per item with continueOnFail', async () => {
		const out = await runRetailCrm(
			sandbox,
			(itemIndex) => ({
				resource: 'order',
				operation: 'update',
				by: 'id',
				orderId: '1001',
				updateFields: itemIndex === 1 ? { status: 'no-such-status' } : { managerComment: 'ok' },
			}),
			{ items: [{ json: {} }, { json: {} }, { json: {} }], continueOnFail: true },
		);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json.error).toMatch(/^RetailCRM: .+\(status: .+\)$/);
		expect(out[1].json.httpCode).toBe('400');
		expect(out[2].json.error).toBeUndefined();
	});

	it('creates, edits and deletes a payment', async () => {
		const created = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'createPayment',
			orderBy: 'id',
			paymentOrderId: '1001',
			paymentType: Object.keys(sandbox.retailcrm.data().reference['payment-types'])[0],
			paymentFields: { amount: 12.5 },
		});
		const paymentId = String(created[0].json.id);
		const payment = JSON.parse(form(received('/api/v5/orders/payments/create')[0].body).payment);
		expect(payment).toMatchObject({ order: { id: 1001 }, amount: 12.5 });

		await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'updatePayment',
			by: 'id',
			paymentId,
			paymentUpdateFields: { amount: 20 },
		});
		expect(sandbox.retailcrm.data().orders.get(1001)?.payments[paymentId]?.amount).toBe(20);
		await runRetailCrm(sandbox, { resource: 'order', operation: 'deletePayment', paymentId });
		expect(sandbox.retailcrm.data().orders.get(1001)?.payments[paymentId]).toBeUndefined();
	});

	it('fixes external IDs', async () => {
		await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'fixExternalIds',
			externalIdPairs: { order: [{ id: 1001, externalId: 'X-1001' }] },
		});
		expect(sandbox.retailcrm.data().orders.get(1001)?.externalId).toBe('X-1001');
	});
});

describe('RetailCRM order: upload', () => {
	const order = (n: number, extra: IDataObject = {}) => ({
		externalId: `UP-${n}`,
		firstName: `Buyer ${n}`,
		items: [{ offer: { id: 5001 }, quantity: 1 }],
		...extra,
	});

	it('sends 120 orders as batches of 50, 50 and 20', async () => {
		const orders = Array.from({ length: 120 }, (_, i) => order(i));
		const out = await runRetailCrm(
			sandbox,
			{ resource: 'order', operation: 'upload', orders: JSON.stringify(orders) },
			mainSite(),
		);
		const posts = received('/api/v5/orders/upload', 'POST');
		expect(posts.map((r) => JSON.parse(form(r.body).orders).length)).toEqual([50, 50, 20]);
		expect(posts.every((r) => form(r.body).site === RETAILCRM_SITE_MAIN)).toBe(true);
		expect(out).toHaveLength(120);
		expect(jsonOf(out).every((row) => row.success === true)).toBe(true);
	});

	it('on a 460 outputs the stored orders and marks the refused one, in input order', async () => {
		const orders = [order(1), order(2, { status: 'bogus' }), order(3)];
		const out = await runRetailCrm(
			sandbox,
			{ resource: 'order', operation: 'upload', orders: JSON.stringify(orders) },
			mainSite(),
		);
		expect(received('/api/v5/orders/upload')[0].status).toBe(460);
		expect(jsonOf(out).map((row) => [row.externalId, row.success])).toEqual([
			['UP-1', true],
			['UP-2', false],
			['UP-3', true],
		]);
		expect(out[0].json.id).toEqual(expect.any(Number));
		expect(out[1].json.error).toBe('Orders are loaded with errors');
		expect(out[1].json.errors).toEqual([expect.stringContaining('bogus')]);
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		const stored = sandbox.retailcrm
			.data()
			.orders.rows.filter((o) => String(o.externalId).startsWith('UP-'));
		expect(stored.map((o) => o.externalId).sort()).toEqual(['UP-1', 'UP-3']);
	});
});
