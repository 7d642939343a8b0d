import type { Strategy } from '../strategy';
import { walk } from './walk';

/**
 * Generic sync tools such as Airbyte's HTTP streams: no pacing; a 429 is retried a few times
 * with exponential backoff (5 s, 10 s, 20 s: a factor of 5 s doubling per try), then the sync
 * fails with what it had read so far.
 */
const RETRIES = 3;
const BACKOFF_FACTOR_MS = 5_000;

export const retryThenFail: Strategy = {
	name: 'retry 3x then fail',
	imitates: 'Airbyte-style HTTP stream: 3 retries with exponential backoff (5 s factor), then fail',
	fetch: (job) =>
		walk(job, {
			onLimited: (attempt) =>
				attempt < RETRIES
					? { retryAfterMs: BACKOFF_FACTOR_MS * 2 ** attempt * job.vendor.timeScale }
					: { fail: `still rate limited after ${RETRIES} retries` },
		}),
};
