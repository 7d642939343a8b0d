import { Pacer } from '../../nodes/shared/pacer';
import { send } from '../../nodes/shared/request';
import type { VendorProfile } from '../../nodes/shared/types';
import { FakeTransport, fakeClient, ok, testProfile } from '../helpers/fakeTransport';

/** A vendor that documents no window: only its headers say how much is left and until when. */
const undocumented: VendorProfile = {
	...testProfile,
	rateLimit: { ...testProfile.rateLimit, windows: [] },
};

const get = { method: 'GET' as const, path: '/customers' };

function budget(remaining: number, reset: string) {
	return ok([], {
		'x-ratelimit-limit': '3',
		'x-ratelimit-remaining': String(remaining),
		'x-ratelimit-reset': reset,
	});
}

describe('send: a budget the headers say is spent', () => {
	it('holds the next request until the reset, given in seconds', async () => {
		const transport = new FakeTransport((_r, i) => (i === 0 ? budget(0, '3') : budget(2, '3')));
		const client = fakeClient(undocumented, transport);
		await send(client, get);
		await send(client, get);
		expect(transport.sent[1].at - transport.sent[0].at).toBe(3000);
	});

	it('reads a reset given as an epoch time', async () => {
		const epoch = String(Math.round(new FakeTransport(() => ok([])).clock / 1000) + 2);
		const transport = new FakeTransport((_r, i) => (i === 0 ? budget(0, epoch) : budget(1, epoch)));
		const client = fakeClient(undocumented, transport);
		await send(client, get);
		await send(client, get);
		expect(transport.sent[1].at - transport.sent[0].at).toBe(2000);
	});

	it('does not wait while the budget has room', async () => {
		const transport = new FakeTransport(() => budget(1, '30'));
		const client = fakeClient(undocumented, transport);
		await send(client, get);
		await send(client, get);
		expect(transport.sent[1].at).toBe(transport.sent[0].at);
		expect(transport.waits).toEqual([]);
	});
});

describe('send: request options every vendor gets', () => {
	it('never lets n8n copy the credential onto a redirect to another host', async () => {
		const transport = new FakeTransport(() => ok({}));
		await send(fakeClient(testProfile, transport), get);
		expect(transport.sent[0].sendCredentialsOnCrossOriginRedirect).toBe(false);
	});

	it('hands a text document back as text, without reading it as JSON', async () => {
		const yaml = 'openapi: 3.1.0\ninfo:\n  title: Shop\n';
		const transport = new FakeTransport(() => ok(yaml));
		const response = await send(fakeClient(testProfile, transport), { ...get, text: true });
		expect(response.body).toBe(yaml);
		expect(transport.sent[0].encoding).toBe('text');
	});

	it('still reads the JSON error body of a text request that failed', async () => {
		const transport = new FakeTransport(() => ({
			statusCode: 404,
			headers: {},
			body: '{"message":"No spec here"}',
		}));
		await expect(send(fakeClient(testProfile, transport), { ...get, text: true })).rejects.toThrow(
			'Vendor: No spec here',
		);
	});
});

describe('the pacer on a budget the headers describe', () => {
	/** A clock that jumps when slept on, recording each sleep. */
	function clock() {
		const c = { t: 1_000_000, sleeps: [] as number[] };
		return {
			c,
			now: () => c.t,
			sleep: async (ms: number) => {
				c.sleeps.push(ms);
				c.t += ms;
			},
		};
	}

	it('counts requests still unanswered against what the vendor says is left', async () => {
		const k = clock();
		const pacer = new Pacer([]);
		const first = await pacer.acquire(k);
		const second = await pacer.acquire(k);
		pacer.settle(first, k.now());
		// The first answer says 2 are left; the second request was sent after it was counted.
		pacer.observeRemaining(2, k.now() + 5000);
		await pacer.acquire(k);
		expect(k.c.sleeps).toEqual([]);
		pacer.settle(second, k.now());
		await pacer.acquire(k);
		expect(k.c.sleeps).toEqual([5000]);
	});

	it('after the refill sends one request; the next waits for its answer, a second at most', async () => {
		const k = clock();
		const pacer = new Pacer([]);
		pacer.observeRemaining(0, k.now() + 2000);
		await pacer.acquire(k);
		expect(k.c.sleeps).toEqual([2000]);
		await pacer.acquire(k);
		expect(k.c.sleeps).toEqual([2000, 1000]);
	});

	it('lets the rest go as soon as the first answer after the refill says how much is left', async () => {
		const k = clock();
		const pacer = new Pacer([]);
		pacer.observeRemaining(0, k.now() + 2000);
		const probe = await pacer.acquire(k);
		pacer.settle(probe, k.now());
		pacer.observeRemaining(9, k.now() + 60_000);
		await pacer.acquire(k);
		await pacer.acquire(k);
		expect(k.c.sleeps).toEqual([2000]);
	});
});
