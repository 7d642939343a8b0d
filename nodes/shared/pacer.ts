import type { RateWindow } from './types';

export interface ServerBudget {
	limit?: number;
	remaining?: number;
}

/**
 * Keeps one account under its vendor's sliding-window limits. Every execution in this n8n
 * process that uses the account reserves its send time here, so concurrent runs share one
 * budget instead of each spending all of it.
 */
export class Pacer {
	/** Send times this process reserved, ascending. */
	private ours: number[] = [];
	/** Estimated send times of other clients of the same account, learnt from the vendor's headers. */
	private others: number[] = [];
	private blockedUntil = 0;
	private serverLimit?: number;

	constructor(private readonly windows: RateWindow[]) {}

	/** Reserves the earliest send time that keeps every window, never before `now`. */
	reserve(now: number): number {
		this.prune(now);
		const last = this.ours[this.ours.length - 1] ?? 0;
		let at = Math.max(now, this.blockedUntil, last);
		const all = mergeSorted(this.ours, this.others);
		for (let moved = true; moved; ) {
			moved = false;
			this.windows.forEach((window, index) => {
				const limit = this.limitOf(window, index);
				const span = spanOf(window);
				const first = firstAfter(all, at - span);
				const inWindow = all.length - first;
				if (inWindow < limit) return;
				// The send at this index has to leave the window before another one fits.
				const freeAt = all[first + inWindow - limit] + span;
				if (freeAt > at) {
					at = freeAt;
					moved = true;
				}
			});
		}
		this.ours.push(at);
		return at;
	}

	/**
	 * Moves a reservation to the moment its attempt ended. The vendor counted the request when it
	 * arrived, somewhere between the two; the later time is the safe one, so latency between
	 * reserving and arriving never lets the next window open early.
	 */
	settle(reservedAt: number, endedAt: number): void {
		if (!(endedAt > reservedAt)) return;
		const index = firstAfter(this.ours, reservedAt) - 1;
		if (index < 0 || this.ours[index] !== reservedAt) return;
		this.ours.splice(index, 1);
		this.ours.splice(firstAfter(this.ours, endedAt), 0, endedAt);
	}

	/** Aligns the estimate with what the vendor says is left, so other clients' use is counted. */
	observe(now: number, budget: ServerBudget): void {
		if (budget.limit !== undefined && budget.limit > 0) this.serverLimit = budget.limit;
		const limit = this.serverLimit ?? this.windows[0]?.limit;
		if (budget.remaining === undefined || limit === undefined || this.windows.length === 0) return;
		const span = spanOf(this.windows[0]);
		const since = now - span;
		const used = limit - budget.remaining;
		const ours = countBetween(this.ours, since, now);
		const others = this.others.length - firstAfter(this.others, since);
		const missing = used - ours - others;
		if (missing > 0) {
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

	/** Holds every send of this account until `until`, e.g. after a limit answer. */
	blockUntil(until: number): void {
		this.blockedUntil = Math.max(this.blockedUntil, until);
	}

	private limitOf(window: RateWindow, index: number) {
		return index === 0 && this.serverLimit !== undefined ? this.serverLimit : window.limit;
	}

	private prune(now: number) {
		const longest = Math.max(0, ...this.windows.map(spanOf));
		const cutoff = now - longest;
		this.ours.splice(0, firstAfter(this.ours, cutoff));
		this.others.splice(0, firstAfter(this.others, cutoff));
	}
}

/** A small margin over the window: the vendor's clock starts when the request arrives, not when it leaves. */
function spanOf(window: RateWindow) {
	return window.intervalMs + Math.max(5, window.intervalMs * 0.01);
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

function countBetween(sorted: number[], after: number, upTo: number) {
	return firstAfter(sorted, upTo) - firstAfter(sorted, after);
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

const pacers = new Map<string, Pacer>();

/** The pacer of one account, shared by every execution in this process. */
export function pacerFor(accountKey: string, windows: RateWindow[]): Pacer {
	let pacer = pacers.get(accountKey);
	if (!pacer) {
		pacer = new Pacer(windows);
		pacers.set(accountKey, pacer);
	}
	return pacer;
}
