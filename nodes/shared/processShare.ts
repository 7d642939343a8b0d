import type { INodeProperties } from 'n8n-workflow';

import type { Credentials } from './types';

/** The name of the credential field every vendor credential carries (processesProperty). */
export const PROCESSES_FIELD = 'processes';

/**
 * The credential field that says how many n8n processes run executions with the credential at
 * once. Every vendor credential lists this same field, and the core reads it (processesOf).
 */
export function processesProperty(): INodeProperties {
	return {
		displayName: 'Processes Sharing This Credential',
		name: PROCESSES_FIELD,
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description:
			"How many n8n processes run executions with this credential at the same time. In queue mode that is the number of workers (add one if the main process also runs manual executions or polling triggers with it). Each process then keeps to its share of the vendor's rate limit, so together they stay under it.",
	};
}

/** The number of processes the credential says share it; 1 when the field is absent or empty. */
export function processesOf(credentials: Credentials): number {
	const value = credentials[PROCESSES_FIELD];
	if (value === undefined || value === null || value === '') return 1;
	const processes = Number(value);
	if (!Number.isInteger(processes) || processes < 1) {
		throw new Error('Processes Sharing This Credential must be a whole number, 1 or more');
	}
	return processes;
}

/** The smallest part of a limit a process shrinks to after limit answers. */
const MIN_FACTOR = 1 / 8;
/** How much of the limit a process wins back for each window without a limit answer. */
const GROWTH = 1 / 16;

/**
 * The part of every window this process spends: the configured share (limit / processes), and
 * within it an adaptive factor for when the share was not configured. A limit answer means
 * someone else spends the account too, unseen (no budget headers) or deciding on the same
 * report: the factor halves (once per window, down to an eighth) and then grows back by a
 * sixteenth per quiet window, so processes that were never told about each other settle with
 * few limit answers.
 */
export class ProcessShare {
	processes = 1;
	private factor = 1;
	/** When the last limit answer came, or the factor last grew. */
	private changedAt = 0;
	private shrunkAt = -Infinity;

	/** `quietMs`: the window whose passing without a limit answer lets the factor grow. */
	constructor(private readonly quietMs: number) {}

	/** What this process may spend of `limit` requests per window at `now`; never below one. */
	limitOf(limit: number, now: number): number {
		this.grow(now);
		return Math.max(1, Math.floor((limit * this.factor) / this.processes));
	}

	/** What this process may spend of a budget of `remaining` requests the vendor reported. */
	budgetOf(remaining: number): number {
		return Math.floor(remaining / this.processes);
	}

	/** A limit answer came. */
	refused(now: number): void {
		this.grow(now);
		// Answers to requests sent before the last cut tell nothing new: one cut per window.
		if (now - this.shrunkAt >= this.quietMs) {
			this.factor = Math.max(MIN_FACTOR, this.factor / 2);
			this.shrunkAt = now;
		}
		this.changedAt = now;
	}

	private grow(now: number): void {
		if (this.factor >= 1 || !(this.quietMs > 0)) return;
		const quiet = Math.floor((now - this.changedAt) / this.quietMs);
		if (quiet <= 0) return;
		this.factor = Math.min(1, this.factor + quiet * GROWTH);
		this.changedAt += quiet * this.quietMs;
	}
}
