import type { IDataObject } from 'n8n-workflow';

import { pelcroProfile } from '../../../nodes/Pelcro/PelcroProfile';
import * as resources from '../../../nodes/Pelcro/resources';
import { runOperations } from '../../../nodes/shared/executor';
import { composeResources } from '../../../nodes/shared/operations';
import type { VendorProfile } from '../../../nodes/shared/types';
import { startSandbox } from '../../../sandbox/server';
import type { Sandbox } from '../../../sandbox/server';
import { executeContext } from '../../helpers/n8nContext';
import { locator, pelcroOptions, pelcroRequests } from './helpers';

// Pelcro's 120 requests a minute, with the minute shrunk to one second on both sides.
const SCALE = 1 / 60;
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: true, timeScale: SCALE });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const { properties, operations } = composeResources(Object.values(resources), 'customer');
const scaled: VendorProfile = {
	...pelcroProfile,
	rateLimit: {
		...pelcroProfile.rateLimit,
		windows: pelcroProfile.rateLimit.windows.map((w) => ({
			...w,
			intervalMs: w.intervalMs * SCALE,
		})),
	},
};

async function run(parameters: (itemIndex: number) => IDataObject, items: number) {
	const ctx = executeContext({
		...pelcroOptions(sandbox, parameters as never),
		items: Array.from({ length: items }, () => ({ json: {} })),
	});
	const [out] = await runOperations(ctx, scaled, operations, properties);
	return out;
}

describe('Pelcro pacing', () => {
	it('keeps 150 requests under 120 a window with no 429 at all', async () => {
		const ids = sandbox.pelcro
			.data()
			.customers.all()
			.map((c) => c.id);
		const out = await run(
			(i) => ({ resource: 'customer', operation: 'get', customerId: locator(ids[i]) }),
			150,
		);
		expect(out.map((item) => item.json.id)).toEqual(ids.slice(0, 150));
		const requests = pelcroRequests(sandbox);
		expect(requests).toHaveLength(150);
		expect(requests.filter((r) => r.status === 429 || r.rateLimited)).toHaveLength(0);
		const at = requests.map((r) => r.at).sort((a, b) => a - b);
		for (let i = 120; i < at.length; i++) expect(at[i] - at[i - 120]).toBeGreaterThanOrEqual(1000);
	}, 30_000);

	it('sends a create again after a 429 (Pelcro ignored it) and stores it once', async () => {
		sandbox.faults.add({ vendor: 'pelcro', method: 'POST', path: '/customers', kind: 'rateLimit' });
		const [created] = await run(
			() => ({ resource: 'customer', operation: 'create', email: 'paced@example.com' }),
			1,
		);
		expect(created.json.email).toBe('paced@example.com');
		expect(pelcroRequests(sandbox, '/customers').map((r) => r.status)).toEqual([429, 201]);
		const stored = sandbox.pelcro
			.data()
			.customers.all()
			.filter((c) => c.email === 'paced@example.com');
		expect(stored).toHaveLength(1);
	}, 30_000);

	it('never resends a create after a 500, but retries a read', async () => {
		sandbox.faults.add({
			vendor: 'pelcro',
			method: 'POST',
			path: '/customers',
			kind: 'status',
			status: 500,
		});
		await expect(
			run(() => ({ resource: 'customer', operation: 'create', email: 'once@example.com' }), 1),
		).rejects.toThrow('Pelcro');
		expect(pelcroRequests(sandbox, '/customers').filter((r) => r.method === 'POST')).toHaveLength(
			1,
		);
		sandbox.received.clear();
		sandbox.faults.add({
			vendor: 'pelcro',
			method: 'GET',
			path: '/plans',
			kind: 'status',
			status: 502,
		});
		const plans = await run(() => ({ resource: 'plan', operation: 'getAll', limit: 5 }), 1);
		expect(plans).toHaveLength(5);
		expect(pelcroRequests(sandbox, '/plans').map((r) => r.status)).toEqual([502, 200]);
	}, 30_000);
});
