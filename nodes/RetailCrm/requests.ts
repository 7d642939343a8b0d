import type { IDataObject } from 'n8n-workflow';

import { ymdHis } from '../shared/dates';
import type { Operation, OperationResult } from '../shared/executor';
import { list } from '../shared/list';
import { nested } from '../shared/nested';
import type { Paginator } from '../shared/pagination';
import type { Params } from '../shared/params';
import { splitList } from '../shared/params';
import { request } from '../shared/request';
import type { RequestSpec } from '../shared/types';
import { retailCrmPages } from './RetailCrmProfile';

export interface FilterShape {
	/** Filters that take several values (`filter[ids][]=`). */
	lists?: string[];
	/** Date filters ("Y-m-d"). */
	dates?: string[];
	/** Date-time filters ("Y-m-d H:i:s"). */
	dateTimes?: string[];
	/** Filters holding one internal RetailCRM id (`int` in api-client-php): refused unless numeric. */
	ids?: string[];
}

/**
 * A Filters collection as RetailCRM's `filter[...]` block. RetailCRM dates are "Y-m-d H:i:s" or
 * "Y-m-d" in the account's time zone, not ISO 8601 (docs.simla.com/Developers/API/APIFeatures/APIRules).
 */
function filterOf(fields: IDataObject, shape: FilterShape = {}): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (shape.lists?.includes(name)) {
			const values = splitList(value);
			if (values.length > 0) out[name] = values;
		} else if (shape.dates?.includes(name)) out[name] = ymdHis(value, false);
		else if (shape.dateTimes?.includes(name)) out[name] = ymdHis(value);
		else if (typeof value === 'boolean') out[name] = value ? 1 : 0;
		else out[name] = value;
	}
	return out;
}

/** Only the non-empty `filter` block, so a list without filters sends no `filter` at all. */
function withFilter(filter: IDataObject, qs: IDataObject = {}): IDataObject {
	return Object.keys(filter).length > 0 ? { ...qs, filter } : qs;
}

/** `by=id` or `by=externalId`: which identifier the path holds. Always sent, never left to the default. */
export function byOf(params: Params, name = 'by'): string {
	const by = params.string(name, 'id');
	if (by !== 'id' && by !== 'externalId') params.invalid(name, 'must be "id" or "externalId"');
	return by;
}

/**
 * The identifier in a path or an entity reference, read with its Identify By choice (`byName`):
 * an internal RetailCRM id is a number, so "5/edit" or "12/x" is refused before anything is
 * sent, naming the field; an external ID may be any text (sent as one encoded path segment).
 */
export function idBy(params: Params, name: string, byName = 'by'): string {
	return params.id(name, { numeric: byOf(params, byName) === 'id' });
}

/** The store code: the operation's Site, else the credential's default, else none. */
export async function siteOf(params: Params): Promise<string | undefined> {
	const chosen = params.string('site', '');
	if (chosen !== '') return chosen;
	const credentials = await params.ctx.getCredentials('retailCrmApi');
	const fallback = String(credentials.site ?? '').trim();
	return fallback === '' ? undefined : fallback;
}

/** Adds `site` where RetailCRM reads it: the query of a GET, the form of a POST. */
export function withSite(spec: RequestSpec, site: string | undefined): RequestSpec {
	if (!site) return spec;
	if (spec.method === 'GET') return { ...spec, qs: { ...(spec.qs ?? {}), site } };
	return { ...spec, body: { ...((spec.body as IDataObject | undefined) ?? {}), site } };
}

type Build = (params: Params) => RequestSpec;

export interface CallOptions {
	/** Sends the store code (the key may cover several stores). */
	site?: boolean;
	/** Takes the result out of RetailCRM's envelope. */
	pick?: (body: IDataObject) => OperationResult;
}

/**
 * One RetailCRM call, with `site` added where the method takes it. RetailCRM's `/{id}/edit` and
 * `/{id}/delete` methods are POSTs, but they set or remove one record by its id, so sending one
 * twice leaves the account as sending it once: their specs say `idempotent: true`, and a 5xx or a
 * dropped connection is retried for them (never for `/create` or `/upload`). RetailCRM documents
 * no retry rule of its own: that these calls are safe to repeat follows from what they do.
 */
export function rcCall(build: Build, options: CallOptions = {}): Operation {
	return async ({ client, params, itemIndex }) => {
		let spec = build(params);
		if (options.site) spec = withSite(spec, await siteOf(params));
		const body = await request<IDataObject>(client, spec, itemIndex);
		return options.pick ? options.pick(body ?? {}) : withoutEnvelope(body);
	};
}

/** A paginated RetailCRM list with Return All / Limit; records under `key`, or walked by `paginator`. */
export function rcList(
	key: string | Paginator,
	build: Build,
	options: { site?: boolean } = {},
): Operation {
	const paginator = typeof key === 'string' ? retailCrmPages(key) : key;
	return async ({ client, params, itemIndex }) => {
		let spec = build(params);
		if (options.site) spec = withSite(spec, await siteOf(params));
		return await list(client, spec, paginator, { ...params.paging(), itemIndex });
	};
}

/** A list filtered by a Filters collection (`collection`), sent as RetailCRM's `filter[...]` block. */
export function rcFiltered(
	key: string | Paginator,
	path: string,
	shape: FilterShape,
	collection = 'filters',
): Operation {
	const ids = Object.fromEntries((shape.ids ?? []).map((name) => [name, name]));
	return rcList(key, (params) => ({
		method: 'GET',
		path,
		qs: withFilter(filterOf(params.numericIds(params.fields(collection), ids), shape)),
	}));
}

/** `{success: true, id: 1}` → `{id: 1}`: the flag says nothing once the call succeeded. */
export function withoutEnvelope(body: IDataObject | undefined): IDataObject {
	if (!body) return { success: true };
	const { success, ...rest } = body;
	return Object.keys(rest).length > 0 ? rest : { success: success ?? true };
}

/** The one entity of a "get" answer, e.g. `{order: {...}}` → the order. */
export const entity =
	(key: string) =>
	(body: IDataObject): IDataObject =>
		(body[key] as IDataObject | undefined) ?? withoutEnvelope(body);

/**
 * A form collection as a RetailCRM entity: dates in RetailCRM's format, `a__b` names nested,
 * and unset number IDs (0, a number field's default) left out.
 */
export function entityFields(
	fields: IDataObject,
	dateTimes: string[] = [],
	dates: string[] = [],
): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === 0 && /(^|__)id$/i.test(name)) continue;
		if (dateTimes.includes(name) && value !== '') out[name] = ymdHis(value);
		else if (dates.includes(name) && value !== '') out[name] = ymdHis(value, false);
		else out[name] = value;
	}
	return nested(out);
}

/** Custom field rows as RetailCRM's `{code: value}` map. */
export function customFieldsOf(params: Params): IDataObject | undefined {
	const rows = params.rows('customFields', 'field');
	const pairs = rows.filter((row) => String(row.code ?? '').trim() !== '');
	if (pairs.length === 0) return undefined;
	return Object.fromEntries(pairs.map((row) => [String(row.code).trim(), row.value]));
}
