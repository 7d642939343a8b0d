import { performance } from 'node:perf_hooks';

/** Milliseconds from a monotonic clock: elapsed times never jump with the wall clock. */
export const monotonicMs = (): number => performance.now();

export const pause = (ms: number): Promise<void> =>
	new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
