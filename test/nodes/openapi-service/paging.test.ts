import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, mapped, runService } from './helpers';

let sandbox: Sandbox;
useSandbox((s) => (sandbox = s));

const data = () => sandbox.openApiService.data();
const pages = (path: string) =>
	sandbox.received.filter({ vendor: 'openapi-service', method: 'GET', path }).map((r) => r.query);

const list = (resource: string, operation: string, extra: Record<string, unknown> = {}) =>
	runService(sandbox, {
		resource,
		operation,
		returnAll: true,
		parameters: mapped({}),
		...extra,
	});

describe('Return All in each paging style the spec declares', () => {
	it('pages v1 customers by page number up to the last page the meta block names', async () => {
		const out = await list('Customers', 'GET /customers#list');
		expect(jsonOf(out).map((c) => c.id)).toEqual(data().customers.map((c) => c.id));
		expect(pages('/v1/customers')).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '2', per_page: '100' },
			{ page: '3', per_page: '100' },
		]);
		expect(out[0].json).toHaveProperty('name');
	});

	it('walks v2 customers by cursor until next_cursor is null, in the v2 shape', async () => {
		const out = await list('Customers', 'GET /customers#list', { apiVersion: 'v2' });
		expect(jsonOf(out).map((c) => c.id)).toEqual(data().customers.map((c) => c.id));
		expect(out[0].json).toHaveProperty('first_name');
		const queries = pages('/v2/customers');
		expect(queries).toHaveLength(Math.ceil(data().customers.length / 50));
		expect(queries[0]).toEqual({ limit: '50' });
		expect(queries.slice(1).every((q) => typeof q.cursor === 'string' && q.limit === '50')).toBe(
			true,
		);
	});

	it('follows the Link header of v1 orders until there is no rel="next"', async () => {
		const out = await list('Orders', 'GET /orders#list');
		expect(jsonOf(out).map((o) => o.id)).toEqual(data().orders.map((o) => o.id));
		// The first request asks for the largest page; each next one is the link's own URL.
		expect(pages('/v1/orders')).toEqual([
			{ per_page: '100' },
			{ page: '2', per_page: '100' },
			{ page: '3', per_page: '100' },
		]);
	});

	it('follows the next link in the body of v2 orders until it is null', async () => {
		const out = await list('Orders', 'GET /orders#list', { apiVersion: 'v2' });
		expect(jsonOf(out).map((o) => o.id)).toEqual(data().orders.map((o) => o.id));
		expect(out[0].json).toHaveProperty('total.amount');
		expect(pages('/v2/orders')).toHaveLength(Math.ceil(data().orders.length / 25));
	});

	it('steps products by offset and stops at the total, with no request past it', async () => {
		const out = await list('Products', 'GET /products#list');
		expect(jsonOf(out).map((p) => p.id)).toEqual(data().products.map((p) => p.id));
		expect(pages('/v1/products')).toEqual([
			{ offset: '0', limit: '200' },
			{ offset: '200', limit: '200' },
			{ offset: '400', limit: '200' },
		]);
	});

	it('keeps filters on every page', async () => {
		const out = await list('Customers', 'GET /customers#list', {
			parameters: mapped({ 'query:status': 'archived' }),
		});
		const archived = data().customers.filter((c) => c.status === 'archived');
		expect(out).toHaveLength(archived.length);
		expect(pages('/v1/customers').every((q) => q.status === 'archived')).toBe(true);
	});
});

describe('Limit and a chosen paging style', () => {
	it('stops at the page that completes the limit', async () => {
		const out = await list('Orders', 'GET /orders#list', { returnAll: false, limit: 130 });
		expect(out).toHaveLength(130);
		expect(pages('/v1/orders')).toHaveLength(2);
	});

	it('reads only the first page when the user picks None', async () => {
		const out = await list('Products', 'GET /products#list', { pagination: 'none' });
		expect(out).toHaveLength(50);
		expect(pages('/v1/products')).toEqual([{}]);
	});

	it('pages by page number when the user picks it for a Link-header list', async () => {
		const out = await list('Orders', 'GET /orders#list', { pagination: 'page' });
		expect(out).toHaveLength(data().orders.length);
		// The orders list has no meta block: a short page ends it.
		expect(pages('/v1/orders').map((q) => q.page)).toEqual(['1', '2', '3']);
	});
});
