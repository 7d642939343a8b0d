import {
	RETAILCRM_OTHER_KEY,
	RETAILCRM_SINGLE_SITE_KEY,
	RETAILCRM_SITE_MAIN,
	RETAILCRM_SITE_OUTLET,
} from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { admin } from './helpers';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

type Change = { id: number; field: string; [key: string]: unknown };

const lastId = () => sandbox.retailcrm.data().orderHistory.records.at(-1)?.id ?? 0;

async function orderHistorySince(sinceId: number, key?: string): Promise<Change[]> {
	const reply = await retailcrm(sandbox, key).get(
		`/api/v5/orders/history?filter[sinceId]=${sinceId}&limit=100`,
	);
	expect(reply.status).toBe(200);
	return reply.json.history;
}

describe('RetailCRM order history', () => {
	it.each(['/api/v5/orders/history', '/api/v5/customers/history'])(
		'%s refuses filter[sinceId] together with page, as RetailCRM does since 15.05.23',
		async (path) => {
			const reply = await retailcrm(sandbox).get(`${path}?filter[sinceId]=1&page=1&limit=20`);
			expect(reply.status).toBe(400);
			expect(reply.json).toMatchObject({ success: false, errorMsg: expect.any(String) });
			expect(Object.keys(reply.json.errors)).toEqual(['page']);
			const alone = await retailcrm(sandbox).get(`${path}?filter[sinceId]=1&limit=20`);
			expect(alone.status).toBe(200);
		},
	);

	it('pages through the seeded history oldest first', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/orders/history?limit=100');
		expect(reply.json).toMatchObject({ success: true, generatedAt: expect.any(String) });
		expect(reply.json.pagination.totalPageCount).toBeGreaterThan(10);
		const recordIds = reply.json.history.map((r: Change) => r.id);
		expect(recordIds).toEqual([...recordIds].sort((a, b) => a - b));
		expect(reply.json.history[0]).toMatchObject({
			created: true,
			field: 'status',
			oldValue: null,
			newValue: { code: 'new' },
			order: { id: expect.any(Number) },
		});
	});

	it('records a creation through the API with created:true and apiKey.current', async () => {
		const since = lastId();
		const createdReply = await retailcrm(sandbox).post('/api/v5/orders/create', {
			site: RETAILCRM_SITE_MAIN,
			order: { externalId: 'h-1', firstName: 'Hist', status: 'new' },
		});
		const mine = await orderHistorySince(since);
		expect(mine.length).toBeGreaterThan(0);
		for (const record of mine) {
			expect(record).toMatchObject({ created: true, source: 'api', apiKey: { current: true } });
			expect((record.order as { id: number }).id).toBe(createdReply.json.id);
		}
		expect(mine.map((r) => r.field)).toContain('first_name');
		const seenByOther = await orderHistorySince(since, RETAILCRM_OTHER_KEY);
		expect(seenByOther.every((r) => (r.apiKey as { current: boolean }).current === false)).toBe(
			true,
		);
	});

	it('records one entry per changed field, with old and new values', async () => {
		const since = lastId();
		await retailcrm(sandbox).post('/api/v5/orders/1001/edit', {
			by: 'id',
			order: { status: 'complete', firstName: 'Changed', customFields: { nps: 1 } },
		});
		const records = await orderHistorySince(since);
		const byField = Object.fromEntries(records.map((r) => [r.field, r]));
		expect(Object.keys(byField).sort()).toEqual(['custom_nps', 'first_name', 'status']);
		expect(byField.status).toMatchObject({
			oldValue: { code: 'new' },
			newValue: { code: 'complete' },
			apiKey: { current: true },
			order: { id: 1001, status: 'complete' },
		});
		expect(byField.status.created).toBeUndefined();
		expect(byField.first_name.newValue).toBe('Changed');
	});

	it('shows changes made in the CRM UI without apiKey, with the user', async () => {
		const since = lastId();
		sandbox.retailcrm.editOrder(1002, { status: 'delivering' }, { userId: 3 });
		const [record] = await orderHistorySince(since);
		expect(record).toMatchObject({ source: 'user', field: 'status', user: { id: 3 } });
		expect(record.apiKey).toBeUndefined();
	});

	it('marks changes by another key as not current', async () => {
		const since = lastId();
		sandbox.retailcrm.editOrder(1003, { managerComment: 'other' }, { key: RETAILCRM_OTHER_KEY });
		const [record] = await orderHistorySince(since);
		expect(record).toMatchObject({ source: 'api', apiKey: { current: false } });
	});

	it('filters by sinceId, startDate and orderId', async () => {
		const since = lastId();
		sandbox.retailcrm.editOrder(1004, { status: 'complete' });
		sandbox.retailcrm.editOrder(1005, { status: 'complete' });
		const after = await orderHistorySince(since);
		expect(after).toHaveLength(2);
		const onlyLast = await orderHistorySince(after[0].id);
		expect(onlyLast.map((r) => r.id)).toEqual([after[1].id]);
		const byOrder = await retailcrm(sandbox).get('/api/v5/orders/history?filter[orderId]=1005');
		expect(byOrder.json.history.every((r: Change) => (r.order as { id: number }).id === 1005)).toBe(
			true,
		);
		const recent = await retailcrm(sandbox).get(
			'/api/v5/orders/history?filter[startDate]=2026-01-01',
		);
		expect(recent.json.history.map((r: Change) => r.id)).toEqual(after.map((r) => r.id));
	});

	it('hides other sites’ history from a single-site key', async () => {
		const reply = await retailcrm(sandbox, RETAILCRM_SINGLE_SITE_KEY).get(
			'/api/v5/orders/history?limit=100',
		);
		for (const record of reply.json.history) expect(record.order.site).toBe(RETAILCRM_SITE_OUTLET);
	});

	it('takes changes from another process through the admin API', async () => {
		const since = lastId();
		const edited = await admin(sandbox, 'POST', '/retailcrm/orders/1006', {
			order: { status: 'complete' },
			userId: 2,
		});
		expect(edited.status).toBe(200);
		const createdReply = await admin(sandbox, 'POST', '/retailcrm/orders', {
			site: RETAILCRM_SITE_OUTLET,
			order: { firstName: 'Admin' },
			key: RETAILCRM_OTHER_KEY,
		});
		expect(createdReply.status).toBe(201);
		const records = await orderHistorySince(since);
		expect(records[0]).toMatchObject({ field: 'status', source: 'user', user: { id: 2 } });
		expect(records.slice(1).every((r) => r.created === true && r.source === 'api')).toBe(true);
		const all = await admin(sandbox, 'GET', '/retailcrm/history/orders');
		expect(all.json.at(-1).id).toBe(records.at(-1)?.id);
	});
});

describe('RetailCRM customer history', () => {
	it('records creation and edits of customers', async () => {
		const since = sandbox.retailcrm.data().customerHistory.records.at(-1)?.id ?? 0;
		const createdReply = await retailcrm(sandbox).post('/api/v5/customers/create', {
			site: RETAILCRM_SITE_OUTLET,
			customer: { externalId: 'ch-1', firstName: 'Cus' },
		});
		expect(createdReply.status).toBe(201);
		await retailcrm(sandbox).post('/api/v5/customers/ch-1/edit', {
			site: RETAILCRM_SITE_OUTLET,
			customer: { email: 'cus@example.com' },
		});
		const reply = await retailcrm(sandbox).get(
			`/api/v5/customers/history?filter[sinceId]=${since}&limit=50`,
		);
		const fields = reply.json.history.map((r: Change) => [r.field, Boolean(r.created)]);
		expect(fields).toEqual(
			expect.arrayContaining([
				['first_name', true],
				['email', false],
			]),
		);
		expect(reply.json.history.at(-1)).toMatchObject({
			customer: { id: createdReply.json.id, externalId: 'ch-1' },
			apiKey: { current: true },
		});
	});
});
