import { monotonicMs } from './clock';
import { measureMemory, type MemoryResult } from './memory';
import { measureOverhead, type OverheadResult } from './overhead';
import type { RecordCheck } from './records';
import { addChecks, checkRecords } from './records';
import { STRATEGIES } from './strategies';
import { VENDORS } from './vendors';

/**
 * A separate process per scenario, like a separate n8n instance: the core's per-account pacer
 * lives at module level, so each scenario starts with the state a fresh n8n would have, and the
 * client's CPU is not the sandbox's.
 */

export type WorkerTask =
	| {
			kind: 'fetch';
			vendor: string;
			strategy: string;
			sandboxUrl: string;
			perWindow: number;
			windowMs: number;
			wanted?: number;
			expected: number;
			executions: number;
			/** What the credential says about the n8n processes sharing it. */
			processes: number;
	  }
	| { kind: 'overhead'; vendor: string; sandboxUrl: string; pairs: number }
	| { kind: 'memory'; fixtureUrl: string; count: number; runs: number };

export interface FetchOutcome {
	elapsedMs: number;
	failures: string[];
	records: RecordCheck;
}

export type WorkerReply =
	| { ok: true; result: FetchOutcome | OverheadResult | MemoryResult }
	| { ok: false; error: string };

function vendorNamed(name: string) {
	const vendor = VENDORS.find((v) => v.name === name);
	if (!vendor) throw new Error(`No bench vendor ${name}`);
	return vendor;
}

async function run(task: WorkerTask): Promise<FetchOutcome | OverheadResult | MemoryResult> {
	if (task.kind === 'overhead') {
		return await measureOverhead(vendorNamed(task.vendor), task.sandboxUrl, task.pairs);
	}
	if (task.kind === 'memory') return await measureMemory(task.fixtureUrl, task.count, task.runs);
	const vendor = vendorNamed(task.vendor);
	const strategy = STRATEGIES.find((s) => s.name === task.strategy);
	if (!strategy) throw new Error(`No strategy ${task.strategy}`);
	const job = {
		vendor,
		account: vendor.account(task.sandboxUrl),
		perWindow: task.perWindow,
		windowMs: task.windowMs,
		wanted: task.wanted,
		processes: task.processes,
	};
	const started = monotonicMs();
	const results = await Promise.all(
		Array.from({ length: task.executions }, () => strategy.fetch(job)),
	);
	const elapsedMs = monotonicMs() - started;
	return {
		elapsedMs,
		failures: results.flatMap((r) => (r.failure ? [r.failure] : [])),
		records: addChecks(results.map((r) => checkRecords(r.records, vendor.idOf, task.expected))),
	};
}

// The outbound stack keeps connections open, so the worker ends when the bench lets go of it.
process.on('disconnect', () => process.exit(0));
process.on('message', (task: WorkerTask) => {
	run(task).then(
		(result) => process.send!({ ok: true, result } satisfies WorkerReply),
		(error: Error) => process.send!({ ok: false, error: error.message } satisfies WorkerReply),
	);
});
