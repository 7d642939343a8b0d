import { NodeApiError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import type { Operation, OperationResult } from '../shared/executor';
import { list } from '../shared/list';
import type { Params } from '../shared/params';
import { request } from '../shared/request';
import type { RequestSpec } from '../shared/types';
import { errorEntries, retailCrmPages } from './RetailCrmProfile';

/** RetailCRM dates are "Y-m-d H:i:s" (or "Y-m-d") in the account's time zone; n8n gives ISO text. */
export function retailCrmDate(value: unknown, withTime = true): string {
	const text = String(value).trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(text);
	if (!match) return text;
	if (!withTime) return match[1];
	const time = match[2] ? (match[2].length === 5 ? `${match[2]}:00` : match[2]) : '00:00:00';
	return `${match[1]} ${time}`;
}

/** Text lists ("1, 2, 3") and multi-selects alike become arrays, for `filter[x][]=` parameters. */
export function asList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter((v) => v !== '');
	if (value === undefined || value === null) return [];
	return String(value)
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

export interface FilterShape {
	/** Filters that take several values (`filter[ids][]=`). */
	lists?: string[];
	/** Date filters ("Y-m-d"). */
	dates?: string[];
	/** Date-time filters ("Y-m-d H:i:s"). */
	dateTimes?: string[];
}

/** A Filters collection as RetailCRM's `filter[...]` block. */
export function filterOf(fields: IDataObject, shape: FilterShape = {}): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (shape.lists?.includes(name)) {
			const values = asList(value);
			if (values.length > 0) out[name] = values;
		} else if (shape.dates?.includes(name)) out[name] = retailCrmDate(value, false);
		else if (shape.dateTimes?.includes(name)) out[name] = retailCrmDate(value);
		else if (typeof value === 'boolean') out[name] = value ? 1 : 0;
		else out[name] = value;
	}
	return out;
}

/** Only the non-empty `filter` block, so a list without filters sends no `filter` at all. */
export function withFilter(filter: IDataObject, qs: IDataObject = {}): IDataObject {
	return Object.keys(filter).length > 0 ? { ...qs, filter } : qs;
}

/** `by=id` or `by=externalId`: which identifier the path holds. Always sent, never left to the default. */
export function byOf(params: Params, name = 'by'): string {
	const by = params.string(name, 'id');
	if (by !== 'id' && by !== 'externalId') params.invalid(name, 'must be "id" or "externalId"');
	return by;
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

/** One RetailCRM call, with `site` added where the method takes it. */
export function rcCall(build: Build, options: CallOptions = {}): Operation {
	return async ({ client, params, itemIndex }) => {
		let spec = build(params);
		if (options.site) spec = withSite(spec, await siteOf(params));
		const body = await request<IDataObject>(client, spec, itemIndex);
		return options.pick ? options.pick(body ?? {}) : withoutEnvelope(body);
	};
}

/** A paginated RetailCRM list with Return All / Limit; records under `key`. */
export function rcList(key: string, build: Build, options: { site?: boolean } = {}): Operation {
	const paginator = retailCrmPages(key);
	return async ({ client, params, itemIndex }) => {
		let spec = build(params);
		if (options.site) spec = withSite(spec, await siteOf(params));
		return await list(client, spec, paginator, { ...params.paging(), itemIndex });
	};
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

/** A JSON array parameter (given as text or from an expression), e.g. orders to upload. */
export function jsonArray(params: Params, name: string): IDataObject[] {
	let value = params.raw(name, '[]');
	if (typeof value === 'string') {
		if (value.trim() === '') return [];
		try {
			value = JSON.parse(value);
		} catch (error) {
			params.invalid(name, `is not valid JSON: ${(error as Error).message}`);
		}
	}
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) value = [value];
	if (!Array.isArray(value) || value.some((v) => v === null || typeof v !== 'object')) {
		params.invalid(name, 'must be a JSON array of objects');
	}
	return value as IDataObject[];
}

/**
 * Drops empty entries of a form collection and nests `a__b` names (n8n reads dots in parameter
 * names as paths): `{delivery__code: "x"}` → `{delivery: {code: "x"}}`.
 */
export function nested(fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null) continue;
		const parts = name.split('__');
		let target = out;
		for (const part of parts.slice(0, -1)) {
			target[part] = (target[part] as IDataObject | undefined) ?? {};
			target = target[part] as IDataObject;
		}
		target[parts[parts.length - 1]] = value;
	}
	return out;
}

export interface UploadOptions {
	path: string;
	/** Form field holding the JSON array, e.g. `orders`. */
	field: string;
	/** The parameter the user fills with the array. */
	param: string;
	/** The most records RetailCRM takes in one call. */
	batchSize: number;
	/** Where the answer lists what went in and what did not, e.g. `uploadedOrders`. */
	uploaded?: string;
	failed?: string;
	site?: boolean;
}

/** HTTP 460: RetailCRM stored part of a batch and refused the rest. */
const PARTIAL_FAILURE = 460;

/**
 * A batch upload, split into calls of at most `batchSize` records. On a partial failure (460)
 * the stored records are output and each refused one becomes an item with `success: false`
 * and RetailCRM's messages, so neither is lost. A call that fails outright stops the run, and
 * its error says which batches had already been stored.
 */
export function rcUpload(options: UploadOptions): Operation {
	return async ({ client, params, itemIndex }) => {
		const records = jsonArray(params, options.param);
		if (records.length === 0) params.invalid(options.param, 'needs at least one record');
		const site = options.site ? await siteOf(params) : undefined;
		const out: IDataObject[] = [];
		for (let start = 0; start < records.length; start += options.batchSize) {
			const batch = records.slice(start, start + options.batchSize);
			const spec = withSite(
				{
					method: 'POST',
					path: options.path,
					body: { [options.field]: batch },
					accept: [PARTIAL_FAILURE],
				},
				site,
			);
			let body: IDataObject;
			try {
				body = (await request<IDataObject>(client, spec, itemIndex)) ?? {};
			} catch (error) {
				throw uploadedSoFar(error as Error, start, options.batchSize);
			}
			out.push(...batchResult(body, batch, options));
		}
		return out;
	};
}

/** A batch failed outright: the error also says which records were already stored. */
function uploadedSoFar(error: Error, stored: number, batchSize: number): Error {
	if (stored > 0 && error instanceof NodeApiError) {
		error.description = [
			error.description,
			`The first ${stored} records (${stored / batchSize} batches) were already uploaded.`,
		]
			.filter(Boolean)
			.join('\n');
	}
	return error;
}

function batchResult(
	body: IDataObject,
	batch: IDataObject[],
	options: UploadOptions,
): IDataObject[] {
	const uploaded = options.uploaded ? body[options.uploaded] : undefined;
	const failed = options.failed ? body[options.failed] : undefined;
	if (!Array.isArray(uploaded) && !Array.isArray(failed)) return [withoutEnvelope(body)];
	const rows: IDataObject[] = [];
	for (const record of (uploaded as IDataObject[] | undefined) ?? []) {
		rows.push({ success: true, ...record });
	}
	if (Array.isArray(failed) && failed.length > 0) {
		const messages = errorEntries(body.errors);
		const error = typeof body.errorMsg === 'string' ? body.errorMsg : 'Not uploaded';
		for (const record of failed as IDataObject[]) {
			rows.push({ success: false, ...record, error, errors: messages });
		}
	}
	// In the order they were sent, where the external ID tells which is which.
	const position = (row: IDataObject) => {
		const index = batch.findIndex(
			(input) => input.externalId !== undefined && input.externalId === row.externalId,
		);
		return index === -1 ? batch.length : index;
	};
	return rows
		.map((row, index) => ({ row, index }))
		.sort((a, b) => position(a.row) - position(b.row) || a.index - b.index)
		.map(({ row }) => row);
}

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
		if (dateTimes.includes(name) && value !== '') out[name] = retailCrmDate(value);
		else if (dates.includes(name) && value !== '') out[name] = retailCrmDate(value, false);
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
