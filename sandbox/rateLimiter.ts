import type { RateState, RateWindow } from './types';

/** Index of the first timestamp after `since` in an ascending list. */
function firstAfter(hits: readonly number[], since: number): number {
	let low = 0;
	let high = hits.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (hits[middle] > since) high = middle;
		else low = middle + 1;
	}
	return low;
}

/**
 * Sliding-window counters per caller. Window lengths are multiplied by the
 * current time scale, so tests can make a minute last a second. Timestamps are
 * kept sorted, so large benchmark limits stay cheap to count.
 */
export class RateLimiter {
	private hits = new Map<string, number[]>();

	constructor(
		private readonly timeScale: () => number,
		public enabled = true,
		private readonly now: () => number = Date.now,
	) {}

	/** Counts one request for `key` if every window has room; refused requests are not counted. */
	take(key: string, windows: RateWindow[]): RateState {
		const now = this.now();
		const lengths = windows.map((w) => w.windowMs * this.timeScale());
		const hits = this.hits.get(key) ?? [];
		hits.splice(0, firstAfter(hits, now - Math.max(0, ...lengths)));
		this.hits.set(key, hits);
		const counted = () =>
			lengths.map((length) => (this.enabled ? hits.length - firstAfter(hits, now - length) : 0));
		const allowed = !this.enabled || counted().every((count, i) => count < windows[i].limit);
		if (allowed && this.enabled) hits.push(now);
		const counts = counted();
		return {
			allowed,
			windows: windows.map((w, i) => {
				const oldest = hits[hits.length - counts[i]];
				return {
					limit: w.limit,
					remaining: Math.max(0, w.limit - counts[i]),
					resetMs: counts[i] === 0 || oldest === undefined ? 0 : oldest + lengths[i] - now,
				};
			}),
		};
	}

	clear(): void {
		this.hits.clear();
	}
}
