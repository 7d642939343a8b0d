import type { Strategy } from '../strategy';
import { fixedInterval } from './fixedInterval';
import { fixedSleepAfterLimit } from './fixedSleepAfterLimit';
import { retryThenFail } from './retryThenFail';

/**
 * What users get elsewhere, run on the same workloads in the same run. Their waits are stated
 * for Picqer's one-minute window and kept in that proportion to every vendor's window.
 */
export const BASELINES: Strategy[] = [fixedSleepAfterLimit, fixedInterval, retryThenFail];
