import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startSandbox } from '../sandbox/server';
import { monotonicMs } from './clock';
import { startSmallRecords } from './fixtures/smallRecords';
import type { LimitBoundResult } from './limitBound';
import { runLimitBound } from './limitBound';
import type { MemoryResult } from './memory';
import type { OverheadResult } from './overhead';
import { LIMIT_BOUND, MEMORY_RECORDS, RETURN_ALL_RECORDS } from './scenarios';
import type { SpecListingResult } from './specListing';
import { runSpecListing, specListingRow } from './specListing';
import { STRATEGIES } from './strategies';
import type { Row } from './table';
import { limitBoundRow, markdownTable, memoryRow, overheadRow } from './table';
import { VENDORS } from './vendors';
import { WorkerProcess } from './workerProcess';

/** Runs per figure; the table prints the median and the spread. */
const REPETITIONS = 3;
const OVERHEAD_PAIRS = 9;
const MEMORY_RUNS = 3;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** Each row also goes to the progress log as it is measured, so a failed run keeps it. */
function addRow(rows: Row[], row: Row): void {
	rows.push(row);
	progress(`| ${row.cells.join(' | ')} | ${row.met ? 'yes' : 'NO'} |`);
}

/**
 * `npm run bench -- RetailCRM 1r 2` runs only the vendors and scenarios named; without vendor
 * names every vendor runs, without scenario ids every scenario.
 */
const args = process.argv.slice(2);
const isVendor = (arg: string) => VENDORS.some((v) => v.name.toLowerCase() === arg.toLowerCase());
const only = args.filter((arg) => !isVendor(arg));
const onlyVendors = args.filter(isVendor).map((arg) => arg.toLowerCase());
const wanted = (id: string) => only.length === 0 || only.includes(id);
const wantedVendor = (name: string) =>
	onlyVendors.length === 0 || onlyVendors.includes(name.toLowerCase());

function commit(): string {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
		const dirty = execFileSync('git', ['status', '--porcelain', '--', 'nodes'], {
			encoding: 'utf8',
		});
		return `${head.trim()}${dirty.trim() ? ' + uncommitted core changes' : ''}`;
	} catch {
		return 'unknown';
	}
}

async function inWorker<T>(task: Parameters<WorkerProcess['run']>[0]): Promise<T> {
	const worker = new WorkerProcess();
	try {
		return await worker.run<T>(task);
	} finally {
		await worker.close();
	}
}

async function main(): Promise<number> {
	const started = monotonicMs();
	const sandbox = await startSandbox();
	const fixture = await startSmallRecords(MEMORY_RECORDS);
	const limitBound: LimitBoundResult[] = [];
	const overhead: Record<string, OverheadResult> = {};
	const rows: Row[] = [];
	const baselineCount = STRATEGIES.length - 1;
	let memory: MemoryResult | undefined;
	let specListing: SpecListingResult | undefined;
	try {
		for (const vendor of VENDORS.filter((v) => wantedVendor(v.name))) {
			sandbox.setTimeScale(vendor.timeScale);
			const seeded = vendor.seed(sandbox, RETURN_ALL_RECORDS);
			for (const scenario of LIMIT_BOUND.filter((s) => wanted(s.id) && !vendor.skip?.[s.id])) {
				progress(`${vendor.name}: scenario ${scenario.id}, ${scenario.title}`);
				const strategies = scenario.baselines === false ? STRATEGIES.slice(0, 1) : STRATEGIES;
				const result = await runLimitBound(
					sandbox,
					vendor,
					scenario,
					strategies,
					REPETITIONS,
					seeded,
				);
				limitBound.push(result);
				addRow(
					rows,
					limitBoundRow(
						result,
						scenario,
						STRATEGIES.map((s) => s.name),
					),
				);
			}
			if (!wanted('5') || vendor.skip?.['5']) continue;
			progress(`${vendor.name}: scenario 5, core overhead`);
			sandbox.setRateLimits(false);
			try {
				overhead[vendor.name] = await inWorker<OverheadResult>({
					kind: 'overhead',
					vendor: vendor.name,
					sandboxUrl: sandbox.url,
					pairs: OVERHEAD_PAIRS,
				});
			} finally {
				sandbox.setRateLimits(true);
			}
			addRow(rows, overheadRow(vendor.name, overhead[vendor.name], baselineCount));
		}
		if (wanted('6')) {
			progress('scenario 6, memory');
			memory = await inWorker<MemoryResult>({
				kind: 'memory',
				fixtureUrl: fixture.url,
				count: MEMORY_RECORDS,
				runs: MEMORY_RUNS,
			});
			addRow(rows, memoryRow(memory, baselineCount));
		}
		if (wanted('7')) {
			progress("scenario 7, the editor on GitHub's published spec");
			specListing = await runSpecListing();
			addRow(rows, specListingRow(specListing, baselineCount));
		}
	} finally {
		await sandbox.close();
		await fixture.close();
	}

	const header = [
		'#',
		'Scenario',
		'Vendor',
		'Ideal',
		'This package (elapsed / ideal)',
		'Limit answers',
		'Records',
		...STRATEGIES.slice(1).map((s) => s.name),
		'Target',
		'Met',
	];
	const table = markdownTable(header, rows);
	const totalSeconds = (monotonicMs() - started) / 1000;
	process.stdout.write(`${table}\n\n`);
	process.stdout.write(
		`Medians of ${REPETITIONS} runs (min–max in brackets); baselines: ${STRATEGIES.slice(1)
			.map((s) => `${s.name} = ${s.imitates}`)
			.join('; ')}. Total ${totalSeconds.toFixed(0)} s.\n`,
	);

	const results = {
		date: new Date().toISOString(),
		commit: commit(),
		node: process.version,
		cpus: os.cpus().length,
		repetitions: REPETITIONS,
		totalSeconds,
		strategies: STRATEGIES.map((s) => ({ name: s.name, imitates: s.imitates })),
		limitBound,
		overhead,
		memory,
		specListing,
		table,
	};
	const dir = path.join(__dirname, 'results');
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `${results.date.replace(/[:.]/g, '-')}.json`);
	writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
	process.stdout.write(`Results: ${path.relative(process.cwd(), file)}\n`);

	// Only lost or duplicated records fail the bench; slow figures are reported, not asserted.
	const ourName = STRATEGIES[0].name;
	const checks = limitBound.map((r) => r.strategies[ourName].records);
	if (memory) checks.push(memory.records);
	const broken = checks.some((records) => records.lost > 0 || records.duplicates > 0);
	if (broken) process.stderr.write('bench: the core lost or duplicated records\n');
	return broken ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		process.stderr.write(`bench: could not run: ${error.stack ?? error.message}\n`);
		process.exit(2);
	},
);
