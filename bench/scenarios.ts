import type { LimitBoundScenario } from './limitBound';

/** Records seeded for Return All: 5,000, i.e. 50 full pages of 100 (plus the vendor's end marker). */
export const RETURN_ALL_RECORDS = 5_000;

/** Small records for the memory scenario. */
export const MEMORY_RECORDS = 100_000;

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
		id: '2',
		title: `Return All of ${RETURN_ALL_RECORDS} records while a second client spends half the budget`,
		perWindow: 20,
		executions: 1,
		otherShare: 0.5,
		target: { ratio: 1.1 },
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
];
