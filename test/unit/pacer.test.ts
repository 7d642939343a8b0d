import { Pacer } from '../../nodes/shared/pacer';
import { send } from '../../nodes/shared/request';
import { clientFor } from '../../nodes/shared/client';
import { FakeTransport, ok, testNode, testProfile } from '../helpers/fakeTransport';

const MARGIN = 600; // 1 % of a minute: the pacer's allowance for the vendor's clock

describe('Pacer', () => {
	it('lets a full window through at once, then one request per freed slot', () => {
		const pacer = new Pacer([{ limit: 500, intervalMs: 60_000 }]);
		const times = Array.from({ length: 1000 }, () => pacer.reserve(0));
		expect(times.slice(0, 500).every((t) => t === 0)).toBe(true);
		expect(times[500]).toBe(60_000 + MARGIN);
		expect(times[999]).toBe(60_000 + MARGIN);
		expect(pacer.reserve(0)).toBe(2 * (60_000 + MARGIN));
	});

	it('keeps every window of a vendor with several limits', () => {
		const pacer = new Pacer([
			{ limit: 5, intervalMs: 1000 },
			{ limit: 12, intervalMs: 60_000 },
		]);
		const times = Array.from({ length: 13 }, () => pacer.reserve(0));
		expect(times.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
		expect(times[5]).toBe(1010);
		expect(times[10]).toBe(2020);
		expect(times[12]).toBe(60_000 + MARGIN);
	});

	it('counts a request from when its attempt ended, so slow arrivals never open a window early', () => {
		const pacer = new Pacer([{ limit: 2, intervalMs: 1000 }]);
		const first = pacer.reserve(0);
		const second = pacer.reserve(0);
		// The vendor may have counted them as late as their answers: 300 and 400 ms on.
		pacer.settle(first, 300);
		pacer.settle(second, 400);
		expect(pacer.reserve(500)).toBe(300 + 1010);
		expect(pacer.reserve(500)).toBe(400 + 1010);
	});

	it('counts what other clients spent, learnt from the remaining budget', () => {
		const pacer = new Pacer([{ limit: 100, intervalMs: 60_000 }]);
		pacer.reserve(0);
		// The vendor says 90 are used, of which only one was ours.
		pacer.observe(10, { limit: 100, remaining: 10 });
		const times = Array.from({ length: 11 }, () => pacer.reserve(10));
		expect(times.slice(0, 9).every((t) => t === 10)).toBe(true);
		expect(times[10]).toBeGreaterThan(10);
	});

	it('follows a lowered limit from the vendor', () => {
		const pacer = new Pacer([{ limit: 500, intervalMs: 60_000 }]);
		pacer.observe(0, { limit: 3, remaining: 3 });
		const times = Array.from({ length: 4 }, () => pacer.reserve(0));
		expect(times).toEqual([0, 0, 0, 60_000 + MARGIN]);
	});

	it('holds every request of the account while blocked', () => {
		const pacer = new Pacer([{ limit: 500, intervalMs: 60_000 }]);
		pacer.blockUntil(5000);
		expect(pacer.reserve(0)).toBe(5000);
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
		await Promise.all(
			[1, 2, 3, 4, 5, 6].map((n) => send(n % 2 ? runA : runB, { method: 'GET', path: '/x' })),
		);
		const times = transport.sent.map((r) => r.at - transport.sent[0].at);
		expect(times.filter((t) => t === 0)).toHaveLength(4);
		expect(times.filter((t) => t >= 1000)).toHaveLength(2);
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
