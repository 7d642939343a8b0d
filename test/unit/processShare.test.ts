import { join } from 'node:path';
import type { ICredentialType } from 'n8n-workflow';

import { clientFor } from '../../nodes/shared/client';
import { Pacer } from '../../nodes/shared/pacer';
import { ProcessShare, processesOf, processesProperty } from '../../nodes/shared/processShare';
import { send } from '../../nodes/shared/request';
import type { VendorProfile } from '../../nodes/shared/types';
import { burst, fakeClock } from '../helpers/fakeClock';
import { VirtualClock } from '../helpers/virtualTime';
import { FakeTransport, ok, status, testNode, testProfile } from '../helpers/fakeTransport';

const get = { method: 'GET' as const, path: '/orders' };

let accounts = 0;
/** A client on a fresh account, for `processes` processes sharing it. */
function shared(profile: VendorProfile, transport: FakeTransport, processes: number) {
	accounts += 1;
	const root = `https://api.example.test/v1/shared${accounts}`;
	return clientFor(profile, transport, testNode, root, ['key'], {}, processes);
}

const perSecond = (limit: number, headers?: VendorProfile['rateLimit']['headers']) => ({
	...testProfile,
	rateLimit: { ...testProfile.rateLimit, windows: [{ limit, intervalMs: 1000 }], headers },
});

describe('n8n processes sharing a credential', () => {
	it('keeps this process to its share of every window', async () => {
		const profile: VendorProfile = {
			...testProfile,
			rateLimit: {
				...testProfile.rateLimit,
				windows: [
					{ limit: 10, intervalMs: 1000 },
					{ limit: 30, intervalMs: 60_000 },
				],
			},
		};
		const client = shared(profile, new FakeTransport(() => ok([])), 2);
		const clock = fakeClock();
		// Each answered at once: a process that shares the account counts an unanswered request
		// from now on, until its answer.
		const times = await Promise.all(
			Array.from({ length: 16 }, async () => {
				const at = await client.pacer.acquire(clock);
				client.pacer.settle(at, at);
				return at;
			}),
		);
		// 5 a second, and 15 a minute.
		expect(times.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
		expect(times.slice(5, 10)).toEqual([1005, 1005, 1005, 1005, 1005]);
		expect(times[14]).toBe(2010);
		expect(times[15]).toBe(60_005);
	});

	it('counts a request still unanswered after its expected time from now on, until its answer', async () => {
		const pacer = new Pacer([{ limit: 2, intervalMs: 1000 }]);
		pacer.share.processes = 2;
		const clock = new VirtualClock();
		const first = await clock.run(pacer.acquire(clock));
		// The other process may be sending its half now: this one's first request, answered only
		// after 3 s, may reach the vendor at any time until then.
		const answered = (async () => {
			await clock.sleep(3000);
			pacer.settle(first, clock.t);
		})();
		const [second] = await clock.run(Promise.all([pacer.acquire(clock), answered]));
		expect(second).toBe(3000 + 1000 + 5);
	});

	it('takes requests of its own that reached the vendor late for its own, not another client’s', async () => {
		const pacer = new Pacer([{ limit: 10, intervalMs: 1000 }]);
		const clock = fakeClock();
		// A burst at 0 that the process wrote out one by one: answered 10 to 60 ms later.
		const burst5 = await burst(pacer, clock, 5);
		burst5.forEach((at, i) => pacer.settle(at, 10 + i * 12.5));
		clock.t = 1010;
		const [sent] = await burst(pacer, clock, 1);
		pacer.settle(sent, 1015);
		// The vendor counted the burst when it arrived, so it is still in the vendor's window.
		pacer.observe(sent, { limit: 10, remaining: 10 - 6 });
		// Nobody else spends the account: the other four of the window go at once.
		expect(await burst(pacer, clock, 4)).toEqual([1010, 1010, 1010, 1010]);
	});

	it('splits the budget the vendor reports among the processes', async () => {
		const undocumented = { ...testProfile, rateLimit: { ...testProfile.rateLimit, windows: [] } };
		// The vendor counts down from 4 until the reset, 10 s away.
		const transport = new FakeTransport((_request, index) =>
			ok([], {
				'x-ratelimit-remaining': String(Math.max(0, 3 - index)),
				'x-ratelimit-reset': '10',
			}),
		);
		const client = shared(undocumented, transport, 2);
		for (let n = 0; n < 4; n++) await send(client, get);
		// 3 left after the first answer and 1 after the third: half of that is nothing, so the
		// fourth waits for the reset, which leaves the other process its half.
		const start = transport.sent[0].at;
		expect(transport.sent.map((request) => request.at - start)).toEqual([0, 0, 0, 10_000]);
	});

	it('reads the number from the credential: 1 when empty, a whole number otherwise', () => {
		expect(processesOf({})).toBe(1);
		expect(processesOf({ processes: '' })).toBe(1);
		expect(processesOf({ processes: 3 })).toBe(3);
		for (const bad of [0, -1, 1.5, 'two']) {
			expect(() => processesOf({ processes: bad })).toThrow(
				'Processes Sharing This Credential must be a whole number, 1 or more',
			);
		}
	});

	it('is the same field on every vendor credential', () => {
		const root = join(__dirname, '..', '..');
		const { n8n } = require(join(root, 'package.json')) as { n8n: { credentials: string[] } };
		const field = processesProperty();
		expect(n8n.credentials.length).toBeGreaterThan(0);
		for (const file of n8n.credentials) {
			const source = join(root, file.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
			const [Credential] = Object.values(require(source) as Record<string, new () => unknown>);
			const credential = new Credential() as ICredentialType;
			expect({ name: credential.name, field: credential.properties.at(-1) }).toEqual({
				name: credential.name,
				field,
			});
		}
	});
});

describe('a process that was not told how many share the account', () => {
	it('halves its part after a limit answer without budget headers, once a window, down to an eighth', () => {
		const share = new ProcessShare(1000);
		expect(share.limitOf(16, 0)).toBe(16);
		share.refused(0);
		expect(share.limitOf(16, 0)).toBe(8);
		// Answers to requests sent before the cut say nothing new.
		share.refused(500);
		expect(share.limitOf(16, 500)).toBe(8);
		for (const at of [1500, 2500, 3500, 4500]) share.refused(at);
		expect(share.limitOf(16, 4500)).toBe(2);
	});

	it('wins back a sixteenth of the limit for every quiet window', () => {
		const share = new ProcessShare(1000);
		share.refused(0);
		expect(share.limitOf(16, 999)).toBe(8);
		expect(share.limitOf(16, 1000)).toBe(9);
		expect(share.limitOf(16, 5000)).toBe(13);
		expect(share.limitOf(16, 60_000)).toBe(16);
		// A limit answer restarts the count of quiet windows.
		share.refused(60_000);
		expect(share.limitOf(16, 60_999)).toBe(8);
	});

	it('takes a smaller part after a limit answer the headers do not explain, and paces by it', async () => {
		const transport = new FakeTransport((_request, index) =>
			index === 0 ? status(429, {}, { 'retry-after': '1' }) : ok([]),
		);
		const client = shared(perSecond(8), transport, 1);
		await send(client, get);
		const now = transport.now();
		expect(client.pacer.share.limitOf(8, now)).toBe(4);
		// The refused attempt and its retry are in the window: two more fit in this second.
		const times = await burst(client.pacer, transport, 3);
		expect(times.map((at) => at - now)).toEqual([0, 0, times[2] - now]);
		expect(times[2] - now).toBeGreaterThan(0);
	});

	it('takes a smaller part after a limit answer with the vendor’s count too: others decided on the same report', async () => {
		const headers = { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining' };
		const transport = new FakeTransport((_request, index) =>
			index === 0
				? status(429, {}, { 'x-ratelimit-limit': '8', 'x-ratelimit-remaining': '0' })
				: ok([]),
		);
		const client = shared(perSecond(8, headers), transport, 1);
		await send(client, get);
		expect(client.pacer.share.limitOf(8, transport.now())).toBe(4);
	});
});

describe('another client spending the same account', () => {
	it('leaves the others half the window while it first sees them', async () => {
		const pacer = new Pacer([{ limit: 20, intervalMs: 1000 }]);
		const clock = fakeClock();
		// Two requests of someone else's in the window.
		pacer.observe(0, { limit: 20, remaining: 18 });
		const times = await burst(pacer, clock, 12);
		// 20 less a tenth for the others to grow into, halved: 9 now, the rest a window later.
		expect(times.filter((at) => at === 0)).toHaveLength(9);
		expect(Math.min(...times.slice(9))).toBeGreaterThanOrEqual(1000);
	});

	it('then takes half of what they leave free on each report, and never more', async () => {
		const pacer = new Pacer([{ limit: 20, intervalMs: 1000 }]);
		const clock = fakeClock();
		pacer.observe(0, { limit: 20, remaining: 18 });
		pacer.observe(600, { limit: 20, remaining: 17 });
		// More than a window after they first showed, they have 5 in it: 14 are left for this
		// process once a twentieth of the limit is kept free for them.
		clock.t = 1100;
		pacer.observe(1100, { limit: 20, remaining: 15 });
		const totals: number[] = [];
		let ours = 0;
		for (let report = 0; report < 5; report++) {
			const sent: number[] = [];
			for (;;) {
				const at = await pacer.acquire(clock, { maxWaitMs: 0 }).catch(() => undefined);
				if (at === undefined) break;
				sent.push(at);
			}
			for (const at of sent) pacer.settle(at, at);
			ours += sent.length;
			totals.push(ours);
			pacer.observe(clock.t, { limit: 20, remaining: 20 - 5 - ours });
		}
		expect(totals).toEqual([7, 11, 13, 14, 14]);
	});

	it('takes the whole window when no one else shows', async () => {
		const pacer = new Pacer([{ limit: 20, intervalMs: 1000 }]);
		const clock = fakeClock();
		pacer.observe(0, { limit: 20, remaining: 20 });
		expect((await burst(pacer, clock, 20)).every((at) => at === 0)).toBe(true);
	});

	it('never takes its own unanswered requests for another client’s', async () => {
		const pacer = new Pacer([{ limit: 20, intervalMs: 1000 }]);
		const clock = fakeClock();
		pacer.settle(await pacer.acquire(clock), 100);
		clock.t = 200;
		// Five more go; the vendor has counted all six when the first of them is answered.
		const sent = await burst(pacer, clock, 5);
		clock.t = 250;
		pacer.settle(sent[0], 250);
		pacer.observe(sent[0], { limit: 20, remaining: 14 });
		expect((await burst(pacer, clock, 14)).every((at) => at === 250)).toBe(true);
	});
});
