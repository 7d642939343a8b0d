import type { IDataObject } from 'n8n-workflow';

/** What came back compared with what the sandbox holds. */
export interface RecordCheck {
	expected: number;
	returned: number;
	duplicates: number;
	/** Expected records that did not come back. */
	lost: number;
}

export function checkRecords(
	records: IDataObject[],
	idOf: (record: IDataObject) => unknown,
	expected: number,
): RecordCheck {
	const unique = new Set(records.map(idOf)).size;
	return {
		expected,
		returned: records.length,
		duplicates: records.length - unique,
		lost: Math.max(0, expected - unique),
	};
}

export function addChecks(checks: RecordCheck[]): RecordCheck {
	return checks.reduce(
		(sum, check) => ({
			expected: sum.expected + check.expected,
			returned: sum.returned + check.returned,
			duplicates: sum.duplicates + check.duplicates,
			lost: sum.lost + check.lost,
		}),
		{ expected: 0, returned: 0, duplicates: 0, lost: 0 },
	);
}
