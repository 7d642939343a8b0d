import { precoroProfile } from '../../../nodes/Precoro/PrecoroProfile';
import { PRECORO_FIRST_APPROVER, PRECORO_SECOND_APPROVER } from '../../../sandbox/precoro';
import type { Sandbox } from '../../../sandbox/server';
import { failure } from '../../helpers/failure';
import { useSandbox } from '../../helpers/useSandbox';
import { TIME_SCALE, runPrecoro } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started), { timeScale: TIME_SCALE });

const received = () => sandbox.received.filter({ vendor: 'precoro' });
const limited = () => received().filter((r) => r.status === 429);
const SECOND = 1000 * TIME_SCALE;
const MINUTE = 60_000 * TIME_SCALE;

// The two daily-limit tests close their accounts for a (scaled) day, so each uses a user no
// other test here does.
describe('Precoro limits in the node', () => {
	it('keeps every window at once across concurrent executions: no 429 at all', async () => {
		// A per-minute limit low enough to bind within the test, the same for both sides.
		sandbox.precoro.setLimits({ perMinute: 4 });
		const profile = {
			...precoroProfile,
			rateLimit: {
				...precoroProfile.rateLimit,
				windows: precoroProfile.rateLimit.windows.map((w) =>
					w.intervalMs === 60_000 ? { ...w, limit: 4 } : w,
				),
			},
		};
		const lists = ['unit', 'tax', 'paymentTerm', 'warehouse', 'legalEntity', 'itemGroup'];
		const outs = await Promise.all(
			lists.map((resource) =>
				runPrecoro(sandbox, { resource, operation: 'getAll', limit: 5 }, { profile }),
			),
		);
		expect(outs.every((out) => out.length > 0)).toBe(true);
		expect(limited().map((r) => [r.path, r.at - received()[0].at])).toEqual([]);
		const at = received()
			.map((r) => r.at)
			.sort((a, b) => a - b);
		expect(at).toHaveLength(6);
		for (let i = 1; i < at.length; i++)
			expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(SECOND - 2);
		// The fifth request waited for the first to leave the minute.
		expect(at[4] - at[0]).toBeGreaterThanOrEqual(MINUTE - 5);
	});

	it('never repeats an identical GET within the minute, not even to retry an error', async () => {
		sandbox.faults.add({
			vendor: 'precoro',
			method: 'GET',
			path: '/purchaseorders/5',
			kind: 'status',
			status: 500,
		});
		const [out] = await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'get',
			idn: '5',
		});
		expect(out.json.idn).toBe(5);
		const [first, retry] = received();
		expect([first.status, retry.status]).toEqual([500, 200]);
		expect(retry.at - first.at).toBeGreaterThanOrEqual(MINUTE);
		expect(limited()).toEqual([]);
	});

	it('waits for the retry time of a 429 that names its limit, then goes on', async () => {
		sandbox.faults.add({ vendor: 'precoro', path: '/units', kind: 'rateLimit' });
		const out = await runPrecoro(sandbox, { resource: 'unit', operation: 'getAll', limit: 3 });
		expect(out).toHaveLength(3);
		const [refused, accepted] = received();
		expect(refused.status).toBe(429);
		expect(accepted.status).toBe(200);
		// Not before RateLimit-Retry-After, which Precoro writes to the second.
		expect(accepted.at).toBeGreaterThanOrEqual(Math.ceil((refused.at + SECOND) / 1000) * 1000 - 5);
	});

	it('fails at once when the node’s own daily budget is spent, without sleeping for it', async () => {
		const profile = {
			...precoroProfile,
			rateLimit: {
				...precoroProfile.rateLimit,
				windows: [
					...precoroProfile.rateLimit.windows.slice(0, 3),
					{ limit: 2, intervalMs: 86_400_000, name: 'per day' },
				],
			},
		};
		const started = Date.now();
		const error = await failure(
			runPrecoro(sandbox, (i) => ({ resource: 'unit', operation: 'get', id: String(i + 1) }), {
				profile,
				user: PRECORO_FIRST_APPROVER,
				items: [{ json: {} }, { json: {} }, { json: {} }],
			}),
		);
		expect(error.message).toBe('Precoro limit reached: 2 requests per day');
		expect(error.description).toMatch(/the next one fits at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
		expect(error.context.itemIndex).toBe(2);
		expect(received()).toHaveLength(2);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('fails at once on Precoro’s daily limit, names it and its reset, and sends nothing more', async () => {
		sandbox.precoro.setLimits({ perDay: 2 });
		const user = PRECORO_SECOND_APPROVER;
		const error = await failure(
			runPrecoro(sandbox, (i) => ({ resource: 'tax', operation: 'get', id: String(i + 1) }), {
				user,
				items: [{ json: {} }, { json: {} }, { json: {} }],
			}),
		);
		expect(error.message).toBe('Precoro limit reached: Daily limiter');
		expect(error.description).toMatch(
			/takes requests from this account again at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/,
		);
		expect(error.httpCode).toBe('429');
		expect(received().map((r) => r.status)).toEqual([200, 200, 429]);
		// Another execution on the account fails the same way without reaching Precoro.
		const again = await failure(
			runPrecoro(sandbox, { resource: 'tax', operation: 'getAll', limit: 1 }, { user }),
		);
		expect(again.message).toBe('Precoro limit reached: Daily limiter');
		expect(received()).toHaveLength(3);
	});
});
