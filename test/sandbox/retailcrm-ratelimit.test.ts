import { RETAILCRM_RATE_LIMIT_PER_SECOND, RETAILCRM_SITE_MAIN } from '../../sandbox/retailcrm';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import type { Reply } from './helpers';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;

// A "second" lasts 3 s, so a burst always lands inside one window.
beforeAll(async () => {
	sandbox = await startSandbox({ timeScale: 3 });
});
afterAll(() => sandbox.close());
beforeEach(() => {
	sandbox.reset();
	sandbox.setTimeScale(3);
	sandbox.retailcrm.data(); // seeded now, not inside a timed burst
});

const burst = (count: number): Promise<Reply[]> =>
	Promise.all(Array.from({ length: count }, () => retailcrm(sandbox).get('/api/credentials')));

describe('RetailCRM rate limit', () => {
	it('answers the 11th request in a second with nginx’s HTML 503, not 429', async () => {
		const replies = await burst(RETAILCRM_RATE_LIMIT_PER_SECOND + 1);
		expect(replies.filter((r) => r.status === 200)).toHaveLength(RETAILCRM_RATE_LIMIT_PER_SECOND);
		const limited = replies.filter((r) => r.status === 503);
		expect(limited).toHaveLength(1);
		expect(limited[0].headers.get('content-type')).toMatch(/text\/html/);
		expect(limited[0].text).toContain('503 Service Temporarily Unavailable');
		expect(limited[0].text).toContain('nginx');
		expect(sandbox.received.count({ vendor: 'retailcrm', rateLimited: true })).toBe(1);
	});

	it('counts per IP, whatever the key', async () => {
		await burst(RETAILCRM_RATE_LIMIT_PER_SECOND);
		const other = await retailcrm(sandbox, sandbox.retailcrm.singleSiteKey).get('/api/credentials');
		expect(other.status).toBe(503);
	});

	it('ignores a limited POST', async () => {
		await burst(RETAILCRM_RATE_LIMIT_PER_SECOND);
		const before = sandbox.retailcrm.data().orders.size;
		const reply = await retailcrm(sandbox).post('/api/v5/orders/create', {
			site: RETAILCRM_SITE_MAIN,
			order: { firstName: 'Ignored' },
		});
		expect(reply.status).toBe(503);
		expect(sandbox.retailcrm.data().orders.size).toBe(before);
	});

	it('frees budget once the scaled second has passed', async () => {
		sandbox.setTimeScale(0.2); // a second lasts 200 ms
		await burst(RETAILCRM_RATE_LIMIT_PER_SECOND);
		expect((await retailcrm(sandbox).get('/api/credentials')).status).toBe(503);
		await new Promise((resolve) => setTimeout(resolve, 250));
		expect((await retailcrm(sandbox).get('/api/credentials')).status).toBe(200);
	});

	it('can be switched off', async () => {
		sandbox.setRateLimits(false);
		try {
			const replies = await burst(RETAILCRM_RATE_LIMIT_PER_SECOND * 2);
			expect(replies.every((r) => r.status === 200)).toBe(true);
		} finally {
			sandbox.setRateLimits(true);
		}
	});

	it('sends the same 503 for an injected rateLimit fault', async () => {
		sandbox.faults.add({ vendor: 'retailcrm', kind: 'rateLimit' });
		const reply = await retailcrm(sandbox).get('/api/credentials');
		expect(reply.status).toBe(503);
		expect(reply.text).toContain('Service Temporarily Unavailable');
	});
});
