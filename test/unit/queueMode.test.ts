import { clientFor } from '../../nodes/shared/client';
import { send } from '../../nodes/shared/request';
import type { VendorProfile } from '../../nodes/shared/types';
import { testNode, testProfile } from '../helpers/fakeTransport';
import { VirtualClock, VirtualVendor } from '../helpers/virtualTime';

const START = 1_700_000_000_000;
const get = { method: 'GET' as const, path: '/orders' };

interface Account {
	/** The vendor's limit per window, and what its documentation says (the node's profile). */
	limit: number;
	documented: number;
	windowMs: number;
	roundTripMs: number;
	/** Whether answers carry X-RateLimit-Limit / X-RateLimit-Remaining. */
	headers: boolean;
	limitStatus: number;
}

/** Picqer as the queue-mode test sets it: 30 a minute (500 documented), 429 with headers. */
const picqerLike: Account = {
	limit: 30,
	documented: 500,
	windowMs: 60_000,
	roundTripMs: 300,
	headers: true,
	limitStatus: 429,
};
/** RetailCRM: 10 a second, 503 without any header. */
const retailCrmLike: Account = {
	limit: 10,
	documented: 10,
	windowMs: 1000,
	roundTripMs: 100,
	headers: false,
	limitStatus: 503,
};

let accounts = 0;

/**
 * `processes` n8n processes, each with its own pacer (their clients differ only in the pacer's
 * account key), run `executions` executions between them, each `pages` requests one after
 * another, against one vendor account.
 */
async function queueMode(
	account: Account,
	options: { processes: number; shareSet: boolean; executions: number; pages: number },
) {
	const clock = new VirtualClock();
	clock.t = START;
	const vendor = new VirtualVendor(
		clock,
		account.limit,
		account.windowMs,
		account.roundTripMs,
		account.headers,
		account.limitStatus,
	);
	const profile: VendorProfile = {
		...testProfile,
		rateLimit: {
			windows: [{ limit: account.documented, intervalMs: account.windowMs }],
			limitStatuses: [account.limitStatus],
			headers: account.headers
				? { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining' }
				: undefined,
		},
	};
	const runs: Array<Promise<void>> = [];
	for (let p = 0; p < options.processes; p++) {
		accounts += 1;
		const client = clientFor(
			profile,
			vendor.transport(),
			testNode,
			`https://api.example.test/process${accounts}`,
			['key'],
			{},
			options.shareSet ? options.processes : 1,
		);
		for (let e = 0; e < options.executions / options.processes; e++) {
			runs.push(
				(async () => {
					for (let page = 0; page < options.pages; page++) await send(client, get);
				})(),
			);
		}
	}
	await clock.run(Promise.all(runs));
	const requests = options.executions * options.pages;
	return {
		vendor,
		windows: (clock.t - START) / account.windowMs,
		/** Windows the limit itself needs for the requests. */
		idealWindows: Math.floor((requests - 1) / account.limit),
		/** Limit answers after the first window. */
		refusedLater: vendor.refusedAt.filter((at) => at - START > account.windowMs).length,
	};
}

const run = { executions: 20, pages: 6 };

describe('queue mode: several n8n processes on one account', () => {
	it.each([
		['with budget headers', picqerLike],
		['without them', retailCrmLike],
	])(
		'gets no limit answer when the credential names the processes, and loses no window (%s)',
		async (_name, account) => {
			const result = await queueMode(account, { ...run, processes: 2, shareSet: true });
			expect(result.vendor.limited).toBe(0);
			expect(result.vendor.answered).toBe(120);
			// Each process keeps its half, and the halves fill every window but for the round
			// trip a process that shares the account spends per window by counting from answers.
			const roundTrips = (result.idealWindows * account.roundTripMs) / account.windowMs;
			expect(result.windows).toBeGreaterThan(result.idealWindows);
			expect(result.windows).toBeLessThanOrEqual(result.idealWindows + 1 + roundTrips);
		},
	);

	it('keeps within the budget the headers report when two processes were told nothing', async () => {
		const result = await queueMode(picqerLike, { ...run, processes: 2, shareSet: false });
		expect(result.vendor.limited).toBe(0);
		expect(result.vendor.answered).toBe(120);
	});

	it('settles after two windows when three processes were told nothing, with headers', async () => {
		const result = await queueMode(picqerLike, { ...run, processes: 3, shareSet: false });
		// Two windows go to find out; from then on none.
		expect(result.vendor.limited).toBeLessThanOrEqual(20);
		expect(result.vendor.refusedAt.filter((at) => at - START > 2 * 60_000)).toEqual([]);
	});

	it('settles with few limit answers when two processes were told nothing and no header helps', async () => {
		const result = await queueMode(retailCrmLike, { ...run, processes: 2, shareSet: false });
		// The first burst of both (10 each, at once) is refused by half; after that the parts
		// each process keeps only probe now and then.
		expect(result.vendor.limited - result.refusedLater).toBe(10);
		expect(result.refusedLater).toBeLessThanOrEqual(6);
		expect(result.vendor.answered).toBe(120);
	});
});

describe('another client on the same key', () => {
	/** A client at half the limit, evenly spaced, while one execution of ours reads 51 pages. */
	async function alongside(headers: boolean) {
		const clock = new VirtualClock();
		clock.t = START;
		const windowMs = 750;
		const limit = 20;
		const vendor = new VirtualVendor(clock, limit, windowMs, 2, headers);
		const profile: VendorProfile = {
			...testProfile,
			rateLimit: {
				windows: [{ limit, intervalMs: windowMs }],
				limitStatuses: [429],
				headers: headers
					? { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining' }
					: undefined,
			},
		};
		accounts += 1;
		const root = `https://api.example.test/alongside${accounts}`;
		const client = clientFor(profile, vendor.transport(), testNode, root, ['key']);
		let done = false;
		let otherRefused = 0;
		const theirs = vendor.transport();
		const other = (async () => {
			for (let call = 0; !done; call++) {
				await clock.sleep(START + (call * windowMs * 2) / limit - clock.t);
				if (done) break;
				const answer = await theirs.send({ url: '/warehouses' });
				if (answer.statusCode !== 200) otherRefused += 1;
			}
		})();
		const ours = (async () => {
			for (let page = 0; page < 51; page++) await send(client, get);
			done = true;
		})();
		await clock.run(Promise.all([ours, other]));
		return { otherRefused, windows: (clock.t - START) / windowMs };
	}

	it('leaves it its pace when the headers show it: it is refused nothing, and this run takes its fair share', async () => {
		const { otherRefused, windows } = await alongside(true);
		expect(otherRefused).toBe(0);
		// 51 requests at 10 a window: the fair share needs 5 windows after the first.
		expect(windows).toBeGreaterThanOrEqual(5);
		expect(windows).toBeLessThanOrEqual(5 * 1.05);
	});
});
