import { ProcessShare } from './processShare';
import type { RateWindow } from './types';

/** Allowance for timer granularity. */
const MARGIN_MS = 5;

export interface ServerBudget {
	limit?: number;
	remaining?: number;
}

/** The clock the pacer waits on: n8n's `sleep` at run time, a fake one in tests. */
export interface PacerClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export interface AcquireOptions {
	/** Identity of a request the vendor refuses to see twice within the repeat interval. */
	repeatKey?: string;
	/** The longest wait worth making; a later slot is refused instead of slept for. */
	maxWaitMs?: number;
}

/** Why the next slot is later than a caller is willing to wait. */
export type Hold =
	| { kind: 'window'; window: RateWindow }
	| { kind: 'repeat'; intervalMs: number }
	| { kind: 'vendor'; reason?: string };

/** No request may go now: the next slot is at `until`, for the reason `hold` gives. */
export class PacerRefusal extends Error {
	constructor(
		readonly until: number,
		readonly hold: Hold,
	) {
		super('The rate limit leaves no slot soon enough');
	}
}

/**
 * Keeps one account under its vendor's sliding-window limits. Every execution in this n8n
 * process that uses the account waits its turn here, so concurrent runs share one budget
 * instead of each spending all of it.
 */
export class Pacer {
	/**
	 * When each request of this process counts, ascending: the end of its attempt less the
	 * steady part of recent round trips once settled, and before that its send time plus the
	 * longest recent round trip less that part (see settle).
	 */
	private ours: number[] = [];
	/** Requests sent but not settled: their send time and the time they are counted at. */
	private inFlight: Array<{ sendAt: number; countedAt: number }> = [];
	/** Estimated send times of other clients of the same account, learnt from the vendor's headers. */
	private others: number[] = [];
	/** When the others seen now started to show, after a window without them. */
	private othersSince = -Infinity;
	/** This process's part of every window: configured, and adapted after limit answers. */
	readonly share: ProcessShare;
	private blockedUntil = 0;
	/** Set when the vendor said a limit is used up for longer than anyone should wait. */
	private closed?: { until: number; reason?: string };
	/** Requests the vendor refuses to see again soon: when each was counted, by identity. */
	private repeats = new Map<string, { sendAt: number; countedAt: number }>();
	private serverLimit?: number;
	/**
	 * What the vendor's headers last said: requests left until the budget refills, less those
	 * sent since. It paces vendors whose window is not documented, and holds everyone when the
	 * vendor says nothing is left.
	 */
	private budget?: { left: number; refillsAt: number };
	/** Recent round trips, newest last. */
	private roundTrips: number[] = [];
	/** Callers wait in line, first come first served. */
	private line: Promise<unknown> = Promise.resolve();
	/** Wakes the head of the line when an answer comes, for vendors that count requests in flight. */
	private wake?: () => void;

	constructor(
		private readonly windows: RateWindow[],
		/** How long the vendor refuses a repeat of the same request (0: it never does). */
		private readonly repeatIntervalMs = 0,
		/** How many requests of the account may be unanswered at once (no limit when absent). */
		private readonly maxInFlight?: number,
	) {
		this.share = new ProcessShare(Math.min(...windows.map((window) => window.intervalMs)));
	}

	/**
	 * Waits until one more request keeps every window (and, for a request the vendor refuses to
	 * see twice, its repeat interval), records it and returns its send time. The slot is decided
	 * only when it has come: answers that arrived during the wait may show that earlier requests
	 * reached the vendor later than assumed, and that pushes it back. A slot further away than
	 * `maxWaitMs`, or a limit the vendor closed, is refused with a PacerRefusal instead.
	 */
	async acquire(clock: PacerClock, options: AcquireOptions = {}): Promise<number> {
		const turn = this.line.then(async () => {
			for (;;) {
				const now = clock.now();
				this.prune(now);
				if (this.closed && now < this.closed.until) {
					throw new PacerRefusal(this.closed.until, { kind: 'vendor', reason: this.closed.reason });
				}
				if (this.maxInFlight !== undefined && this.inFlight.length >= this.maxInFlight) {
					// When the vendor counted the unanswered request is unknown: the next one waits
					// for its answer, and then for the windows counted from it.
					await new Promise<void>((resolve) => (this.wake = resolve));
					continue;
				}
				const slot = this.fit(
					now,
					Math.max(now, this.blockedUntil, this.budgetSlot(now)),
					options.repeatKey,
				);
				if (slot.at <= now) {
					this.spendBudget(now);
					return this.record(now, options.repeatKey);
				}
				if (options.maxWaitMs !== undefined && slot.at - now > options.maxWaitMs) {
					throw new PacerRefusal(slot.at, slot.hold);
				}
				await clock.sleep(slot.at - now);
			}
		});
		this.line = turn.catch(() => undefined);
		return await turn;
	}

	/**
	 * The earliest time from `from` on at which one more request keeps every window and the
	 * repeat interval, and what holds it back that long. In every window all requests of the
	 * account keep the vendor's limit, and this process's own keep its part of it (ownLimit).
	 */
	private fit(now: number, from: number, repeatKey?: string): { at: number; hold: Hold } {
		let at = from;
		let hold: Hold = { kind: 'vendor' };
		const all = mergeSorted(this.ours, this.others);
		const limits = this.windows.map((window, index) => {
			const limit = this.limitOf(window, index);
			return { window, limit, own: this.ownLimit(limit, index, now) };
		});
		const repeated = repeatKey === undefined ? undefined : this.repeats.get(repeatKey);
		for (let moved = true; moved; ) {
			moved = false;
			if (repeated) {
				const freeAt = repeated.countedAt + this.repeatIntervalMs + MARGIN_MS;
				if (freeAt > at) {
					at = freeAt;
					hold = { kind: 'repeat', intervalMs: this.repeatIntervalMs };
					moved = true;
				}
			}
			for (const { window, limit, own } of limits) {
				const freeAt = Math.max(
					freeSlot(all, limit, spanOf(window), at),
					freeSlot(this.ours, own, spanOf(window), at),
				);
				if (freeAt > at) {
					at = freeAt;
					hold = { kind: 'window', window };
					moved = true;
				}
			}
		}
		return { at, hold };
	}

	/**
	 * How many of a window's `limit` this process may have in it: its share, and in the first
	 * window (the one the vendor's headers describe) room for the other clients they show. Those
	 * clients' refused requests never show, so a process that filled every freed slot would keep
	 * them out for good: it leaves them what they used plus a tenth of the limit to grow into,
	 * and half of the rest during the first window they are seen in, before their pace is known.
	 */
	private ownLimit(limit: number, index: number, now: number): number {
		const own = this.share.limitOf(limit, now);
		if (index !== 0) return own;
		const since = now - spanOf(this.windows[0]);
		const others = this.others.length - firstAfter(this.others, since);
		if (others === 0 && this.othersSince <= since) return own;
		const headroom = Math.max(1, Math.ceil(limit * OTHERS_HEADROOM));
		const fair = Math.max(1, Math.floor((limit - headroom) / 2));
		const left = this.othersSince > since ? fair : Math.max(fair, limit - headroom - others);
		return Math.min(own, left);
	}

	/** Counts a request sent at `at` from its likely answer, the longest recent round trip on. */
	private record(at: number, repeatKey?: string): number {
		const countedAt = at + Math.max(0, ...this.roundTrips) - this.arrivalAllowance();
		this.ours.splice(firstAfter(this.ours, countedAt), 0, countedAt);
		this.inFlight.push({ sendAt: at, countedAt });
		if (repeatKey !== undefined && this.repeatIntervalMs > 0) {
			this.repeats.set(repeatKey, { sendAt: at, countedAt });
		}
		return at;
	}

	/**
	 * Records that the request sent at `sendAt` got its answer (or failed) at `endedAt`. The
	 * vendor counted it somewhere in between. It counts here from the end less the steady part of
	 * recent round trips (arrivalAllowance): the next request takes at least as long to arrive
	 * as this one took from arriving to its answer, less that part, so the next window opens for
	 * it no earlier than the vendor's and, on a steady network, hardly later.
	 */
	settle(sendAt: number, endedAt: number): void {
		const index = this.inFlight.findIndex((entry) => entry.sendAt === sendAt);
		if (index === -1) return;
		const [{ countedAt }] = this.inFlight.splice(index, 1);
		const counted = firstAfter(this.ours, countedAt) - 1;
		// Pruned already when the attempt outlived every window.
		if (counted >= 0 && this.ours[counted] === countedAt) this.ours.splice(counted, 1);
		const settledAt = Math.max(sendAt, endedAt);
		// A timed-out attempt says nothing about arrival delays, so one sample is capped.
		const cap = Math.min(...this.windows.map((window) => window.intervalMs)) / 4;
		this.roundTrips = [
			...this.roundTrips.slice(-(ROUND_TRIP_SAMPLES - 1)),
			Math.min(settledAt - sendAt, cap),
		];
		const settled = Math.max(sendAt, settledAt - this.arrivalAllowance());
		this.ours.splice(firstAfter(this.ours, settled), 0, settled);
		for (const repeat of this.repeats.values()) {
			if (repeat.sendAt === sendAt) repeat.countedAt = Math.max(repeat.countedAt, settledAt);
		}
		const wake = this.wake;
		this.wake = undefined;
		wake?.();
	}

	/**
	 * How much earlier than its answer a request counts: the steady part of recent round trips,
	 * the shortest less by how much they vary. Network legs that vary by less than that cannot
	 * make the next request arrive sooner after its send than this one arrived before its answer;
	 * round trips made mostly of load on either side vary as much as they last, and count from
	 * the answer. A vendor that takes one request at a time gets the next after the answer,
	 * from which it counts.
	 */
	private arrivalAllowance(): number {
		if (this.maxInFlight !== undefined || this.roundTrips.length < STEADY_SAMPLES) return 0;
		const shortest = Math.min(...this.roundTrips);
		return Math.max(0, 2 * shortest - Math.max(...this.roundTrips));
	}

	/** Aligns the estimate with what the vendor says is left, so other clients' use is counted. */
	observe(now: number, budget: ServerBudget): void {
		if (budget.limit !== undefined && budget.limit > 0) this.serverLimit = budget.limit;
		const limit = this.serverLimit ?? this.windows[0]?.limit;
		if (budget.remaining === undefined || limit === undefined || this.windows.length === 0) return;
		const span = spanOf(this.windows[0]);
		const since = now - span;
		const used = limit - budget.remaining;
		// Ours count a little before the vendor saw them, and some in flight may be counted
		// already: a round trip more, so none of ours is taken for another client's.
		const ours = this.ours.length - firstAfter(this.ours, since - Math.max(0, ...this.roundTrips));
		const others = this.others.length - firstAfter(this.others, since);
		const missing = used - ours - others;
		if (missing > 0) {
			if (others === 0 && this.othersSince <= since) this.othersSince = now;
			// Assume the unseen requests were spread over the window: the likeliest shape, and a
			// wrong guess only costs one limit answer, after which this runs again.
			const added = Array.from(
				{ length: missing },
				(_, k) => since + ((k + 1) * span) / (missing + 1),
			);
			this.others = mergeSorted(this.others, added);
		} else if (missing < 0 && others > 0) {
			const first = firstAfter(this.others, since);
			this.others.splice(first, Math.min(others, -missing));
		}
	}

	/**
	 * The vendor's own count from its headers: `remaining` requests until `refillsAt`. Requests
	 * still unanswered were not in that count, so they are spent from it.
	 */
	observeRemaining(remaining: number, refillsAt: number): void {
		this.budget = { left: this.share.budgetOf(remaining) - this.inFlight.length, refillsAt };
	}

	/** When the header budget lets the next request go. */
	private budgetSlot(now: number): number {
		if (!this.budget || this.budget.left > 0 || now >= this.budget.refillsAt) return now;
		return this.budget.refillsAt;
	}

	private spendBudget(now: number): void {
		if (!this.budget) return;
		if (now >= this.budget.refillsAt) {
			// Refilled by how much is unknown: one request goes, and its answer tells the rest.
			this.budget = { left: 0, refillsAt: now + PROBE_MS };
			return;
		}
		this.budget.left -= 1;
	}

	/** Holds every send of this account until `until`, e.g. after a limit answer. */
	blockUntil(until: number): void {
		this.blockedUntil = Math.max(this.blockedUntil, until);
	}

	/**
	 * Refuses every send of this account until `until`: the vendor said a limit is used up for
	 * longer than is worth waiting, and any request before then would only count against it.
	 */
	close(until: number, reason?: string): void {
		if (this.closed && this.closed.until >= until) return;
		this.closed = { until, reason };
	}

	private limitOf(window: RateWindow, index: number) {
		return index === 0 && this.serverLimit !== undefined ? this.serverLimit : window.limit;
	}

	private prune(now: number) {
		const longest = Math.max(0, ...this.windows.map(spanOf));
		const cutoff = now - longest;
		this.ours.splice(0, firstAfter(this.ours, cutoff));
		this.others.splice(0, firstAfter(this.others, cutoff));
		for (const [key, repeat] of this.repeats) {
			if (repeat.countedAt + this.repeatIntervalMs + MARGIN_MS < now) this.repeats.delete(key);
		}
	}
}

/**
 * The window plus a few milliseconds for timer granularity. No more is needed: a request counts
 * from when its answer came (or, in flight, from a recent round trip after it left), which is
 * never before the vendor saw it.
 */
function spanOf(window: RateWindow) {
	return window.intervalMs + MARGIN_MS;
}

/**
 * When one more request fits in the window ending at `at` among the `sorted` ones, given at
 * most `limit` of them: `at` itself, or when the request that must leave first has left.
 */
function freeSlot(sorted: number[], limit: number, span: number, at: number): number {
	const first = firstAfter(sorted, at - span);
	const inWindow = sorted.length - first;
	if (inWindow < limit || limit <= 0) return at;
	return sorted[first + inWindow - limit] + span;
}

/** Index of the first value greater than `t` in an ascending list. */
function firstAfter(sorted: number[], t: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] > t) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

function mergeSorted(a: number[], b: number[]): number[] {
	const out: number[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && a[i] <= b[j])) out.push(a[i++]);
		else out.push(b[j++]);
	}
	return out;
}

const ROUND_TRIP_SAMPLES = 20;

/** Round trips seen before their steady part is trusted. */
const STEADY_SAMPLES = 5;

/** The part of the limit left free for other clients to grow into, beyond what they used. */
const OTHERS_HEADROOM = 0.1;

/** After a budget refills, how long the others wait for the first answer before going too. */
const PROBE_MS = 1000;

const pacers = new Map<string, Pacer>();

/** The pacer of one account, shared by every execution in this n8n instance. */
export function pacerFor(
	accountKey: string,
	windows: RateWindow[],
	repeatIntervalMs = 0,
	maxInFlight?: number,
): Pacer {
	let pacer = pacers.get(accountKey);
	if (!pacer) {
		pacer = new Pacer(windows, repeatIntervalMs, maxInFlight);
		pacers.set(accountKey, pacer);
	}
	return pacer;
}
