import type { Headers, RawResponse, RateLimitPolicy } from './types';

export type WaitSource = 'Retry-After' | 'rate-limit reset' | 'response body' | 'backoff';

export interface Wait {
	ms: number;
	source: WaitSource;
}

export function header(headers: Headers, name: string): string | undefined {
	const value = headers[name.toLowerCase()];
	if (Array.isArray(value)) return value[0];
	return value === undefined ? undefined : String(value);
}

/** Retry-After is either seconds (fractions allowed) or an HTTP date. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A reset header holds seconds to wait or the epoch time of the reset; vendors differ, so a
 * value too large to be a delay is read as an epoch in seconds or milliseconds.
 */
export function resetMs(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const n = Number(value);
	if (!Number.isFinite(n) || n < 0) return undefined;
	if (n > 1e12) return Math.max(0, n - now);
	if (n > 1e9) return Math.max(0, n * 1000 - now);
	return n * 1000;
}

/** The wait the vendor asked for, most explicit hint first. */
export function hintedWait(
	response: RawResponse,
	policy: RateLimitPolicy,
	now: number,
): Wait | undefined {
	const retryAfter = retryAfterMs(header(response.headers, 'retry-after'), now);
	if (retryAfter !== undefined) return { ms: retryAfter, source: 'Retry-After' };
	const resetName = policy.headers?.reset ?? 'x-ratelimit-reset';
	const reset = resetMs(header(response.headers, resetName), now);
	if (reset !== undefined) return { ms: reset, source: 'rate-limit reset' };
	const fromBody = policy.retryAfterFromBody?.(response.body);
	if (fromBody !== undefined && Number.isFinite(fromBody) && fromBody >= 0) {
		return { ms: fromBody, source: 'response body' };
	}
	return undefined;
}

/** Exponential backoff with full jitter: spreads retries of many clients over the window. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: number): number {
	const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
	return Math.floor(random * ceiling);
}
