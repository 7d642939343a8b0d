import type { FaultSpec } from '../../sandbox/faults';

/** One row of the fault matrix: what the sandbox does instead of (or after) answering. */
export interface FaultCase {
	name: string;
	spec: Pick<FaultSpec, 'kind' | 'status' | 'ms' | 'times'>;
	/** The vendor ignored the request and said so: any method may be sent again. */
	limited?: boolean;
	/** The vendor applied the request before the client lost the answer. */
	applied: boolean;
	/** The run needs a request timeout shorter than the fault's delay. */
	timeoutMs?: number;
}

/** A fault that passes a request through untouched, so the next fault hits a later request. */
export const PASS: Pick<FaultSpec, 'kind' | 'ms' | 'times'> = { kind: 'delay', ms: 0, times: 1 };

export const FAULT_CASES: FaultCase[] = [
	{
		name: 'a burst of rate-limit answers',
		spec: { kind: 'rateLimit', times: 3 },
		limited: true,
		applied: false,
	},
	{ name: 'a 500 answer', spec: { kind: 'status', status: 500 }, applied: false },
	{ name: 'a 502 answer', spec: { kind: 'status', status: 502 }, applied: false },
	{ name: 'a 504 answer', spec: { kind: 'status', status: 504 }, applied: false },
	{ name: 'a reset before the response', spec: { kind: 'resetBefore' }, applied: false },
	{ name: 'a reset after the vendor processed it', spec: { kind: 'resetAfter' }, applied: true },
	{
		name: 'an answer slower than the timeout',
		spec: { kind: 'delay', ms: 1500 },
		applied: true,
		timeoutMs: 400,
	},
	{ name: 'an HTML error page', spec: { kind: 'html', status: 502 }, applied: false },
	{ name: 'a malformed JSON body', spec: { kind: 'malformed' }, applied: false },
	{ name: 'a truncated JSON body', spec: { kind: 'truncated' }, applied: true },
];

/** How many requests the fault takes. */
export const timesOf = (fault: FaultCase) => fault.spec.times ?? 1;
