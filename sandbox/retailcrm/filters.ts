import type { Nested } from '../brackets';
import type { Ctx } from './context';
import { invalidInput } from './errors';
import { filterOf, listOf, scalar } from './params';
import { parseCrmTime } from './time';
import type { Row } from './types';

/** One `filter[name]` test; `value` is the decoded filter value (string, list or map). */
export type Filter<T> = (row: T, value: Nested) => boolean;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export const inList =
	<T extends object>(field: string): Filter<T> =>
	(row, value) =>
		listOf(value).includes(text((row as Row)[field]));

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
export const customFields =
	<T extends object>(): Filter<T> =>
	(row, value) => {
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
	};

/** Rows that pass every given `filter[...]`; an unknown filter name is a 400, as in RetailCRM. */
export function applyFilters<T extends object>(
	ctx: Ctx,
	rows: readonly T[],
	filters: Record<string, Filter<T>>,
): T[] {
	const given = Object.entries(filterOf(ctx)).filter(
		([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
	);
	const unknown = given.filter(([name]) => !filters[name]).map(([name]) => name);
	if (unknown.length > 0) {
		throw invalidInput(
			Object.fromEntries(
				unknown.map((name) => [`filter[${name}]`, 'This form should not contain extra fields.']),
			),
		);
	}
	return rows.filter((row) => given.every(([name, value]) => filters[name](row, value)));
}
