import type { Nested } from '../brackets';
import type { Ctx } from './context';
import { invalidInput } from './errors';
import { filterOf, listOf, scalar } from './params';
import { parseCrmTime } from './time';
import type { Row } from './types';

/**
 * One `filter[name]` test; `value` is the decoded filter value. `shape` is how api-client-php
 * types the filter (src/Model/Filter/**): a list (`string[]`, `int[]`: `filter[name][]=`), a map
 * (`customFields`), or, by default, one value.
 */
export type Filter<T> = ((row: T, value: Nested) => boolean) & { shape?: 'list' | 'map' };

/** A filter typed as a list: sent as `filter[name][]=a&filter[name][]=b`. */
export const many = <T extends object>(test: (row: T, value: Nested) => boolean): Filter<T> =>
	Object.assign((row: T, value: Nested) => test(row, value), { shape: 'list' as const });

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export const inList = <T extends object>(field: string): Filter<T> =>
	many((row: T, value) => listOf(value).includes(text((row as Row)[field])));

export const equals =
	<T extends object>(field: string): Filter<T> =>
	(row, value) =>
		text((row as Row)[field]) === scalar(value);

export const contains =
	<T extends object>(...fields: string[]): Filter<T> =>
	(row, value) => {
		const wanted = (scalar(value) ?? '').toLowerCase();
		return fields.some((f) =>
			text((row as Row)[f])
				.toLowerCase()
				.includes(wanted),
		);
	};

export const boolean =
	<T extends object>(field: string): Filter<T> =>
	(row, value) =>
		Boolean((row as Row)[field]) === (scalar(value) === '1' || scalar(value) === 'true');

/** `...From` / `...To` bounds on a `Y-m-d H:i:s` field; a bare date in `To` covers that whole day. */
export const dateFrom =
	<T extends object>(field: string): Filter<T> =>
	(row, value) =>
		parseCrmTime(text((row as Row)[field])) >= parseCrmTime(scalar(value) ?? '');

export const dateTo =
	<T extends object>(field: string): Filter<T> =>
	(row, value) => {
		const bound = scalar(value) ?? '';
		const end = parseCrmTime(bound) + (bound.trim().length === 10 ? 86_399_000 : 0);
		return parseCrmTime(text((row as Row)[field])) <= end;
	};

/** `filter[customFields][code]=x` or `[code][min]` / `[code][max]` for numbers and dates. */
export const customFields = <T extends object>(): Filter<T> =>
	Object.assign(
		(row: T, value: Nested) => {
			if (typeof value !== 'object' || Array.isArray(value)) return false;
			const fields = ((row as Row).customFields ?? {}) as Row;
			return Object.entries(value).every(([code, wanted]) => {
				const actual = fields[code];
				if (typeof wanted === 'string')
					return text(actual) === wanted || (wanted === '1' && actual === true);
				if (Array.isArray(wanted)) return listOf(wanted).includes(text(actual));
				const number = Number(actual);
				const { min, max } = wanted as Record<string, Nested>;
				return (
					(scalar(min) === undefined || number >= Number(min)) &&
					(scalar(max) === undefined || number <= Number(max))
				);
			});
		},
		{ shape: 'map' as const },
	);

/** The shape a filter value was sent in: `x`, `x[]=`, or `x[key]=`. */
function shapeOf(value: Nested): 'one' | 'list' | 'map' {
	if (typeof value === 'string') return 'one';
	return Array.isArray(value) ? 'list' : 'map';
}

const EXTRA_FIELDS = 'This form should not contain extra fields.';
const NOT_VALID = 'This value is not valid.';

/**
 * Rows that pass every given `filter[...]`. A filter name the method does not know, or a value in
 * another shape than the filter's (one value for a list, a list for one value), is a 400 with
 * RetailCRM's error body (`errorMsg` and an `errors` map: api-client-php
 * src/Model/Response/ErrorResponse.php, api-client-go error_test.go). The messages are Symfony's
 * form messages; RetailCRM's exact wording for these refusals: no vendor source found.
 */
export function applyFilters<T extends object>(
	ctx: Ctx,
	rows: readonly T[],
	filters: Record<string, Filter<T>>,
): T[] {
	const given = Object.entries(filterOf(ctx)).filter(
		([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
	);
	const errors: Record<string, string> = {};
	for (const [name, value] of given) {
		const filter = filters[name];
		if (!filter) errors[`filter[${name}]`] = EXTRA_FIELDS;
		else if (shapeOf(value) !== (filter.shape ?? 'one')) errors[`filter[${name}]`] = NOT_VALID;
	}
	if (Object.keys(errors).length > 0) throw invalidInput(errors);
	return rows.filter((row) => given.every(([name, value]) => filters[name](row, value)));
}
