import type { LimitBoundScenario } from './limitBound';

/** Records seeded for Return All: 5,000, i.e. 50 full pages of 100 (plus the vendor's end marker). */
export const RETURN_ALL_RECORDS = 5_000;

/** Small records for the memory scenario. */
export const MEMORY_RECORDS = 100_000;

/** A round trip to the vendor, in vendor time, for the latency scenarios. */
export const ROUND_TRIP_MS = 150;

/**
 * Limits are per window and low enough that every workload needs several windows, so the
 * limit and not this machine decides how long it takes.
 */
export const LIMIT_BOUND: LimitBoundScenario[] = [
	{
		id: '1',
		title: `Return All of ${RETURN_ALL_RECORDS} records, alone`,
		perWindow: 10,
		executions: 1,
		otherShare: 0,
		target: { ratio: 1.05, limited: 0 },
	},
	{
		id: '1r',
		title: `Return All of ${RETURN_ALL_RECORDS} records, alone, ${ROUND_TRIP_MS} ms round trip`,
		// Low enough that the limit, not the round trips of one page after another, decides.
		perWindow: 5,
		executions: 1,
		otherShare: 0,
		roundTripMs: ROUND_TRIP_MS,
		baselines: false,
		target: { ratio: 1.05, limited: 0 },
	},
	{
		id: '2',
		title: `Return All of ${RETURN_ALL_RECORDS} records while a second client spends half the budget`,
		perWindow: 20,
		executions: 1,
		otherShare: 0.5,
		// Alone, the second client is never refused: it spends half the budget.
		target: { ratio: 1.1, minRatio: 0.95, otherLimited: 0 },
	},
	{
		id: '3',
		title: '20 concurrent executions on one credential, 10 pages each',
		perWindow: 40,
		executions: 20,
		pages: 10,
		otherShare: 0,
		target: { ratio: Infinity, limited: 0 },
	},
	{
		id: '3r',
		title: `20 concurrent executions on one credential, 10 pages each, ${ROUND_TRIP_MS} ms round trip`,
		perWindow: 40,
		executions: 20,
		pages: 10,
		otherShare: 0,
		roundTripMs: ROUND_TRIP_MS,
		baselines: false,
		target: { ratio: Infinity, limited: 0 },
	},
	{
		id: '3q',
		title:
			'20 concurrent executions, 10 pages each, over 2 n8n processes (queue mode), the credential set to 2 processes',
		perWindow: 40,
		executions: 20,
		pages: 10,
		otherShare: 0,
		processes: 2,
		shareSet: true,
		baselines: false,
		target: { ratio: Infinity, limited: 0 },
	},
	{
		id: '3u',
		title:
			'20 concurrent executions, 10 pages each, over 2 n8n processes (queue mode), the credential left at 1',
		perWindow: 40,
		executions: 20,
		pages: 10,
		otherShare: 0,
		processes: 2,
		shareSet: false,
		baselines: false,
		target: { ratio: Infinity },
	},
];
