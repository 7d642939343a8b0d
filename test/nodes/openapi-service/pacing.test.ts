import { startSandbox } from '../../../sandbox/server';
import type { Sandbox } from '../../../sandbox/server';
import { mapped, runService } from './helpers';

let sandbox: Sandbox;

// The seed's headers only: X-RateLimit-Limit / -Remaining / -Reset and a 429 when spent.
beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: true, timeScale: 1 });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const received = () => sandbox.received.filter({ vendor: 'openapi-service' });
const listAll = (extra: Record<string, unknown> = {}) =>
	runService(sandbox, {
		resource: 'Customers',
		operation: 'GET /customers#list',
		apiVersion: 'v2',
		returnAll: true,
		parameters: mapped({}),
		...extra,
	});

describe('pacing from the rate-limit headers', () => {
	it('keeps a Return All under a budget of 3 a second with no 429, waiting for each reset', async () => {
		sandbox.openApiService.setRateLimit(3, 1000);
		const started = Date.now();
		const out = await listAll();
		expect(out).toHaveLength(sandbox.openApiService.data().customers.length);
		const requests = received();
		// Five pages (230 customers, 50 a page), the spec fetched once at most.
		expect(requests.filter((r) => r.path === '/v2/customers')).toHaveLength(5);
		expect(requests.filter((r) => r.status === 429 || r.rateLimited)).toHaveLength(0);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
	}, 20_000);

	it('reads a reset given as an epoch second the same way', async () => {
		sandbox.openApiService.setRateLimit(2, 1000);
		sandbox.openApiService.setResetStyle('epoch');
		const out = await listAll({ returnAll: false, limit: 150 });
		expect(out).toHaveLength(150);
		expect(received().filter((r) => r.status === 429 || r.rateLimited)).toHaveLength(0);
	}, 20_000);

	it('after a 429 waits the X-RateLimit-Reset it names, then sends the create again, stored once', async () => {
		sandbox.faults.add({
			vendor: 'openapi-service',
			method: 'POST',
			path: '/v1/customers',
			kind: 'status',
			status: 429,
			headers: {
				'X-RateLimit-Limit': '100',
				'X-RateLimit-Remaining': '0',
				'X-RateLimit-Reset': '1',
			},
			body: { code: 'rate_limited', message: 'Rate limit exceeded' },
		});
		const out = await runService(sandbox, {
			resource: 'Customers',
			operation: 'POST /customers',
			parameters: mapped({ name: 'Paced Once', email: 'paced@example.com' }),
		});
		expect(out[0].json.name).toBe('Paced Once');
		const posts = sandbox.received.filter({ vendor: 'openapi-service', method: 'POST' });
		expect(posts.map((r) => r.status)).toEqual([429, 201]);
		expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(950);
		expect(
			sandbox.openApiService.data().customers.filter((c) => c.email === 'paced@example.com'),
		).toHaveLength(1);
	}, 20_000);
});
