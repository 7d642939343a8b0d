import {
	RETAILCRM_SINGLE_SITE_KEY,
	RETAILCRM_SITE_MAIN,
	RETAILCRM_SITE_OUTLET,
} from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const ids = (rows: { id: number }[]) => rows.map((row) => row.id).sort();

describe('RetailCRM GET filters in PHP bracket form', () => {
	it('reads filter[ids][] lists', async () => {
		const reply = await retailcrm(sandbox).get(
			'/api/v5/orders?filter[ids][]=1001&filter[ids][]=1005',
		);
		expect(reply.status).toBe(200);
		expect(ids(reply.json.orders)).toEqual([1001, 1005]);
	});

	it('reads indexed [0] keys, percent-encoded brackets included', async () => {
		const reply = await retailcrm(sandbox).get(
			'/api/v5/orders?filter%5Bids%5D%5B0%5D=1002&filter%5Bids%5D%5B1%5D=1003',
		);
		expect(ids(reply.json.orders)).toEqual([1002, 1003]);
	});

	it('reads nested custom-field ranges', async () => {
		const reply = await retailcrm(sandbox).get(
			'/api/v5/orders?limit=100&filter[customFields][nps][min]=9&filter[sites][]=outlet',
		);
		const expected = sandbox.retailcrm
			.data()
			.orders.rows.filter((o) => Number(o.customFields.nps) >= 9 && o.site === 'outlet');
		expect(reply.json.pagination.totalCount).toBe(expected.length);
		expect(expected.length).toBeGreaterThan(0);
		for (const order of reply.json.orders) {
			expect(order.customFields.nps).toBeGreaterThanOrEqual(9);
			expect(order.site).toBe('outlet');
		}
	});

	it('combines status groups and dates', async () => {
		const reply = await retailcrm(sandbox).get(
			'/api/v5/orders?limit=100&filter[extendedStatus][]=cancel&filter[createdAtTo]=2025-01-10',
		);
		expect(reply.json.orders.length).toBeGreaterThan(0);
		for (const order of reply.json.orders) {
			expect(['cancel-other', 'no-product']).toContain(order.status);
			expect(order.createdAt <= '2025-01-10 23:59:59').toBe(true);
		}
	});

	it('refuses an unknown filter with an errors map', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/orders?filter[colour]=red');
		expect(reply.status).toBe(400);
		expect(reply.json).toMatchObject({
			success: false,
			errors: { 'filter[colour]': expect.any(String) },
		});
	});
});

describe('RetailCRM POST bodies', () => {
	const order = {
		firstName: 'Tom',
		lastName: 'Form',
		items: [{ offer: { id: 5001 }, quantity: 2 }],
	};

	it('accepts an entity as one JSON string field and answers 201 {success, id, order}', async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/orders/create', {
			site: RETAILCRM_SITE_MAIN,
			order: { ...order, externalId: 'form-1' },
		});
		expect(reply.status).toBe(201);
		expect(reply.json).toMatchObject({
			success: true,
			id: expect.any(Number),
			order: { externalId: 'form-1', site: RETAILCRM_SITE_MAIN, status: 'new', firstName: 'Tom' },
		});
		expect(reply.json.order.items[0]).toMatchObject({ quantity: 2, offer: { id: 5001 } });
		const fetched = await retailcrm(sandbox).get(`/api/v5/orders/${reply.json.id}?by=id`);
		expect(fetched.json.order.externalId).toBe('form-1');
	});

	it('rejects a bracket-encoded entity with Errors in the entity format', async () => {
		const reply = await retailcrm(sandbox).post(
			'/api/v5/orders/create',
			`site=${RETAILCRM_SITE_MAIN}&order[firstName]=Tom&order[lastName]=Brackets`,
		);
		expect(reply.status).toBe(400);
		expect(reply.json).toMatchObject({ success: false, errorMsg: 'Errors in the entity format' });
	});

	it('rejects a JSON body with Errors in the entity format', async () => {
		const reply = await retailcrm(sandbox).raw('/api/v5/orders/create', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ site: RETAILCRM_SITE_MAIN, order }),
		});
		expect(reply.status).toBe(400);
		expect(reply.json.errorMsg).toBe('Errors in the entity format');
	});

	it('names a missing entity parameter', async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/orders/create', {
			site: RETAILCRM_SITE_MAIN,
		});
		expect(reply.status).toBe(400);
		expect(reply.json.errorMsg).toBe("Parameter 'order' is missing");
	});

	it("asks a multi-site key for the site: Parameter 'site' is missing", async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/orders/create', { order });
		expect(reply.status).toBe(400);
		expect(reply.json).toEqual({ success: false, errorMsg: "Parameter 'site' is missing" });
	});

	it('implies the site for a single-site key and hides other sites', async () => {
		const call = retailcrm(sandbox, RETAILCRM_SINGLE_SITE_KEY);
		const createdReply = await call.post('/api/v5/orders/create', { order });
		expect(createdReply.status).toBe(201);
		expect(createdReply.json.order.site).toBe(RETAILCRM_SITE_OUTLET);
		const mainOrder = sandbox.retailcrm
			.data()
			.orders.rows.find((o) => o.site === RETAILCRM_SITE_MAIN);
		expect((await call.get(`/api/v5/orders/${mainOrder?.id}?by=id`)).status).toBe(404);
		const denied = await call.post('/api/v5/orders/create', { site: RETAILCRM_SITE_MAIN, order });
		expect(denied.status).toBe(403);
	});

	it('reports validation errors as a map', async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/orders/create', {
			site: RETAILCRM_SITE_MAIN,
			order: { status: 'no-such-status', customer: { externalId: 'nobody' } },
		});
		expect(reply.status).toBe(400);
		expect(reply.json).toEqual({
			success: false,
			errorMsg: 'Order is not loaded',
			errors: {
				status: expect.any(String),
				'customer.externalId': 'Customer with externalId=nobody not found.',
			},
		});
	});
});

describe('RetailCRM ids: externalId by default, by=id for internal ids', () => {
	it('finds an order by externalId within a site and by internal id', async () => {
		const data = sandbox.retailcrm.data();
		const order = data.orders.rows.find((o) => o.externalId && o.site === RETAILCRM_SITE_OUTLET);
		const byExternal = await retailcrm(sandbox).get(
			`/api/v5/orders/${order?.externalId}?site=${RETAILCRM_SITE_OUTLET}`,
		);
		expect(byExternal.json.order.id).toBe(order?.id);
		const byId = await retailcrm(sandbox).get(`/api/v5/orders/${order?.id}?by=id`);
		expect(byId.json.order.externalId).toBe(order?.externalId);
		const wrongWay = await retailcrm(sandbox).get(
			`/api/v5/orders/${order?.id}?site=${RETAILCRM_SITE_OUTLET}`,
		);
		expect(wrongWay.status).toBe(404);
		expect(wrongWay.json).toEqual({ success: false, errorMsg: 'Not found' });
	});

	it('edits an order through a form field and returns it', async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/orders/1001/edit', {
			by: 'id',
			order: { status: 'complete', customFields: { nps: 10 } },
		});
		expect(reply.status).toBe(200);
		expect(reply.json).toMatchObject({ success: true, id: 1001, order: { status: 'complete' } });
		expect(reply.json.order.customFields).toMatchObject({ nps: 10, gift_wrap: true });
	});
});
