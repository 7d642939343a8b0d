import type { LimitBoundResult, LimitBoundScenario, StrategyFigures } from './limitBound';
import type { MemoryResult } from './memory';
import type { OverheadResult } from './overhead';
import type { RecordCheck } from './records';
import type { Summary } from './stats';

export interface Row {
	cells: string[];
	met: boolean;
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** `1.02 (1.01–1.04)`: the median, then the spread over the runs. */
export function spread(summary: Summary, digits = 2): string {
	const median = fixed(summary.median, digits);
	if (summary.min === summary.max) return median;
	return `${median} (${fixed(summary.min, digits)}–${fixed(summary.max, digits)})`;
}

const count = (summary: Summary) => spread(summary, 0);

function recordsCell(records: RecordCheck): string {
	return `${records.lost} lost, ${records.duplicates} dup`;
}

/** One strategy's cell: its ratio, its limit answers, and any failure or lost record. */
function strategyCell(figures: StrategyFigures, runs: number): string {
	const { records } = figures;
	const parts =
		figures.failedRuns > 0
			? [
					`failed ${figures.failedRuns}/${runs}`,
					`kept ${Math.round((100 * (records.expected - records.lost)) / records.expected)}% of records`,
				]
			: [spread(figures.ratio)];
	parts.push(`limited: ${count(figures.limited)}`);
	if (records.duplicates > 0) parts.push(`${records.duplicates} dup`);
	return parts.join(', ');
}

export function limitBoundRow(
	result: LimitBoundResult,
	scenario: LimitBoundScenario,
	strategyNames: string[],
): Row {
	const [core, ...baselines] = strategyNames.map((name) => result.strategies[name]);
	const runs = core.ratio.runs.length;
	const exact = core.records.lost === 0 && core.records.duplicates === 0 && core.failedRuns === 0;
	const { target: goal } = scenario;
	const met =
		exact &&
		core.ratio.median <= goal.ratio &&
		(goal.minRatio === undefined || core.ratio.median >= goal.minRatio) &&
		(goal.limited === undefined || core.limited.max <= goal.limited) &&
		(goal.otherLimited === undefined || core.otherLimited.max <= goal.otherLimited);
	const ratioTarget =
		goal.minRatio !== undefined
			? `${fixed(goal.minRatio)}–${fixed(goal.ratio)}`
			: Number.isFinite(goal.ratio)
				? `≤ ${fixed(goal.ratio)}`
				: undefined;
	const target = [
		ratioTarget,
		goal.limited === undefined ? undefined : `${goal.limited} limited`,
		goal.otherLimited === undefined ? undefined : `2nd client ${goal.otherLimited} limited`,
		'exact',
	]
		.filter(Boolean)
		.join(', ');
	return {
		met,
		cells: [
			scenario.id,
			scenario.title,
			result.vendor,
			`${fixed(core.idealMs.median / 1000)} s (${result.requests} req)`,
			spread(core.ratio),
			scenario.otherShare > 0
				? `${count(core.limited)} (2nd client: ${count(core.otherLimited)})`
				: count(core.limited),
			recordsCell(core.records),
			...baselines.map((figures) => (figures ? strategyCell(figures, runs) : '–')),
			target,
			met ? 'yes' : 'NO',
		],
	};
}

export function overheadRow(vendor: string, result: OverheadResult, width: number): Row {
	const met = result.ratio.median >= 0.9;
	return {
		met,
		cells: [
			'5',
			'Core overhead: pacing off, unlimited sandbox, vs the bare request helper (throughput ratio)',
			vendor,
			`${result.requests} req`,
			spread(result.ratio),
			'–',
			'–',
			...Array.from({ length: width }, () => '–'),
			'≥ 0.90',
			met ? 'yes' : 'NO',
		],
	};
}

export function memoryRow(result: MemoryResult, width: number): Row {
	const met = result.ratio.median <= 2 && result.records.lost === 0 && !result.records.duplicates;
	return {
		met,
		cells: [
			'6',
			`Memory: Return All of ${result.records.expected} small records, peak live heap growth / their JSON size`,
			'fixture (Picqer paging)',
			`${fixed(result.jsonBytes / 1e6, 1)} MB JSON`,
			spread(result.ratio),
			'–',
			recordsCell(result.records),
			...Array.from({ length: width }, () => '–'),
			'≤ 2.00, exact',
			met ? 'yes' : 'NO',
		],
	};
}

export function markdownTable(header: string[], rows: Row[]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(row.cells))].join(
		'\n',
	);
}
