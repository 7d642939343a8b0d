import { backoffMs, hintedWait, resetMs, retryAfterMs } from '../../nodes/shared/waits';
import { testProfile } from '../helpers/fakeTransport';

const now = Date.parse('2026-01-01T12:00:00Z');
const policy = testProfile.rateLimit;
const limited = (headers: Record<string, string>, body: unknown = {}) => ({
	statusCode: 429,
	headers,
	body,
});

describe('wait hints', () => {
	it('reads Retry-After as seconds or as an HTTP date', () => {
		expect(retryAfterMs('7', now)).toBe(7000);
		expect(retryAfterMs('0.25', now)).toBe(250);
		expect(retryAfterMs('Thu, 01 Jan 2026 12:00:30 GMT', now)).toBe(30_000);
		expect(retryAfterMs('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0);
		expect(retryAfterMs('soon', now)).toBeUndefined();
		expect(retryAfterMs(undefined, now)).toBeUndefined();
	});

	it('reads a reset header as a delay, an epoch in seconds, or an epoch in milliseconds', () => {
		expect(resetMs('12', now)).toBe(12_000);
		expect(resetMs(String(now / 1000 + 20), now)).toBe(20_000);
		expect(resetMs(String(now + 5000), now)).toBe(5000);
		expect(resetMs('-1', now)).toBeUndefined();
	});

	it('prefers Retry-After, then the reset header, then the body', () => {
		expect(
			hintedWait(
				limited({ 'retry-after': '3', 'x-ratelimit-reset': '9' }, { retry_in_ms: 1 }),
				policy,
				now,
			),
		).toEqual({
			ms: 3000,
			source: 'Retry-After',
		});
		expect(
			hintedWait(limited({ 'x-ratelimit-reset': '9' }, { retry_in_ms: 1 }), policy, now),
		).toEqual({
			ms: 9000,
			source: 'rate-limit reset',
		});
		expect(hintedWait(limited({}, { retry_in_ms: 1500 }), policy, now)).toEqual({
			ms: 1500,
			source: 'response body',
		});
		expect(hintedWait(limited({}), policy, now)).toBeUndefined();
	});
});

describe('backoff', () => {
	it('grows exponentially, is jittered over the whole range, and is capped', () => {
		expect(backoffMs(0, 500, 30_000, 0.999)).toBe(499);
		expect(backoffMs(3, 500, 30_000, 0.999)).toBe(3996);
		expect(backoffMs(3, 500, 30_000, 0)).toBe(0);
		expect(backoffMs(20, 500, 30_000, 0.999)).toBe(29_970);
	});
});
