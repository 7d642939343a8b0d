import { parsePicqerTime } from './time';
import type { Row } from './types';

/** Tests one row against one query parameter's value. */
export type Filter<T extends Row = Row> = (row: T, value: string) => boolean;

export const equals =
	<T extends Row>(field: string): Filter<T> =>
	(row, value) =>
		String(row[field]) === value;

export const sinceId =
	<T extends Row>(field: string): Filter<T> =>
	(row, value) =>
		(row[field] as number) > Number(value);

export const beforeId =
	<T extends Row>(field: string): Filter<T> =>
	(row, value) =>
		(row[field] as number) < Number(value);

export const since =
	<T extends Row>(field: string): Filter<T> =>
	(row, value) =>
		parsePicqerTime(String(row[field])) >= parsePicqerTime(value);

export const until =
	<T extends Row>(field: string): Filter<T> =>
	(row, value) =>
		parsePicqerTime(String(row[field])) <= parsePicqerTime(value);

/** Case-insensitive substring match over several fields. */
export const search =
	<T extends Row>(...fields: string[]): Filter<T> =>
	(row, value) => {
		const needle = value.toLowerCase();
		return fields.some((f) => row[f] != null && String(row[f]).toLowerCase().includes(needle));
	};

export const oneOf =
	<T extends Row>(field: string): Filter<T> =>
	(row, value) =>
		value
			.split(',')
			.map((v) => v.trim())
			.includes(String(row[field]));

/** Picqer's tags filter takes a tag title; rows keep tags as an array or keyed by title. */
export const hasTag =
	<T extends Row>(): Filter<T> =>
	(row, value) => {
		const tags = row.tags;
		const list = Array.isArray(tags) ? tags : Object.values((tags ?? {}) as Record<string, Row>);
		return list.some(
			(tag) =>
				String(tag.title).toLowerCase() === value.toLowerCase() || String(tag.idtag) === value,
		);
	};
