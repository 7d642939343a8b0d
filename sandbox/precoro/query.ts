import type { Query } from '../types';
import { NOT_EXPECTED, invalid } from './errors';
import { PRECORO_PAGE_SIZES } from './keys';
import type { Row } from './types';

export const first = (value: string | string[] | undefined): string | undefined =>
	Array.isArray(value) ? value[0] : value;

export const all = (value: string | string[] | undefined): string[] =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Refuses a parameter the endpoint does not list, so a misspelt name fails a test. What Precoro
 * does with unknown parameters is not documented (no vendor source): refusing is the strict choice.
 */
export function onlyParams(query: Query, allowed: ReadonlySet<string>): void {
	const unknown = Object.keys(query).filter((name) => !allowed.has(name));
	if (unknown.length > 0) {
		throw invalid(Object.fromEntries(unknown.map((name) => [name, NOT_EXPECTED])));
	}
}

/** Keys of a JSON body the endpoint's DTO does not declare (INT lists each DTO's properties). */
export function onlyFields(body: Row, allowed: ReadonlySet<string>, prefix = ''): void {
	const unknown = Object.keys(body).filter((name) => !allowed.has(name));
	if (unknown.length > 0) {
		throw invalid(Object.fromEntries(unknown.map((name) => [`${prefix}${name}`, NOT_EXPECTED])));
	}
}

export interface Paged<T> {
	data: T[];
	meta: { pagination: Row };
}

/**
 * `page` from 1 and `per_page` of 10, 20, 50, 100 or 200 (Postman collection intro; the default
 * page size is not documented: 20 here). Current answers carry `has_next_page`; older ones
 * `total_pages` (hotgluexyz/tap-precoro reads both), which `legacy` sends instead.
 */
export function paginate<T>(query: Query, rows: readonly T[], legacy = false): Paged<T> {
	const pageText = first(query.page) ?? '1';
	const sizeText = first(query.per_page) ?? '20';
	const page = Number(pageText);
	const size = Number(sizeText);
	const errors: Record<string, string> = {};
	if (!/^\d+$/.test(pageText) || page < 1) errors.page = 'This value should be 1 or more.';
	if (!PRECORO_PAGE_SIZES.includes(size))
		errors.per_page = `The value should be one of ${PRECORO_PAGE_SIZES.join(', ')}.`;
	if (Object.keys(errors).length > 0) throw invalid(errors);
	const data = rows.slice((page - 1) * size, page * size);
	const pagination: Row = legacy
		? {
				total: rows.length,
				count: data.length,
				per_page: size,
				current_page: page,
				total_pages: Math.max(1, Math.ceil(rows.length / size)),
				links: {},
			}
		: {
				count: data.length,
				per_page: size,
				current_page: page,
				has_next_page: page * size < rows.length,
			};
	return { data, meta: { pagination } };
}

/** `dd.mm.yyyy`, the date range format of Precoro's list filters ("Typical API usage scenarios"). */
export function parseDay(value: string, name: string): number {
	const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
	if (!match) throw invalid({ [name]: 'The date should be in the format dd.mm.yyyy.' });
	return Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
}

/** `2023-10-10T00:00:00`, read as UTC (modifiedSince; "Typical API usage scenarios"). */
export function parseDateTime(value: string, name: string): number {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})$/.exec(value);
	const ms = match ? Date.parse(`${match[1]}T${match[2]}Z`) : NaN;
	if (Number.isNaN(ms))
		throw invalid({ [name]: 'The date should be in the format Y-m-d\\TH:i:s.' });
	return ms;
}

export const timeOf = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN);

/** Rows whose date field lies in `name[left_date]`..`name[right_date]`, both days included. */
export function inDayRange<T extends Row>(
	query: Query,
	rows: T[],
	name: string,
	field: string,
): T[] {
	const left = first(query[`${name}[left_date]`]);
	const right = first(query[`${name}[right_date]`]);
	const from = left ? parseDay(left, `${name}[left_date]`) : -Infinity;
	const to = right ? parseDay(right, `${name}[right_date]`) + 86_399_999 : Infinity;
	if (!left && !right) return rows;
	return rows.filter((row) => {
		const t = timeOf(row[field]);
		return t >= from && t <= to;
	});
}

/** Rows whose number lies in `name[left_number]`..`name[right_number]` (INT's number ranges). */
export function inNumberRange<T extends Row>(
	query: Query,
	rows: T[],
	name: string,
	field: string,
): T[] {
	const bound = (side: 'left' | 'right') => {
		const key = `${name}[${side}_number]`;
		const text = first(query[key]);
		if (text === undefined) return side === 'left' ? -Infinity : Infinity;
		const value = Number(text);
		if (text.trim() === '' || !Number.isFinite(value))
			throw invalid({ [key]: 'This value should be a number.' });
		return value;
	};
	const [from, to] = [bound('left'), bound('right')];
	if (from === -Infinity && to === Infinity) return rows;
	return rows.filter((row) => Number(row[field]) >= from && Number(row[field]) <= to);
}

/** Rows whose reference (`supplier.id` etc.) is one of `name[]`. */
export function inRefs<T extends Row>(query: Query, rows: T[], name: string, field: string): T[] {
	const wanted = all(query[`${name}[]`]);
	if (wanted.length === 0) return rows;
	return rows.filter((row) => wanted.includes(String((row[field] as Row | null)?.id)));
}

/** `external_id[]` (at most 200 values, open-connector) and `has_external_id`. */
export function byExternalId<T extends Row>(query: Query, rows: T[]): T[] {
	let out = rows;
	const ids = all(query['external_id[]']);
	if (ids.length > 200) throw invalid({ 'external_id[]': 'At most 200 values are allowed.' });
	if (ids.length > 0) out = out.filter((row) => ids.includes(String(row.externalId)));
	const has = first(query.has_external_id);
	if (has !== undefined) {
		if (has !== 'true' && has !== 'false')
			throw invalid({ has_external_id: 'The value should be true or false.' });
		out = out.filter(
			(row) => (row.externalId !== null && row.externalId !== '') === (has === 'true'),
		);
	}
	return out;
}

/** `modifiedSince`: records created or changed at or after it ("Typical API usage scenarios"). */
export function modifiedSince<T extends Row>(query: Query, rows: T[]): T[] {
	const since = first(query.modifiedSince);
	if (since === undefined) return rows;
	const from = parseDateTime(since, 'modifiedSince');
	return rows.filter((row) => timeOf(row.updateDate) >= from);
}
