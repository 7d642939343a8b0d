import type { IDataObject } from 'n8n-workflow';

import { list } from '../../nodes/shared/list';
import {
	cursorPages,
	linkHeaderPages,
	nextFromLinkHeader,
	nextLinkPages,
	offsetPages,
	pageNumberPages,
} from '../../nodes/shared/pagination';
import { FakeTransport, fakeClient, ok, testProfile } from '../helpers/fakeTransport';

const records = (from: number, count: number): IDataObject[] =>
	Array.from({ length: count }, (_, i) => ({ id: from + i }));

/** A vendor with `total` records served 100 at a time by ?offset=. */
function offsetVendor(total: number) {
	return new FakeTransport((request) => {
		const offset = Number(request.qs?.offset ?? 0);
		return ok(records(offset, Math.max(0, Math.min(100, total - offset))));
	});
}

const offset100 = offsetPages({ param: 'offset', pageSize: 100 });
const spec = { method: 'GET' as const, path: '/things' };

describe('offset pagination', () => {
	it.each([
		[0, 1],
		[1, 1],
		[99, 1],
		[100, 2],
		[250, 3],
		[300, 4],
		[2000, 21],
	])('returns all %i records in %i requests, none twice', async (total, calls) => {
		const transport = offsetVendor(total);
		const out = await list(fakeClient(testProfile, transport), spec, offset100, {
			returnAll: true,
		});
		expect(out.map((r) => r.id)).toEqual(records(0, total).map((r) => r.id));
		expect(transport.sent).toHaveLength(calls);
		expect(transport.sent.map((r) => r.qs?.offset)).toEqual(
			Array.from({ length: calls }, (_, i) => i * 100),
		);
	});

	it('stops fetching once the limit is reached', async () => {
		const transport = offsetVendor(1000);
		const out = await list(fakeClient(testProfile, transport), spec, offset100, {
			returnAll: false,
			limit: 200,
		});
		expect(out).toHaveLength(200);
		expect(transport.sent).toHaveLength(2);
	});

	it('keeps the caller filters on every page', async () => {
		const transport = offsetVendor(150);
		await list(fakeClient(testProfile, transport), { ...spec, qs: { status: 'new' } }, offset100, {
			returnAll: true,
		});
		expect(transport.sent.map((r) => r.qs)).toEqual([
			{ status: 'new', offset: 0 },
			{ status: 'new', offset: 100 },
		]);
	});
});

describe('offset pagination without a documented page size', () => {
	/** Serves `cap` records a page whatever limit is asked for, with the total in the body. */
	function cappedVendor(total: number, cap: number, withTotal: boolean) {
		return new FakeTransport((request) => {
			const offset = Number(request.qs?.offset ?? 0);
			const items = records(offset, Math.max(0, Math.min(cap, total - offset)));
			return ok(withTotal ? { items, total } : { items });
		});
	}
	const at = (body: unknown) => (body as { items: unknown }).items;

	it('sends the page size it knows and ends on the total, with no request past it', async () => {
		const transport = cappedVendor(120, 50, true);
		const paginator = offsetPages({
			param: 'offset',
			sizeParam: 'limit',
			pageSize: 50,
			records: at,
			total: (body) => (body as { total: number }).total,
		});
		const out = await list(fakeClient(testProfile, transport), spec, paginator, {
			returnAll: true,
		});
		expect(out.map((r) => r.id)).toEqual(records(0, 120).map((r) => r.id));
		expect(transport.sent.map((r) => r.qs)).toEqual([
			{ offset: 0, limit: 50 },
			{ offset: 50, limit: 50 },
			{ offset: 100, limit: 50 },
		]);
	});

	it('steps by what each page held and ends on an empty page when no size is known', async () => {
		const transport = cappedVendor(45, 20, false);
		const paginator = offsetPages({ param: 'offset', records: at });
		const out = await list(fakeClient(testProfile, transport), spec, paginator, {
			returnAll: true,
		});
		expect(out.map((r) => r.id)).toEqual(records(0, 45).map((r) => r.id));
		expect(transport.sent.map((r) => r.qs?.offset)).toEqual([0, 20, 40, 45]);
	});
});

describe('page number pagination without a page size parameter', () => {
	it('walks pages until an empty one', async () => {
		const transport = new FakeTransport((request) => {
			const page = Number(request.qs?.page);
			return ok(page <= 2 ? records((page - 1) * 10, 10) : []);
		});
		const paginator = pageNumberPages({
			pageParam: 'page',
			pageSizes: [],
			records: (body) => body,
			meta: () => ({}),
		});
		const out = await list(fakeClient(testProfile, transport), spec, paginator, {
			returnAll: true,
		});
		expect(out).toHaveLength(20);
		expect(transport.sent.map((r) => r.qs)).toEqual([{ page: 1 }, { page: 2 }, { page: 3 }]);
	});
});

describe('page number pagination with meta', () => {
	const pager = pageNumberPages({
		pageParam: 'page',
		sizeParam: 'limit',
		pageSizes: [20, 50, 100],
		records: (body) => (body as IDataObject).orders,
		meta: (body) => {
			const p = (body as { pagination?: { currentPage: number; totalPageCount: number } })
				.pagination;
			return { current: p?.currentPage, last: p?.totalPageCount };
		},
	});
	const vendor = (total: number) =>
		new FakeTransport((request) => {
			const page = Number(request.qs?.page);
			const size = Number(request.qs?.limit);
			const last = Math.max(1, Math.ceil(total / size));
			const start = (page - 1) * size;
			return ok({
				orders: records(start, Math.max(0, Math.min(size, total - start))),
				pagination: { currentPage: page, totalPageCount: last, limit: size, totalCount: total },
			});
		});

	it.each([
		[0, 1],
		[100, 1],
		[101, 2],
		[300, 3],
	])('reads %i records in %i pages and never asks past the last page', async (total, calls) => {
		const transport = vendor(total);
		const out = await list(fakeClient(testProfile, transport), spec, pager, { returnAll: true });
		expect(out).toHaveLength(total);
		expect(transport.sent).toHaveLength(calls);
	});

	it('drops a record a shifting newest-first list shows twice, when records have an identity', async () => {
		// A record created between the two requests pushes record 99 onto page 2 as well.
		const transport = new FakeTransport((request) =>
			ok({
				orders: Number(request.qs?.page) === 1 ? records(0, 100) : records(99, 50),
				pagination: { currentPage: Number(request.qs?.page), totalPageCount: 2 },
			}),
		);
		const identified = { ...pager, identity: (record: IDataObject) => record.id };
		const out = await list(fakeClient(testProfile, transport), spec, identified, {
			returnAll: true,
		});
		expect(out.map((r) => r.id)).toEqual(records(0, 149).map((r) => r.id));
	});

	it('asks for the smallest page that holds the limit', async () => {
		const transport = vendor(500);
		const out = await list(fakeClient(testProfile, transport), spec, pager, {
			returnAll: false,
			limit: 30,
		});
		expect(out).toHaveLength(30);
		expect(transport.sent.map((r) => r.qs)).toEqual([{ page: 1, limit: 50 }]);
	});
});

describe('page number pagination ending on a next link or the last page', () => {
	/** A Laravel-style paginator: `links.next` null and `meta.last_page` both mark the end. */
	const pager = pageNumberPages({
		pageParam: 'page',
		sizeParam: 'limit',
		pageSizes: [10, 100],
		records: (body) => (body as IDataObject).data,
		meta: (body) => {
			const meta = (body as { meta?: { current_page?: number; last_page?: number } }).meta;
			return { current: meta?.current_page, last: meta?.last_page };
		},
		hasNext: (body) => {
			const links = (body as { links?: { next?: unknown } }).links;
			return links && 'next' in links ? typeof links.next === 'string' : undefined;
		},
	});
	const vendor = (total: number, options: { meta?: boolean; links?: boolean } = {}) =>
		new FakeTransport((request) => {
			const page = Number(request.qs?.page);
			const size = Number(request.qs?.limit);
			const last = Math.max(1, Math.ceil(total / size));
			const start = (page - 1) * size;
			return ok({
				data: records(start, Math.max(0, Math.min(size, total - start))),
				...(options.links === false
					? {}
					: { links: { next: page < last ? `/things?page=${page + 1}` : null } }),
				...(options.meta === false ? {} : { meta: { current_page: page, last_page: last } }),
			});
		});

	it.each([
		[0, 1],
		[100, 1],
		[101, 2],
		[250, 3],
	])('reads %i records in %i pages with both signals', async (total, calls) => {
		const transport = vendor(total);
		const out = await list(fakeClient(testProfile, transport), spec, pager, { returnAll: true });
		expect(out.map((r) => r.id)).toEqual(records(0, total).map((r) => r.id));
		expect(transport.sent.map((r) => r.qs?.page)).toEqual(
			Array.from({ length: calls }, (_, i) => i + 1),
		);
	});

	it('ends on a null next link when the body has no meta block', async () => {
		const transport = vendor(200, { meta: false });
		const out = await list(fakeClient(testProfile, transport), spec, pager, { returnAll: true });
		// A full last page: without the link the list would need one more, empty, request.
		expect(out).toHaveLength(200);
		expect(transport.sent).toHaveLength(2);
	});

	it('ends on the last page when the body has no links block', async () => {
		const transport = vendor(200, { links: false });
		await list(fakeClient(testProfile, transport), spec, pager, { returnAll: true });
		expect(transport.sent).toHaveLength(2);
	});

	it('stops at a null next link even when the meta block claims more pages', async () => {
		const transport = new FakeTransport(() =>
			ok({ data: records(0, 100), links: { next: null }, meta: { current_page: 1, last_page: 5 } }),
		);
		await list(fakeClient(testProfile, transport), spec, pager, { returnAll: true });
		expect(transport.sent).toHaveLength(1);
	});
});

describe('link and cursor pagination', () => {
	it('follows next links until null, staying on the API root', async () => {
		const pager = nextLinkPages({
			records: (body) => (body as IDataObject).data,
			nextLink: (body) => ((body as IDataObject).links as IDataObject).next,
		});
		let client = fakeClient(testProfile, new FakeTransport(() => ok({})));
		const next = `${client.baseUrl}/things?page=2`;
		const transport = new FakeTransport((request) =>
			ok({
				data: records(request.url === next ? 10 : 0, 10),
				links: { next: request.url === next ? null : next },
			}),
		);
		client = { ...client, transport };
		const out = await list(client, spec, pager, { returnAll: true });
		expect(out.map((r) => r.id)).toEqual(records(0, 20).map((r) => r.id));
		expect(transport.sent.map((r) => r.url)).toEqual([`${client.baseUrl}/things`, next]);
	});

	it('refuses a next link to another host, so the key is never sent there', async () => {
		const transport = new FakeTransport(() =>
			ok({ data: records(0, 1), links: { next: 'https://evil.example/steal' } }),
		);
		const pager = nextLinkPages({
			records: (body) => (body as IDataObject).data,
			nextLink: (body) => ((body as IDataObject).links as IDataObject).next,
		});
		await expect(
			list(fakeClient(testProfile, transport), spec, pager, { returnAll: true }),
		).rejects.toThrow(/outside its API/);
		expect(transport.sent).toHaveLength(1);
	});

	it('sends the cursor back until the vendor gives none', async () => {
		const transport = new FakeTransport((request) => {
			const cursor = Number(request.qs?.cursor ?? 0);
			return ok({ items: records(cursor, 5), next_cursor: cursor < 10 ? cursor + 5 : null });
		});
		const pager = cursorPages({
			cursorParam: 'cursor',
			records: (body) => (body as IDataObject).items,
			nextCursor: (body) => (body as IDataObject).next_cursor,
		});
		const out = await list(fakeClient(testProfile, transport), spec, pager, { returnAll: true });
		expect(out).toHaveLength(15);
		expect(transport.sent.map((r) => r.qs?.cursor)).toEqual([undefined, 5, 10]);
	});

	it('reads rel="next" among several Link header entries', () => {
		expect(
			nextFromLinkHeader(
				'<https://a.test/x?page=1>; rel="prev", <https://a.test/x?page=3>; rel="next"',
			),
		).toBe('https://a.test/x?page=3');
		expect(nextFromLinkHeader('<https://a.test/x?page=1>; rel="last"')).toBeUndefined();
		expect(nextFromLinkHeader(undefined)).toBeUndefined();
	});

	it('walks Link headers to the end', async () => {
		let client = fakeClient(testProfile, new FakeTransport(() => ok([])));
		const second = `${client.baseUrl}/things?page=2`;
		const transport = new FakeTransport((request) =>
			ok(
				records(request.url === second ? 3 : 0, 3),
				request.url === second ? {} : { link: `<${second}>; rel="next"` },
			),
		);
		client = { ...client, transport };
		const out = await list(client, spec, linkHeaderPages({ records: (body) => body }), {
			returnAll: true,
		});
		expect(out.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(transport.sent).toHaveLength(2);
	});
});
