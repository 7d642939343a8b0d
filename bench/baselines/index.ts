import type { Strategy } from '../strategy';
import { fixedInterval } from './fixedInterval';
import { fixedSleepAfterLimit } from './fixedSleepAfterLimit';
import { retryThenFail } from './retryThenFail';

/** What users get elsewhere, run on the same workloads in the same run. */
export const BASELINES: Strategy[] = [fixedSleepAfterLimit, fixedInterval, retryThenFail];
