import { RETAILCRM_SITE_MAIN } from '../../../sandbox/retailcrm/keys';
import { startSandbox } from '../../../sandbox/server';
import type { Sandbox } from '../../../sandbox/server';
import { retailCrmCredentials, runRetailCrm } from './helpers';

let sandbox: Sandbox;

// RetailCRM's real limit and window: 10 requests per second per IP, answered with 503.
beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: true, timeScale: 1 });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const received = () => sandbox.received.filter({ vendor: 'retailcrm' });

describe('RetailCRM pacing', () => {
	it('keeps concurrent executions under 10 requests per second: no 503 at all', async () => {
		const runs = Array.from({ length: 3 }, () =>
			runRetailCrm(sandbox, { resource: 'order', operation: 'getAll', returnAll: true }),
		);
		const outs = await Promise.all(runs);
		expect(outs.map((out) => out.length)).toEqual([1200, 1200, 1200]);
		const requests = received();
		expect(requests).toHaveLength(36);
		expect(requests.filter((r) => r.status === 503 || r.rateLimited)).toHaveLength(0);
		const at = requests.map((r) => r.at).sort((a, b) => a - b);
		for (let i = 10; i < at.length; i++) expect(at[i] - at[i - 10]).toBeGreaterThanOrEqual(1000);
	}, 30_000);

	it('treats a 503 as "slow down": a create is sent again and stored once', async () => {
		sandbox.faults.add({
			vendor: 'retailcrm',
			method: 'POST',
			path: '/api/v5/orders/create',
			kind: 'rateLimit',
		});
		const out = await runRetailCrm(
			sandbox,
			{
				resource: 'order',
				operation: 'create',
				useJsonBody: true,
				jsonBody: JSON.stringify({
					externalId: 'PACED-1',
					items: [{ offer: { id: 5001 }, quantity: 1 }],
				}),
			},
			{ credentials: retailCrmCredentials(sandbox, { site: RETAILCRM_SITE_MAIN }) },
		);
		expect(out[0].json.externalId).toBe('PACED-1');
		const posts = sandbox.received.filter({ vendor: 'retailcrm', method: 'POST' });
		expect(posts.map((r) => r.status)).toEqual([503, 201]);
		const stored = sandbox.retailcrm.data().orders.rows.filter((o) => o.externalId === 'PACED-1');
		expect(stored).toHaveLength(1);
	}, 30_000);
});
