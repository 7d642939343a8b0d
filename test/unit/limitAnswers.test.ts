import { Pacer, PacerRefusal } from '../../nodes/shared/pacer';
import { send } from '../../nodes/shared/request';
import type { VendorProfile } from '../../nodes/shared/types';
import { utcTimestampMs } from '../../nodes/shared/waits';
import { failure } from '../helpers/failure';
import { VirtualClock } from '../helpers/virtualTime';
import type { Reply } from '../helpers/fakeTransport';
import { FakeTransport, fakeClient, ok, status, testProfile } from '../helpers/fakeTransport';

const MARGIN = 5;

function fakeClock(start = 0) {
	const clock = {
		t: start,
		now: () => clock.t,
		sleep: async (ms: number) => {
			clock.t += ms;
		},
	};
	return clock;
}

describe('Pacer: a request the vendor refuses to see twice', () => {
	it('holds an identical request until the repeat interval after the first one has passed', async () => {
		const pacer = new Pacer([], 60_000);
		const clock = fakeClock();
		const first = await pacer.acquire(clock, { repeatKey: 'GET /orders' });
		pacer.settle(first, 200);
		const other = await pacer.acquire(clock, { repeatKey: 'GET /orders?page=2' });
		const again = await pacer.acquire(clock, { repeatKey: 'GET /orders' });
		expect([first, other]).toEqual([0, 0]);
		// Counted from the first answer, which is the latest the vendor could have counted it.
		expect(again).toBe(200 + 60_000 + MARGIN);
	});

	it('keeps the interval for a retry of a failed request too', async () => {
		const pacer = new Pacer([{ limit: 1, intervalMs: 1000 }], 60_000);
		const clock = fakeClock();
		const first = await pacer.acquire(clock, { repeatKey: 'k' });
		pacer.settle(first, 50);
		expect(await pacer.acquire(clock, { repeatKey: 'k' })).toBe(60_055);
	});
});

describe('Pacer: a request waiting out the repeat interval', () => {
	it('holds up none of the requests asked for after it', async () => {
		// Precoro's windows: one a second, and the same GET not again within a minute.
		const pacer = new Pacer([{ limit: 1, intervalMs: 1000 }], 60_000);
		const clock = new VirtualClock();
		const first = await clock.run(pacer.acquire(clock, { repeatKey: 'GET /orders' }));
		pacer.settle(first, 100);
		const sent = await clock.run(
			Promise.all([
				pacer.acquire(clock, { repeatKey: 'GET /orders' }),
				pacer.acquire(clock, { repeatKey: 'GET /orders?page=2' }),
				pacer.acquire(clock, { repeatKey: 'GET /invoices' }),
			]),
		);
		// The page-2 request goes when the one-a-second window frees; the next one a window after
		// it, counted from its likely answer a round trip on. Only the repeat waits a minute.
		expect(sent).toEqual([100 + 60_000 + MARGIN, 100 + 1000 + MARGIN, 1105 + 100 + 1000 + MARGIN]);
	});

	it('is refused at once when the interval ends after the longest wait', async () => {
		const pacer = new Pacer([], 60_000);
		const clock = new VirtualClock();
		const first = await clock.run(pacer.acquire(clock, { repeatKey: 'k' }));
		pacer.settle(first, 50);
		const refusal: unknown = await pacer
			.acquire(clock, { repeatKey: 'k', maxWaitMs: 30_000 })
			.catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(PacerRefusal);
		expect((refusal as PacerRefusal).until).toBe(60_055);
		expect(clock.t).toBe(0);
	});
});

describe('Pacer: a vendor that refuses requests sent while one is unanswered', () => {
	it('sends the next only after the answer, and then after the window counted from it', async () => {
		const pacer = new Pacer([{ limit: 1, intervalMs: 1000 }], 0, 1);
		const clock = fakeClock();
		const first = await pacer.acquire(clock);
		let second: number | undefined;
		const waiting = pacer.acquire(clock).then((at) => (second = at));
		// Far past the window, but the first request is still unanswered: nothing goes.
		clock.t = 5000;
		await new Promise((resolve) => setImmediate(resolve));
		expect(second).toBeUndefined();
		pacer.settle(first, 5000);
		await waiting;
		expect(second).toBe(5000 + 1000 + MARGIN);
	});
});

describe('Pacer: waits too long to make', () => {
	it('refuses a slot further away than the caller waits, naming the window that holds it', async () => {
		const day = { limit: 2, intervalMs: 86_400_000, name: 'per day' };
		const pacer = new Pacer([{ limit: 1, intervalMs: 1000 }, day]);
		const clock = fakeClock();
		await pacer.acquire(clock, { maxWaitMs: 120_000 });
		await pacer.acquire(clock, { maxWaitMs: 120_000 });
		const refusal = await pacer.acquire(clock, { maxWaitMs: 120_000 }).catch((e: unknown) => e);
		expect(refusal).toBeInstanceOf(PacerRefusal);
		expect((refusal as PacerRefusal).hold).toEqual({ kind: 'window', window: day });
		expect((refusal as PacerRefusal).until).toBe(86_400_000 + MARGIN);
		// Nothing slept for the day.
		expect(clock.t).toBeLessThan(2000);
	});

	it('refuses every request while a limit the vendor closed is shut, and lets them go after', async () => {
		const pacer = new Pacer([]);
		const clock = fakeClock();
		pacer.close(10_000, 'Daily limiter');
		await expect(pacer.acquire(clock)).rejects.toMatchObject({
			until: 10_000,
			hold: { kind: 'vendor', reason: 'Daily limiter' },
		});
		clock.t = 10_000;
		expect(await pacer.acquire(clock)).toBe(10_000);
	});
});

describe('utcTimestampMs', () => {
	it('reads the UTC times vendors write in bodies', () => {
		expect(utcTimestampMs('2025-12-16 09:00:49 UTC')).toBe(Date.UTC(2025, 11, 16, 9, 0, 49));
		expect(utcTimestampMs('2025-12-16T09:00:49Z')).toBe(Date.UTC(2025, 11, 16, 9, 0, 49));
		expect(utcTimestampMs('2025-12-16 09:00:49')).toBe(Date.UTC(2025, 11, 16, 9, 0, 49));
	});

	it('refuses anything that is not a UTC time', () => {
		for (const value of ['2025-12-16 09:00:49 +02:00', '2025-02-30 10:00:00 UTC', 'soon', 5, null])
			expect(utcTimestampMs(value)).toBeUndefined();
	});
});

/** A vendor whose 429 body names the limit hit and when it opens, like Precoro's. */
const namedLimits: VendorProfile = {
	...testProfile,
	rateLimit: {
		windows: [{ limit: 1000, intervalMs: 60_000 }],
		limitStatuses: [429],
		limitAnswer(body) {
			const answer = body as { limit?: string; retryAt?: string };
			return { window: answer.limit, retryAt: utcTimestampMs(answer.retryAt) };
		},
		failFast: (window) => window === 'Daily',
		repeat: { methods: ['GET'], intervalMs: 60_000 },
	},
};

const replies = (...list: Reply[]) =>
	new FakeTransport((_r, i) => list[Math.min(i, list.length - 1)]);
const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
const get = { method: 'GET' as const, path: '/orders' };

describe('send: limit answers that name the limit', () => {
	it('waits until the retry time the body gives, then sends again', async () => {
		const transport = replies(ok([]));
		const retryAt = transport.clock + 4000;
		const script = [status(429, { limit: 'Minute', retryAt: iso(retryAt) }), ok([])];
		const scripted = new FakeTransport((_r, i) => script[i]);
		scripted.clock = transport.clock;
		await send(fakeClient(namedLimits, scripted), { method: 'POST', path: '/orders' });
		expect(scripted.sent).toHaveLength(2);
		expect(scripted.sent[1].at).toBe(retryAt);
	});

	it('fails at once on a daily limit, names it and its reset, and sends nothing more', async () => {
		const transport = replies(status(429, { limit: 'Daily', retryAt: '2030-01-02 00:00:00 UTC' }));
		const client = fakeClient(namedLimits, transport);
		const error = await failure(send(client, get));
		expect(error.message).toBe('Vendor limit reached: Daily');
		expect(error.description).toContain('again at 2030-01-02 00:00:00 UTC');
		expect(error.httpCode).toBe('429');
		expect(transport.waits).toEqual([]);
		// The next request of the account fails the same way without reaching the vendor.
		const next = await failure(send(client, { method: 'POST', path: '/orders' }));
		expect(next.message).toBe('Vendor limit reached: Daily');
		expect(transport.sent).toHaveLength(1);
	});

	it('names the limit when its retry time is further away than the node waits', async () => {
		const transport = replies(ok([]));
		const script = [status(429, { limit: 'Hourly', retryAt: iso(transport.clock + 3_600_000) })];
		const scripted = new FakeTransport(() => script[0]);
		scripted.clock = transport.clock;
		const client = fakeClient(namedLimits, scripted);
		const error = await failure(send(client, get));
		expect(error.message).toBe('Vendor asks to wait 3600 s before the next request (Hourly)');
		await failure(send(client, { method: 'POST', path: '/x' }));
		expect(scripted.sent).toHaveLength(1);
	});

	it('never repeats an identical GET within the interval, a retry after an error included', async () => {
		const transport = replies(status(500, { message: 'boom' }), ok([]), ok([]));
		const client = fakeClient(namedLimits, transport);
		await send(client, get);
		await send(client, { ...get, qs: { page: 2 } });
		await send(client, get);
		const at = transport.sent.map((r) => r.at - transport.sent[0].at);
		expect(transport.sent.map((r) => r.qs)).toEqual([undefined, undefined, { page: 2 }, undefined]);
		expect(at[1]).toBeGreaterThan(60_000);
		expect(at[3] - at[1]).toBeGreaterThan(60_000);
	});

	it('treats two queries with the same values in another key order as the same request', async () => {
		const transport = replies(ok([]));
		const client = fakeClient(namedLimits, transport);
		await send(client, { ...get, qs: { a: 1, b: [1, 2] } });
		await send(client, { ...get, qs: { b: [1, 2], a: 1 } });
		expect(transport.sent[1].at - transport.sent[0].at).toBeGreaterThan(60_000);
	});
});
