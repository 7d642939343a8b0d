import type { Sandbox } from '../sandbox/server';
import { pause } from './clock';
import { startOtherClient } from './otherClient';
import type { RecordCheck } from './records';
import { addChecks } from './records';
import type { Strategy } from './strategy';
import { chainedIdealMs, idealMs } from './ideal';
import type { Summary } from './stats';
import { summarize } from './stats';
import type { BenchVendor } from './vendors';
import { windowMs } from './vendors';
import type { FetchOutcome } from './worker';
import { WorkerProcess } from './workerProcess';

/** A workload that the vendor's rate limit, not the machine, decides the length of. */
export interface LimitBoundScenario {
	id: string;
	title: string;
	/** The sandbox's limit per window during the scenario. */
	perWindow: number;
	/** Concurrent executions sharing the credential. */
	executions: number;
	/** Pages each execution fetches; undefined is Return All of the seeded list. */
	pages?: number;
	/** Share of the budget a second client spends meanwhile (0 for none). */
	otherShare: number;
	/** Round trip the sandbox adds to every answer, in vendor time (scaled like the window). */
	roundTripMs?: number;
	/** n8n processes the executions are spread over, each with its own pacer (default 1). */
	processes?: number;
	/** Whether the credential names those processes (Processes Sharing This Credential). */
	shareSet?: boolean;
	/** false: only this package runs, the baselines are shown elsewhere. */
	baselines?: boolean;
	target: {
		ratio: number;
		minRatio?: number;
		limited?: number;
		/** Most limit answers the second client may get. */
		otherLimited?: number;
	};
}

export interface StrategyFigures {
	imitates: string;
	/** Per run: the second client's sends differ a little from run to run. */
	idealMs: Summary;
	ratio: Summary;
	elapsedMs: Summary;
	/** Rate-limit answers the sandbox gave the list's requests. */
	limited: Summary;
	/** Rate-limit answers the second client got meanwhile. */
	otherLimited: Summary;
	failedRuns: number;
	failures: string[];
	/** Summed over all runs. */
	records: RecordCheck;
}

export interface LimitBoundResult {
	scenario: string;
	title: string;
	vendor: string;
	workload: string;
	requests: number;
	strategies: Record<string, StrategyFigures>;
}

interface Run extends FetchOutcome {
	limited: number;
	otherLimited: number;
	requests: number;
	/** When the second client sent, ms after the run started. */
	otherSends: number[];
}

export async function runLimitBound(
	sandbox: Sandbox,
	vendor: BenchVendor,
	scenario: LimitBoundScenario,
	strategies: Strategy[],
	repetitions: number,
	seeded: number,
): Promise<LimitBoundResult> {
	const window = windowMs(vendor);
	const account = vendor.account(sandbox.url);
	vendor.setLimit(sandbox, scenario.perWindow);
	const roundTrip = (scenario.roundTripMs ?? 0) * vendor.timeScale;
	sandbox.setLatency(roundTrip);
	const processes = scenario.processes ?? 1;
	const wanted = scenario.pages === undefined ? undefined : scenario.pages * vendor.pageSize;
	const expected = wanted ?? seeded;
	const logged = (rateLimited: boolean, path: string) =>
		sandbox.received.count({
			vendor: vendor.sandboxName,
			path: `${vendor.logPrefix}${path}`,
			rateLimited,
		});
	const otherPerWindow = scenario.perWindow * scenario.otherShare;

	async function runOnce(workers: WorkerProcess[], strategy: Strategy): Promise<Run> {
		// Both the sandbox's window and the core's pacer forget everything older than a window.
		await pause(window * 1.2);
		sandbox.received.clear();
		const other =
			scenario.otherShare > 0
				? startOtherClient(vendor, account, otherPerWindow, window)
				: undefined;
		const outcomes = await Promise.all(
			workers.map((worker) =>
				worker.run<FetchOutcome>({
					kind: 'fetch',
					vendor: vendor.name,
					strategy: strategy.name,
					sandboxUrl: sandbox.url,
					perWindow: scenario.perWindow,
					windowMs: window,
					wanted,
					expected,
					executions: scenario.executions / workers.length,
					processes: scenario.shareSet ? workers.length : 1,
				}),
			),
		);
		const otherSends = (await other?.stop()) ?? [];
		const outcome: FetchOutcome = {
			elapsedMs: Math.max(...outcomes.map((o) => o.elapsedMs)),
			failures: outcomes.flatMap((o) => o.failures),
			records: addChecks(outcomes.map((o) => o.records)),
		};
		return {
			...outcome,
			otherSends,
			limited: logged(true, vendor.list.path),
			otherLimited: logged(true, vendor.otherClientCall.path),
			requests: logged(false, vendor.list.path),
		};
	}

	const runs = new Map<Strategy, Run[]>(strategies.map((s) => [s, []]));
	// The baselines keep no state between runs; the core's pacer adapts, so each of its runs gets
	// fresh processes, as a freshly started n8n would.
	const shared = new WorkerProcess();
	const fresh = () => Array.from({ length: processes }, () => new WorkerProcess());
	try {
		for (let rep = 0; rep < repetitions; rep++) {
			// Interleaved, so a slow moment of the machine hits every strategy alike.
			for (const strategy of strategies) {
				const workers = strategy === strategies[0] ? fresh() : [shared];
				try {
					runs.get(strategy)!.push(await runOnce(workers, strategy));
				} finally {
					if (workers[0] !== shared) await Promise.all(workers.map((w) => w.close()));
				}
			}
		}
	} finally {
		await shared.close();
		vendor.setLimit(sandbox, undefined);
		sandbox.setLatency(0);
	}

	// The workload's size is what the first strategy (the core, which never repeats a page) sent.
	const requests = runs.get(strategies[0])![0].requests;
	// The second client stops with the run; the ideal assumes it keeps spending its share.
	const horizon = (requests / (scenario.perWindow - otherPerWindow) + 2) * window;
	const continued = (sends: number[]) => {
		if (sends.length === 0) return sends;
		const spacing = window / otherPerWindow;
		const out = [...sends];
		for (let t = sends[sends.length - 1] + spacing; t < horizon; t += spacing) out.push(t);
		return out;
	};
	const idealOf = (run: Run) =>
		roundTrip > 0
			? chainedIdealMs(requests, scenario.perWindow, window, scenario.executions, roundTrip)
			: idealMs(requests, scenario.perWindow, window, continued(run.otherSends));
	const figures = Object.fromEntries(
		strategies.map((strategy) => {
			const list = runs.get(strategy)!;
			return [
				strategy.name,
				{
					imitates: strategy.imitates,
					idealMs: summarize(list.map(idealOf)),
					ratio: summarize(list.map((r) => r.elapsedMs / idealOf(r))),
					elapsedMs: summarize(list.map((r) => r.elapsedMs)),
					limited: summarize(list.map((r) => r.limited)),
					otherLimited: summarize(list.map((r) => r.otherLimited)),
					failedRuns: list.filter((r) => r.failures.length > 0).length,
					failures: [...new Set(list.flatMap((r) => r.failures))],
					records: addChecks(list.map((r) => r.records)),
				},
			];
		}),
	);
	return {
		scenario: scenario.id,
		title: scenario.title,
		vendor: vendor.name,
		workload: `${scenario.executions} × ${requests / scenario.executions} requests over ${processes} process(es), ${scenario.perWindow} per ${window} ms window, ${scenario.otherShare * 100}% taken by a second client, ${roundTrip} ms round trip`,
		requests,
		strategies: figures,
	};
}
