import { Pacer } from '../../nodes/shared/pacer';
import { send } from '../../nodes/shared/request';
import { clientFor } from '../../nodes/shared/client';
import { burst, fakeClock } from '../helpers/fakeClock';
import { FakeTransport, ok, testNode, testProfile } from '../helpers/fakeTransport';

const MARGIN = 5; // the pacer's allowance for timer granularity

/** One request after another, each answered after its round trip; their send times. */
async function sequential(pacer: Pacer, clock: ReturnType<typeof fakeClock>, trips: number[]) {
	const sends: number[] = [];
	for (const trip of trips) {
		const at = await pacer.acquire(clock);
		sends.push(at);
		clock.t = at + trip;
		pacer.settle(at, clock.t);
	}
	return sends;
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

describe('Pacer', () => {
	it('lets a full window through at once, then one request per freed slot', async () => {
		const pacer = new Pacer([{ limit: 500, intervalMs: 60_000 }]);
		const times = await burst(pacer, fakeClock(), 1001);
		expect(times.slice(0, 500).every((t) => t === 0)).toBe(true);
		expect(times[500]).toBe(60_000 + MARGIN);
		expect(times[999]).toBe(60_000 + MARGIN);
		expect(times[1000]).toBe(2 * (60_000 + MARGIN));
	});

	it('keeps every window of a vendor with several limits', async () => {
		const pacer = new Pacer([
			{ limit: 5, intervalMs: 1000 },
			{ limit: 12, intervalMs: 60_000 },
		]);
		const times = await burst(pacer, fakeClock(), 13);
		expect(times.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
		expect(times[5]).toBe(1005);
		expect(times[10]).toBe(2010);
		expect(times[12]).toBe(60_000 + MARGIN);
	});

	it('counts a request from when its attempt ended, so slow arrivals never open a window early', async () => {
		const pacer = new Pacer([{ limit: 2, intervalMs: 1000 }]);
		const clock = fakeClock();
		const [first, second] = await burst(pacer, clock, 2);
		// The vendor may have counted them as late as their answers: 300 and 400 ms on.
		pacer.settle(first, 300);
		pacer.settle(second, 400);
		clock.t = 500;
		expect(await burst(pacer, clock, 2)).toEqual([300 + 1005, 400 + 1005]);
	});

	it('loses no round trip per window once answers take as long as each other', async () => {
		const pacer = new Pacer([{ limit: 1, intervalMs: 1000 }]);
		const clock = fakeClock();
		const sends = await sequential(pacer, clock, [150, 150, 150, 150, 150, 150, 150, 150]);
		// Each counts from its answer until five round trips show they are steady: then from the
		// answer less those 150 ms, which is when it went.
		expect(gaps(sends)).toEqual([1155, 1155, 1155, 1155, 1005, 1005, 1005]);
	});

	it('keeps counting from the answer while round trips vary as much as they last', async () => {
		const pacer = new Pacer([{ limit: 1, intervalMs: 1000 }]);
		const clock = fakeClock();
		const trips = [40, 200, 40, 200, 40, 200, 40, 200];
		const sends = await sequential(pacer, clock, trips);
		expect(gaps(sends)).toEqual(trips.slice(0, -1).map((trip) => trip + 1005));
	});

	it('decides the slot of a waiting request when it comes, after answers that arrived meanwhile', async () => {
		const pacer = new Pacer([{ limit: 1, intervalMs: 1000 }]);
		const clock = fakeClock();
		const first = await pacer.acquire(clock);
		// The first answer comes back during the second request's wait, later than assumed.
		const sleep = clock.sleep;
		clock.sleep = async (ms) => {
			pacer.settle(first, 400);
			clock.sleep = sleep;
			await sleep(ms);
		};
		expect(await pacer.acquire(clock)).toBe(400 + 1005);
	});

	it('counts a request still in flight as arriving one recent round trip after it was sent', async () => {
		const pacer = new Pacer([{ limit: 2, intervalMs: 1000 }]);
		const clock = fakeClock();
		pacer.settle(await pacer.acquire(clock), 80);
		clock.t = 80;
		pacer.settle(await pacer.acquire(clock), 100);
		// Round trips so far: 80 and 20 ms. The next two go at 1085 and 1105 and are still out
		// when the fifth asks, so they count from 1085 + 80 and 1105 + 80.
		clock.t = 100;
		expect(await burst(pacer, clock, 3)).toEqual([80 + 1005, 100 + 1005, 1085 + 80 + 1005]);
	});

	it('counts what other clients spent, learnt from the remaining budget', async () => {
		const pacer = new Pacer([{ limit: 100, intervalMs: 60_000 }]);
		const clock = fakeClock();
		await pacer.acquire(clock);
		clock.t = 10;
		// The vendor says 90 are used, of which only one was ours: 10 are left, less than the
		// quarter of the window this process keeps however much others take.
		pacer.observe(10, { limit: 100, remaining: 10 });
		const times = await burst(pacer, clock, 11);
		expect(times.slice(0, 10).every((t) => t === 10)).toBe(true);
		expect(times[10]).toBeGreaterThan(10);
	});

	it('follows a lowered limit from the vendor', async () => {
		const pacer = new Pacer([{ limit: 500, intervalMs: 60_000 }]);
		pacer.observe(0, { limit: 3, remaining: 3 });
		expect(await burst(pacer, fakeClock(), 4)).toEqual([0, 0, 0, 60_000 + MARGIN]);
	});

	it('holds every request of the account while blocked', async () => {
		const pacer = new Pacer([{ limit: 500, intervalMs: 60_000 }]);
		pacer.blockUntil(5000);
		expect(await pacer.acquire(fakeClock())).toBe(5000);
	});

	it('is shared by every client of the same account, so concurrent runs split one budget', async () => {
		const profile = {
			...testProfile,
			rateLimit: { ...testProfile.rateLimit, windows: [{ limit: 4, intervalMs: 1000 }] },
		};
		const transport = new FakeTransport(() => ok([]));
		const root = 'https://api.example.test/v1/shared-account';
		const runA = clientFor(profile, transport, testNode, root, ['key-one']);
		const runB = clientFor(profile, transport, testNode, root, ['key-one']);
		const otherAccount = clientFor(profile, transport, testNode, root, ['key-two']);
		expect(runA.pacer).toBe(runB.pacer);
		expect(otherAccount.pacer).not.toBe(runA.pacer);
		const clock = fakeClock();
		const times = await Promise.all(
			[1, 2, 3, 4, 5, 6].map(async (n) => await (n % 2 ? runA : runB).pacer.acquire(clock)),
		);
		expect(times).toEqual([0, 0, 0, 0, 1005, 1005]);
		await send(runA, { method: 'GET', path: '/x' });
		expect(transport.sent).toHaveLength(1);
	});

	it('shares one budget between keys when the vendor limits per calling host', () => {
		const perHost = {
			...testProfile,
			rateLimit: { ...testProfile.rateLimit, scope: 'host' as const },
		};
		const transport = new FakeTransport(() => ok([]));
		const a = clientFor(perHost, transport, testNode, 'https://shop.example.test/api/v5', [
			'key-a',
		]);
		const b = clientFor(perHost, transport, testNode, 'https://shop.example.test/api/v5', [
			'key-b',
		]);
		const elsewhere = clientFor(perHost, transport, testNode, 'https://other.example.test/api/v5', [
			'key-a',
		]);
		expect(a.pacer).toBe(b.pacer);
		expect(elsewhere.pacer).not.toBe(a.pacer);
	});
});
