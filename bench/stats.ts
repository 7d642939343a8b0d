/** A figure over several runs: the median, with the spread printed beside it. */
export interface Summary {
	median: number;
	min: number;
	max: number;
	runs: number[];
}

export function summarize(runs: number[]): Summary {
	const sorted = [...runs].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const median =
		sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
}
