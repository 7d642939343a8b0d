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
	/** Each request of this process by send time, ascending, and whether its answer came. */
	private sends: Array<{ at: number; answered: boolean }> = [];
	/** Requests sent but not settled: their send time and the time they are counted at. */
	private inFlight: Array<{ sendAt: number; countedAt: number }> = [];
	/** Estimated send times of other clients of the same account, learnt from the vendor's headers. */
	private others: number[] = [];
	/** When others beyond the processes the credential names began to show. */
	private othersSince = -Infinity;
	/** How many requests of others each report showed in its window, for the last window. */
	private othersSeen: Array<{ at: number; count: number }> = [];
	/** How many of this process's requests the window of the last report held. */
	private oursSeen = 0;
	/** When the request whose answer last reported the budget was sent. */
	private observedAt = -Infinity;
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
		const deadline = options.maxWaitMs === undefined ? undefined : clock.now() + options.maxWaitMs;
		for (;;) {
			const turn = await this.takeTurn(clock, options.repeatKey, deadline);
			if (typeof turn === 'number') return turn;
			// Waiting out the repeat interval out of line: the account's other requests go on.
			await clock.sleep(turn.repeatFreeAt - clock.now());
		}
	}

	/**
	 * One turn at the head of the line: the send time once the windows allow, or, while an
	 * identical request was counted too recently, when the repeat interval ends, so that the
	 * caller waits for it out of line.
	 */
	private async takeTurn(
		clock: PacerClock,
		repeatKey: string | undefined,
		deadline: number | undefined,
	): Promise<number | { repeatFreeAt: number }> {
		const turn = this.line.then(async () => {
			for (;;) {
				const now = clock.now();
				this.prune(now);
				if (this.closed && now < this.closed.until) {
					throw new PacerRefusal(this.closed.until, { kind: 'vendor', reason: this.closed.reason });
				}
				const repeated = repeatKey === undefined ? undefined : this.repeats.get(repeatKey);
				const repeatFreeAt = repeated ? repeated.countedAt + this.repeatIntervalMs + MARGIN_MS : 0;
				if (repeatFreeAt > now) {
					if (deadline !== undefined && repeatFreeAt > deadline) {
						throw new PacerRefusal(repeatFreeAt, {
							kind: 'repeat',
							intervalMs: this.repeatIntervalMs,
						});
					}
					return { repeatFreeAt };
				}
				if (this.maxInFlight !== undefined && this.inFlight.length >= this.maxInFlight) {
					// When the vendor counted the unanswered request is unknown: the next one waits
					// for its answer, and then for the windows counted from it.
					await new Promise<void>((resolve) => (this.wake = resolve));
					continue;
				}
				const slot = this.fit(now, Math.max(now, this.blockedUntil, this.budgetSlot(now)));
				if (slot.at <= now) {
					this.spendBudget(now);
					return this.record(now, repeatKey);
				}
				if (deadline !== undefined && slot.at > deadline) {
					throw new PacerRefusal(slot.at, slot.hold);
				}
				await clock.sleep(slot.at - now);
			}
		});
		this.line = turn.catch(() => undefined);
		return await turn;
	}

	/**
	 * The earliest time from `from` on at which one more request keeps every window, and which
	 * window holds it back that long. In every window all requests of the account keep the
	 * vendor's limit, and this process's own keep its part of it (ownLimit).
	 */
	private fit(now: number, from: number): { at: number; hold: Hold } {
		let at = from;
		let hold: Hold = { kind: 'vendor' };
		const ours = this.oursAt(now);
		const all = mergeSorted(ours, this.others);
		const limits = this.windows.map((window, index) => {
			const limit = this.limitOf(window, index);
			return { window, limit, own: this.ownLimit(limit, index, now) };
		});
		for (let moved = true; moved; ) {
			moved = false;
			for (const { window, limit, own } of limits) {
				const freeAt = Math.max(
					freeSlot(all, limit, spanOf(window), at),
					freeSlot(ours, own, spanOf(window), at),
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
	 * This process's requests by when they count, as of `now`. A process that shares the account
	 * with others the credential names counts as surely as it can (see arrivalAllowance): a
	 * request still unanswered after the time it was expected to count at may reach the vendor
	 * any moment, so it counts from now until its answer comes.
	 */
	private oursAt(now: number): number[] {
		if (this.share.processes <= 1) return this.ours;
		const late = this.inFlight.filter((entry) => entry.countedAt < now);
		if (late.length === 0) return this.ours;
		const ours = [...this.ours];
		for (const { countedAt } of late) {
			const index = firstAfter(ours, countedAt) - 1;
			if (index >= 0 && ours[index] === countedAt) ours.splice(index, 1);
		}
		return mergeSorted(
			ours,
			late.map(() => now),
		);
	}

	/**
	 * How many of a window's `limit` this process may have in it: its share, and in the window
	 * the vendor's headers describe (the first) room for the other clients they show beyond the
	 * processes the credential names. Those clients' refused requests never show, so a process
	 * that filled every freed slot would keep them out for good. It leaves them the most they had
	 * in a window lately (not what they have now: when a window turns, their requests leave it
	 * as this process's do) plus a twentieth of the limit to grow into. Of what is free beyond
	 * that it takes half on each report, so clients deciding on the same report do not take the
	 * same slots twice and settle on equal parts; while it first sees them, before their pace is
	 * known, at most half of its own share; and never less than a quarter of it.
	 */
	private ownLimit(limit: number, index: number, now: number): number {
		const own = this.share.limitOf(limit, now);
		if (index !== 0) return own;
		const since = now - spanOf(this.windows[0]);
		const others = Math.max(
			this.others.length - firstAfter(this.others, since),
			...this.othersSeen.filter((seen) => seen.at > since).map((seen) => seen.count),
		);
		const siblings = this.siblingsOf(limit);
		const firstWindow = this.othersSince > since;
		if (others <= siblings && !firstWindow) return own;
		const headroom = Math.max(1, Math.round(limit * OTHERS_HEADROOM));
		const mine = limit - siblings - headroom;
		const free = limit - headroom - others - this.oursSeen;
		let left = this.oursSeen + Math.ceil(free / 2);
		// Before their pace is known, half of this process's share, less the headroom.
		if (firstWindow) left = Math.min(left, Math.floor(mine / 2));
		// However much the others take, a quarter stays this process's: room for three others.
		return Math.max(1, Math.min(own, Math.max(left, Math.floor(mine / 4))));
	}

	/** What the other processes the credential names may spend of a window's `limit`. */
	private siblingsOf(limit: number): number {
		return limit - Math.floor(limit / this.share.processes);
	}

	/** Counts a request sent at `at` from its likely answer, the longest recent round trip on. */
	private record(at: number, repeatKey?: string): number {
		const countedAt = at + Math.max(0, ...this.roundTrips) - this.arrivalAllowance();
		this.ours.splice(firstAfter(this.ours, countedAt), 0, countedAt);
		this.sends.push({ at, answered: false });
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
		const sent = this.sends.find((entry) => entry.at === sendAt && !entry.answered);
		if (sent) sent.answered = true;
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

	/** How much recent round trips vary: the longest less the shortest. */
	private roundTripSpread(): number {
		if (this.roundTrips.length === 0) return 0;
		return Math.max(...this.roundTrips) - Math.min(...this.roundTrips);
	}

	/**
	 * How much earlier than its answer a request counts: the steady part of recent round trips,
	 * the shortest less by how much they vary. Network legs that vary by less than that cannot
	 * make the next request arrive sooner after its send than this one arrived before its answer;
	 * round trips made mostly of load on either side (this process's or the vendor's) vary as
	 * much as they last, and count from the answer. The samples reach back far enough
	 * (ROUND_TRIP_SAMPLES) that a stall of this process, which delays a whole burst of sends
	 * alike, shows as spread rather than as a longer way to the vendor. A vendor that takes one
	 * request at a time gets the next after the answer, from which it counts. So does a process
	 * that shares the account with others the credential names: the vendor counted each request
	 * before its answer, so counting from the answer keeps every process's requests within its
	 * part however late the vendor stamped them, and the parts add up to no more than the limit.
	 */
	private arrivalAllowance(): number {
		if (this.maxInFlight !== undefined || this.share.processes > 1) return 0;
		if (this.roundTrips.length < STEADY_SAMPLES) return 0;
		return Math.max(0, 2 * Math.min(...this.roundTrips) - Math.max(...this.roundTrips));
	}

	/**
	 * Aligns the estimate with what the vendor said was left when the request sent at `sentAt`
	 * arrived, so other clients' use is counted. The vendor had counted this process's requests
	 * sent until then, not those sent since: comparing with those keeps answers that come back
	 * late, or in a burst, from showing requests of this process as someone else's.
	 */
	observe(sentAt: number, budget: ServerBudget): void {
		if (budget.limit !== undefined && budget.limit > 0) this.serverLimit = budget.limit;
		const limit = this.serverLimit ?? this.windows[0]?.limit;
		if (budget.remaining === undefined || limit === undefined || this.windows.length === 0) return;
		// An answer overtaken by a later request's says less than what was already read.
		if (sentAt < this.observedAt) return;
		const span = spanOf(this.windows[0]);
		const since = sentAt - span;
		const used = limit - budget.remaining;
		const window = this.sends.slice(
			firstAfter(this.sends, since, sendTime),
			firstAfter(this.sends, sentAt + MARGIN_MS, sendTime),
		);
		// Sent up to the spread of recent round trips before the window, a request may have
		// reached the vendor late enough (a busy process writes a burst of requests out one by
		// one) to be in its window still.
		const late = this.roundTripSpread();
		const leaving =
			firstAfter(this.sends, since, sendTime) - firstAfter(this.sends, since - late, sendTime);
		// Requests sent in the same burst arrive in any order: those sent with it, answered or
		// not, and those still unanswered may or may not be in the count, and as many missing are
		// taken for them rather than for someone else. Earlier ones have arrived.
		const surely = (entry: { at: number; answered: boolean }) =>
			(entry.answered && entry.at <= sentAt) || entry.at < sentAt - MARGIN_MS;
		const ours = window.filter(surely).length;
		const burst = window.length - ours + leaving;
		const othersFirst = firstAfter(this.others, since);
		const others = firstAfter(this.others, sentAt) - othersFirst;
		const counted = used - ours - others;
		const missing = counted > 0 ? Math.max(0, counted - burst) : counted;
		this.observedAt = sentAt;
		if (missing > 0) {
			const expected = this.siblingsOf(limit);
			if (others <= expected && others + missing > expected && this.othersSince <= since) {
				this.othersSince = sentAt;
			}
			// Assume the unseen requests were spread over the window: the likeliest shape, and a
			// wrong guess only costs one limit answer, after which this runs again.
			const added = Array.from(
				{ length: missing },
				(_, k) => since + ((k + 1) * span) / (missing + 1),
			);
			this.others = mergeSorted(this.others, added);
		} else if (missing < 0 && others > 0) {
			this.others.splice(othersFirst, Math.min(others, -missing));
		}
		this.othersSeen.push({ at: sentAt, count: Math.max(0, others + missing) });
		this.oursSeen = ours;
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
		// An answer still to come reads the sends of the window before its own send.
		const open = Math.min(now, ...this.inFlight.map((entry) => entry.sendAt));
		this.sends.splice(0, firstAfter(this.sends, open - longest - this.roundTripSpread(), sendTime));
		this.others.splice(0, firstAfter(this.others, cutoff));
		const seen = this.othersSeen.findIndex((entry) => entry.at > cutoff);
		this.othersSeen.splice(0, seen === -1 ? this.othersSeen.length : seen);
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

/** Index of the first entry later than `t` in a list ascending by `at` (by value, by default). */
function firstAfter<T>(sorted: readonly T[], t: number, at: (entry: T) => number = Number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (at(sorted[mid]) > t) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

const sendTime = (entry: { at: number }) => entry.at;

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

/** Round trips remembered: five bursts of twenty executions. */
const ROUND_TRIP_SAMPLES = 100;

/** Round trips seen before their steady part is trusted. */
const STEADY_SAMPLES = 5;

/** The part of the limit left free for other clients to grow into, beyond what they used. */
const OTHERS_HEADROOM = 0.05;

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
