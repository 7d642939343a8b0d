import { SEED_ORDERS, SEED_PRODUCTS } from '../../sandbox/picqer';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { picqer } from './helpers';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(() => sandbox.close());

async function pageSizes(path: string): Promise<{ sizes: number[]; ids: number[] }> {
	const call = picqer(sandbox);
	const sizes: number[] = [];
	const ids: number[] = [];
	for (let offset = 0; ; offset += 100) {
		const separator = path.includes('?') ? '&' : '?';
		const reply = await call('GET', `${path}${separator}offset=${offset}`);
		expect(reply.status).toBe(200);
		expect(Array.isArray(reply.json)).toBe(true);
		sizes.push(reply.json.length);
		ids.push(
			...reply.json.map(
				(row: { idorder?: number; idproduct?: number }) => row.idorder ?? row.idproduct,
			),
		);
		if (reply.json.length < 100) return { sizes, ids };
	}
}

describe('Picqer paging', () => {
	it('serves exactly 2,000 orders: 20 full pages, then an empty page', async () => {
		expect(SEED_ORDERS).toBe(2000);
		const { sizes, ids } = await pageSizes('/orders');
		expect(sizes).toEqual([...Array(20).fill(100), 0]);
		expect(new Set(ids).size).toBe(2000);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
	});

	it('answers [] at offset 2000 on orders', async () => {
		const reply = await picqer(sandbox)('GET', '/orders?offset=2000');
		expect(reply.status).toBe(200);
		expect(reply.json).toEqual([]);
	});

	it('ends the product list with a short page', async () => {
		const { sizes } = await pageSizes('/products');
		expect(sizes).toHaveLength(Math.ceil(SEED_PRODUCTS / 100));
		expect(sizes[sizes.length - 1]).toBe(SEED_PRODUCTS % 100);
	});

	it('applies filters before paging', async () => {
		const all = sandbox.picqer.data().orders.rows.filter((o) => o.status === 'completed');
		const { sizes, ids } = await pageSizes('/orders?status=completed');
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(all.length);
		expect(ids).toEqual(all.map((o) => o.idorder));
	});

	it('filters orders by sinceid, beforeid and date', async () => {
		const call = picqer(sandbox);
		const since = await call('GET', '/orders?sinceid=101990');
		expect(since.json.map((o: { idorder: number }) => o.idorder)).toEqual(
			Array.from({ length: 10 }, (_, i) => 101991 + i),
		);
		const before = await call('GET', '/orders?beforeid=100004');
		expect(before.json).toHaveLength(3);
		const first = sandbox.picqer.data().orders.rows[0];
		const byDate = await call('GET', `/orders?untildate=${encodeURIComponent(first.updated)}`);
		expect(byDate.json.every((o: { updated: string }) => o.updated <= first.updated)).toBe(true);
	});

	it('serves the same data for the same seed', async () => {
		const other = await startSandbox({ rateLimits: false });
		try {
			const mine = await picqer(sandbox)('GET', '/products?offset=500');
			const theirs = await picqer(other)('GET', '/products?offset=500');
			expect(theirs.json).toEqual(mine.json);
		} finally {
			await other.close();
		}
	});

	it('has more than one page of stock history, picklists and customers', async () => {
		const data = sandbox.picqer.data();
		expect(data.stockhistory.size).toBeGreaterThan(100);
		expect(data.picklists.size).toBe(300);
		expect(data.customers.size).toBe(250);
		expect(data.warehouses.size).toBe(3);
		expect(data.tags.size).toBeGreaterThanOrEqual(20);
	});
});
