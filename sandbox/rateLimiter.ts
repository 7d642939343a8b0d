import type { RateState, RateWindow } from './types';

/**
 * Sliding-window counters per caller. Window lengths are multiplied by the
 * current time scale, so tests can make a minute last a second.
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
		const scale = this.timeScale();
		const longest = Math.max(0, ...windows.map((w) => w.windowMs * scale));
		const hits = (this.hits.get(key) ?? []).filter((at) => now - at < longest);
		const inWindow = (w: RateWindow) => hits.filter((at) => now - at < w.windowMs * scale);
		const allowed = !this.enabled || windows.every((w) => inWindow(w).length < w.limit);
		if (allowed && this.enabled) hits.push(now);
		this.hits.set(key, hits);
		return {
			allowed,
			windows: windows.map((w) => {
				const counted = this.enabled ? inWindow(w) : [];
				const oldest = counted[0];
				return {
					limit: w.limit,
					remaining: Math.max(0, w.limit - counted.length),
					resetMs: oldest === undefined ? 0 : oldest + w.windowMs * scale - now,
				};
			}),
		};
	}

	clear(): void {
		this.hits.clear();
	}
}
