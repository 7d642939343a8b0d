import { BASELINES } from './baselines';
import { ours } from './ours';

/** The core first: its run defines the workload's size. */
export const STRATEGIES = [ours, ...BASELINES];
