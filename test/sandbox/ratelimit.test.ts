import { startSandbox, type Sandbox } from '../../sandbox/server';
import { picqer, type Reply } from './helpers';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ timeScale: 1 / 10 });
});
afterAll(() => sandbox.close());
beforeEach(() => {
	sandbox.reset();
	sandbox.picqer.setRateLimit(undefined);
});

async function burst(count: number, concurrency = 25): Promise<Reply[]> {
	const call = picqer(sandbox);
	const replies: Reply[] = [];
	for (let sent = 0; sent < count; sent += concurrency) {
		const batch = Array.from({ length: Math.min(concurrency, count - sent) }, () =>
			call('GET', '/users/me'),
		);
		replies.push(...(await Promise.all(batch)));
	}
	return replies;
}

describe('Picqer rate limit', () => {
	it('allows 500 requests in a (scaled) minute and answers the 501st with 429 and error_code 28', async () => {
		const replies = await burst(501);
		const limited = replies.filter((r) => r.status === 429);
		expect(replies.filter((r) => r.status === 200)).toHaveLength(500);
		expect(limited).toHaveLength(1);
		expect(limited[0].json).toEqual({
			error: true,
			error_code: 28,
			error_message: expect.any(String),
		});
		expect(limited[0].headers.get('x-ratelimit-remaining')).toBe('0');
		expect(replies[0].headers.get('x-ratelimit-limit')).toBe('500');
		const remaining = replies.map((r) => Number(r.headers.get('x-ratelimit-remaining')));
		expect(Math.min(...remaining)).toBe(0);
		expect(Math.max(...remaining)).toBe(499);
	});

	it('ignores a limited request: no side effect, logged as rateLimited', async () => {
		sandbox.picqer.setRateLimit(2);
		const call = picqer(sandbox);
		const before = sandbox.picqer.data().customers.size;
		expect((await call('GET', '/users/me')).status).toBe(200);
		expect((await call('GET', '/users/me')).status).toBe(200);
		const refused = await call('POST', '/customers', { name: 'Should Not Exist' });
		expect(refused.status).toBe(429);
		expect(refused.json.error_code).toBe(28);
		expect(sandbox.picqer.data().customers.size).toBe(before);
		const logged = sandbox.received.filter({ method: 'POST', path: '/customers' });
		expect(logged).toHaveLength(1);
		expect(logged[0].rateLimited).toBe(true);
	});

	it('frees budget once the scaled window has passed', async () => {
		sandbox.picqer.setRateLimit(1);
		sandbox.setTimeScale(1 / 300); // a minute lasts 200 ms
		sandbox.picqer.data(); // seeded now, so seeding does not eat into the 200 ms window
		const call = picqer(sandbox);
		expect((await call('GET', '/users/me')).status).toBe(200);
		expect((await call('GET', '/users/me')).status).toBe(429);
		await new Promise((resolve) => setTimeout(resolve, 250));
		expect((await call('GET', '/users/me')).status).toBe(200);
		sandbox.setTimeScale(1 / 10);
	});

	it('keeps a separate budget for the second account', async () => {
		sandbox.picqer.setRateLimit(1);
		expect((await picqer(sandbox)('GET', '/users/me')).status).toBe(200);
		expect((await picqer(sandbox)('GET', '/users/me')).status).toBe(429);
		expect((await picqer(sandbox, sandbox.picqer.secondKey)('GET', '/users/me')).status).toBe(200);
	});

	it('can be switched off', async () => {
		sandbox.picqer.setRateLimit(1);
		sandbox.setRateLimits(false);
		try {
			const replies = await burst(5);
			expect(replies.every((r) => r.status === 200)).toBe(true);
			expect(replies[4].headers.get('x-ratelimit-remaining')).toBe('1');
		} finally {
			sandbox.setRateLimits(true);
		}
	});
});
