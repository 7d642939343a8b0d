import type { IDataObject } from 'n8n-workflow';

import { call, getMany } from '../shared/executor';
import type { Operation } from '../shared/executor';
import type { Params } from '../shared/params';
import { splitList } from '../shared/params';
import type { RequestSpec } from '../shared/types';
import { pelcroPages, siteIdOf, unwrap } from './PelcroProfile';

/** One request whose answer is `{"data": {...}}`: the record. */
export const one = (build: (params: Params) => RequestSpec): Operation =>
	// A delete answers with no body: the executor then reports success.
	call(build, (body) => (body === undefined || body === '' ? undefined : unwrap(body)));

/** A list in Laravel pages, Return All or Limit. */
export const many = (build: (params: Params) => RequestSpec): Operation =>
	getMany(pelcroPages, build);

/** `expand=a,b` from an Expand multi-select (or an expression's comma list). */
export function expandQuery(params: Params, name = 'expand'): IDataObject {
	const relations = splitList(params.raw(name, []));
	return relations.length > 0 ? { expand: relations.join(',') } : {};
}

/** Unix seconds, the format of Pelcro's dates (e.g. `end_date`, `due_date`), from n8n's date picker. */
export function unixSeconds(params: Params, name: string, value: unknown): number {
	if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value);
	const time = Date.parse(String(value));
	if (Number.isNaN(time)) params.invalid(name, 'must be a date');
	return Math.floor(time / 1000);
}

/**
 * A collection's entries as a Pelcro body: IDs and whole numbers as numbers, dates as Unix
 * seconds, comma lists as arrays and the metadata JSON parsed.
 */
export function bodyOf(
	params: Params,
	collection: string,
	kinds: { ids?: string[]; dates?: string[]; lists?: string[] } = {},
): IDataObject {
	const fields = params.fields(collection);
	const body: IDataObject = { ...fields };
	for (const name of kinds.dates ?? []) {
		if (name in fields) body[name] = unixSeconds(params, name, fields[name]);
	}
	for (const name of kinds.lists ?? []) {
		if (name in fields) body[name] = splitList(fields[name]);
	}
	if ('metadata' in fields) body.metadata = jsonObject(params, 'metadata', fields.metadata);
	return params.numericIds(body, Object.fromEntries((kinds.ids ?? []).map((id) => [id, id])));
}

/** A JSON object given as text or by an expression, refused by its field's label otherwise. */
function jsonObject(params: Params, name: string, value: unknown): IDataObject {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value.trim() === '' ? '{}' : value);
		} catch (error) {
			params.invalid(name, `is not valid JSON: ${(error as Error).message}`);
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
		params.invalid(name, 'must be a JSON object');
	return parsed as IDataObject;
}

/** The site, for the bodies that want `site_id` next to the query's (R/api-core-create-address). */
export async function siteIdOfCredential(params: Params): Promise<number> {
	return siteIdOf(await params.ctx.getCredentials('pelcroApi'));
}

/** A numeric record ID from a locator or text field, as a number for request bodies. */
export const numericId = (params: Params, name: string) =>
	Number(params.id(name, { numeric: true }));
