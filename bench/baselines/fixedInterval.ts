import type { Strategy } from '../strategy';
import { sleep, walk } from './walk';

/**
 * n8n's HTTP Request node with pagination: a fixed "Interval Between Requests" (here the
 * documented limit spread evenly, window / limit, as a careful user would set it) and no
 * special case for a 429, which fails the node. "Retry On Fail" then runs the whole node again,
 * from the first page: at most 5 tries, at most 5,000 ms apart (n8n-core's getRetryParams).
 */
const MAX_TRIES = 5;
/** 5 s, as a share of Picqer's one-minute window. */
const WAIT_BETWEEN_TRIES = 5 / 60;

export const fixedInterval: Strategy = {
	name: 'fixed interval (n8n HTTP node)',
	imitates:
		'n8n HTTP Request node: pagination interval = window / limit; a 429 fails the node; Retry On Fail 5 tries, 5 s apart',
	async fetch(job) {
		let failure = '';
		for (let tryIndex = 0; tryIndex < MAX_TRIES; tryIndex++) {
			if (tryIndex > 0) await sleep(WAIT_BETWEEN_TRIES * job.windowMs);
			const result = await walk(job, {
				intervalMs: job.windowMs / job.perWindow,
				onLimited: () => ({ fail: 'rate limited' }),
			});
			if (!result.failure) return result;
			failure = result.failure;
		}
		// A failed node passes nothing on.
		return { records: [], failure: `${failure} on all ${MAX_TRIES} tries` };
	},
};
