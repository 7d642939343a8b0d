import type { Strategy } from '../strategy';
import { walk } from './walk';

/**
 * Picqer's PHP client (picqer/api-php-client, `enableRetryOnRateLimitHit()`): after a 429 it
 * sleeps `$sleepTimeOnRateLimitHitInSeconds = 20` and sends the same request again, as often as
 * it takes. No pacing before the limit. 20 s is a third of Picqer's one-minute window.
 */
const SLEEP_AFTER_LIMIT = 20 / 60;

export const fixedSleepAfterLimit: Strategy = {
	name: 'sleep 20 s after 429',
	imitates: 'Picqer PHP client: fixed 20 s sleep after a 429, then the same request again',
	fetch: (job) =>
		walk(job, {
			onLimited: () => ({ retryAfterMs: SLEEP_AFTER_LIMIT * job.windowMs }),
		}),
};
