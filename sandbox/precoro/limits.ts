import type { Query, SandboxRequest, SandboxResponse } from '../types';
import type { PrecoroLimits } from './keys';

export interface LimitClock {
	timeScale(): number;
	enabled(): boolean;
	now(): number;
}

/**
 * `RateLimit-Type` of each limit. "Route based limiter by minute" (the same request within a
 * minute, `RateLimit-Limit` 1) is help.precoro.com's example; "Hourly limiter" and "Daily
 * limiter" are what hotgluexyz/target-precoro and tap-precoro test for. The names of the
 * per-second and per-minute limits were not found (no vendor source).
 */
const WINDOWS = [
	{ key: 'perDay', type: 'Daily limiter', ms: 86_400_000 },
	{ key: 'perHour', type: 'Hourly limiter', ms: 3_600_000 },
	{ key: 'perMinute', type: 'Minute limiter', ms: 60_000 },
	{ key: 'perSecond', type: 'Concurrency limiter', ms: 1000 },
] as const;

const REPEAT_TYPE = 'Route based limiter by minute';

/**
 * "2025-12-16 09:00:49 UTC": whole seconds, rounded up where a counter decides, so a client
 * waiting for it is never early.
 */
export function retryAfterText(ms: number, round: 'ceil' | 'floor' = 'ceil'): string {
	const whole = Math[round](ms / 1000) * 1000;
	return new Date(whole).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
}

/** Precoro's 429 body, help.precoro.com "How to handle API rate limits". */
export function limitAnswer(
	type: string,
	retryAt: number,
	limit: number,
	round: 'ceil' | 'floor' = 'ceil',
): SandboxResponse {
	return {
		status: 429,
		json: {
			error: 'Too many requests for this endpoint',
			'RateLimit-Type': type,
			'RateLimit-Retry-After': retryAfterText(retryAt, round),
			'RateLimit-Limit': limit,
		},
	};
}

/**
 * Precoro's limits per account: every window at once, and the same GET refused within a minute
 * (POST, PUT and PATCH exempt). "Even failed requests counted as a request" (help.precoro.com
 * "Using API in Precoro"), so a refused request counts too: a client that hammers stays refused.
 */
export class PrecoroLimiter {
	private hits = new Map<string, number[]>();
	private repeats = new Map<string, number>();

	constructor(
		private readonly clock: LimitClock,
		readonly limits: () => PrecoroLimits,
	) {}

	/** The 429 this request gets, or undefined when it may go through; counts it either way. */
	take(account: string, req: SandboxRequest): SandboxResponse | undefined {
		if (!this.clock.enabled()) return undefined;
		const now = this.clock.now();
		const scale = this.clock.timeScale();
		const limits = this.limits();
		const hits = this.hits.get(account) ?? [];
		const longest = Math.max(...WINDOWS.map((w) => w.ms)) * scale;
		while (hits.length > 0 && hits[0] <= now - longest) hits.shift();
		hits.push(now);
		this.hits.set(account, hits);

		let refusal: SandboxResponse | undefined;
		for (const window of WINDOWS) {
			const length = window.ms * scale;
			const limit = limits[window.key];
			const inWindow = hits.filter((t) => t > now - length);
			if (inWindow.length > limit) {
				// Free again when enough of the counted requests have left the window.
				const retryAt = inWindow[inWindow.length - limit - 1] + length;
				refusal = limitAnswer(window.type, retryAt, limit);
				break;
			}
		}
		if (req.method === 'GET') {
			const key = `${account} ${req.path}?${canonicalQuery(req.query)}`;
			const last = this.repeats.get(key);
			const interval = limits.repeatMs * scale;
			this.repeats.set(key, now);
			if (!refusal && last !== undefined && now - last < interval) {
				refusal = limitAnswer(REPEAT_TYPE, now + interval, 1);
			}
		}
		return refusal;
	}

	clear(): void {
		this.hits.clear();
		this.repeats.clear();
	}
}

/** The query with its parameters in one order, so `a=1&b=2` and `b=2&a=1` are the same request. */
function canonicalQuery(query: Query): string {
	return Object.entries(query)
		.flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${name}=${v}`))
		.sort()
		.join('&');
}
