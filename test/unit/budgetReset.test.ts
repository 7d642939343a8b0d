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
