import type { Strategy } from '../strategy';
import { walk } from './walk';

/**
 * Generic sync tools such as Airbyte's HTTP streams: no pacing; a 429 is retried a few times
 * with exponential backoff (5 s, 10 s, 20 s: a factor of 5 s doubling per try), then the sync
 * fails with what it had read so far.
 */
const RETRIES = 3;
/** 5 s, as a share of Picqer's one-minute window. */
const BACKOFF_FACTOR = 5 / 60;

export const retryThenFail: Strategy = {
	name: 'retry 3x then fail',
	imitates: 'Airbyte-style HTTP stream: 3 retries with exponential backoff (5 s factor), then fail',
	fetch: (job) =>
		walk(job, {
			onLimited: (attempt) =>
				attempt < RETRIES
					? { retryAfterMs: BACKOFF_FACTOR * 2 ** attempt * job.windowMs }
					: { fail: `still rate limited after ${RETRIES} retries` },
		}),
};
