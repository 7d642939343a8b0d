import {
	RETAILCRM_PAGE_LIMITS,
	RETAILCRM_SEED,
	RETAILCRM_SINGLE_SITE_KEY,
} from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

describe('RetailCRM pagination', () => {
	it('defaults to page 1 of 20 with the pagination block', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/orders');
		expect(reply.json.pagination).toEqual({
			limit: 20,
			totalCount: RETAILCRM_SEED.orders,
			currentPage: 1,
			totalPageCount: RETAILCRM_SEED.orders / 20,
		});
		expect(reply.json.orders).toHaveLength(20);
	});

	it.each(RETAILCRM_PAGE_LIMITS)('accepts limit=%i', async (limit) => {
		const reply = await retailcrm(sandbox).get(`/api/v5/customers?limit=${limit}&page=2`);
		expect(reply.status).toBe(200);
		expect(reply.json.customers).toHaveLength(limit);
		expect(reply.json.pagination).toMatchObject({ limit, currentPage: 2 });
	});

	it.each(['25', '250', 'abc'])('refuses limit=%s with an errors map', async (limit) => {
		const reply = await retailcrm(sandbox).get(`/api/v5/orders?limit=${limit}`);
		expect(reply.status).toBe(400);
		expect(reply.json).toEqual({
			success: false,
			errorMsg: 'Errors in the input parameters',
			errors: { limit: expect.any(String) },
		});
	});

	it.each(['0', '-1', '1.5'])('refuses page=%s', async (page) => {
		const reply = await retailcrm(sandbox).get(`/api/v5/orders?page=${page}`);
		expect(reply.status).toBe(400);
		expect(reply.json.errors).toHaveProperty('page');
	});

	it('ends exactly on a multiple of 100: the last page is full, the next one empty', async () => {
		const call = retailcrm(sandbox, RETAILCRM_SINGLE_SITE_KEY);
		const last = await call.get('/api/v5/orders?limit=100&page=4');
		expect(last.json.pagination).toEqual({
			limit: 100,
			totalCount: RETAILCRM_SEED.outletOrders,
			currentPage: 4,
			totalPageCount: 4,
		});
		expect(last.json.orders).toHaveLength(100);
		const beyond = await call.get('/api/v5/orders?limit=100&page=5');
		expect(beyond.json.orders).toEqual([]);
	});

	it('visits every order once across pages', async () => {
		const seen = new Set<number>();
		for (let page = 1; page <= RETAILCRM_SEED.orders / 100; page++) {
			const reply = await retailcrm(sandbox).get(`/api/v5/orders?limit=100&page=${page}`);
			for (const order of reply.json.orders) seen.add(order.id);
		}
		expect(seen.size).toBe(RETAILCRM_SEED.orders);
	});
});
