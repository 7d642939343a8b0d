import { recentAnswer } from '../../nodes/shared/recentAnswers';
import { send } from '../../nodes/shared/request';
import type { VendorProfile } from '../../nodes/shared/types';
import { FakeTransport, fakeClient, ok, status, testProfile } from '../helpers/fakeTransport';

const get = { method: 'GET' as const, path: '/suppliers', qs: { searchQuery: 'acme' } };

const repeating: VendorProfile = {
	...testProfile,
	rateLimit: { ...testProfile.rateLimit, repeat: { methods: ['GET'], intervalMs: 60_000 } },
};

describe('recentAnswer', () => {
	it('answers the same GET from the first answer within the repeat interval, and reads after it', async () => {
		const transport = new FakeTransport((_request, index) => ok({ data: [index] }));
		const client = fakeClient(repeating, transport);
		const read = async () => (await send(client, get)).body;
		expect(await recentAnswer(client, get, read)).toEqual({ data: [0] });
		expect(await recentAnswer(client, get, read)).toEqual({ data: [0] });
		expect(transport.sent).toHaveLength(1);
		// The interval and the pacer's timer margin later, it goes at once.
		transport.clock += 60_005;
		expect(await recentAnswer(client, get, read)).toEqual({ data: [1] });
		expect(transport.waits).toEqual([]);
	});

	it('reads every time for a vendor without a repeat rule, and for other methods', async () => {
		const transport = new FakeTransport((_request, index) => ok({ data: [index] }));
		const plain = fakeClient(testProfile, transport);
		const read = async () => (await send(plain, get)).body;
		await recentAnswer(plain, get, read);
		expect(await recentAnswer(plain, get, read)).toEqual({ data: [1] });
		const client = fakeClient(repeating, transport);
		const post = { method: 'POST' as const, path: '/suppliers', body: {} };
		const write = async () => (await send(client, post)).body;
		await recentAnswer(client, post, write);
		expect(await recentAnswer(client, post, write)).toEqual({ data: [3] });
	});

	it('keeps no failed answer', async () => {
		const transport = new FakeTransport((_request, index) =>
			index === 0 ? status(400, { message: 'bad' }) : ok({ data: [index] }),
		);
		const client = fakeClient(repeating, transport);
		const read = async () => (await send(client, get)).body;
		await expect(recentAnswer(client, get, read)).rejects.toThrow();
		transport.clock += 60_001;
		expect(await recentAnswer(client, get, read)).toEqual({ data: [1] });
	});
});
