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
	const retryAt = policy.limitAnswer?.(response.body)?.retryAt;
	if (retryAt !== undefined && Number.isFinite(retryAt)) {
		return { ms: Math.max(0, retryAt - now), source: 'response body' };
	}
	return undefined;
}

const UTC_TIMESTAMP =
	/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*(?:UTC|GMT|Z|\+00:?00)?$/i;

/**
 * A UTC time written without a zone offset or with a UTC marker ("2025-12-16 09:00:49 UTC",
 * "2025-12-16T09:00:49Z"), as epoch milliseconds; undefined for anything else, so a local or
 * offset time is never misread as UTC.
 */
export function utcTimestampMs(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	const match = UTC_TIMESTAMP.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
	const ms = Date.UTC(year, month - 1, day, hour, minute, second);
	const date = new Date(ms);
	// Date.UTC rolls 2025-02-30 over into March; such a value is not a real time.
	if (date.getUTCDate() !== day || date.getUTCHours() !== hour || date.getUTCMinutes() !== minute)
		return undefined;
	return ms;
}

/** Exponential backoff with full jitter: spreads retries of many clients over the window. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: number): number {
	const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
	return Math.floor(random * ceiling);
}
