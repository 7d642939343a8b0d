import type { Nested } from '../brackets';
import type { Ctx } from './context';
import {
	CrmError,
	NOT_A_CHOICE,
	accessDenied,
	entityFormat,
	invalidInput,
	missingParameter,
	notFound,
} from './errors';
import { RETAILCRM_PAGE_LIMITS } from './keys';
import type { Table } from './table';
import type { Entity, Row } from './types';

/** A scalar parameter: a POST form field, else the query string (RetailCRM reads both). */
export function param(ctx: Ctx, name: string): string | undefined {
	const fromForm = ctx.form[name];
	if (fromForm !== undefined) return Array.isArray(fromForm) ? fromForm.at(-1) : fromForm;
	const fromQuery = ctx.query[name];
	return typeof fromQuery === 'string' ? fromQuery : undefined;
}

/**
 * An entity sent as ONE form field holding JSON (`order={"firstName":"Tom"}`: api-client-php
 * `@Form\JsonField` on every request's entity, src/Component/FormData/FormEncoder.php).
 * A bracket-encoded entity, a JSON body or unparsable JSON is "Errors in the entity format".
 */
export function entity<T = Row>(ctx: Ctx, name: string, shape: 'object' | 'array' = 'object'): T {
	const raw = ctx.form[name];
	if (raw === undefined) {
		const bracketed = Object.keys(ctx.form).some((key) => key.startsWith(`${name}[`));
		if (bracketed || ctx.rawBody?.length) throw entityFormat();
		throw missingParameter(name);
	}
	let value: unknown;
	try {
		value = JSON.parse(Array.isArray(raw) ? String(raw.at(-1)) : raw);
	} catch {
		throw entityFormat();
	}
	const fits =
		shape === 'array'
			? Array.isArray(value)
			: typeof value === 'object' && value !== null && !Array.isArray(value);
	if (!fits) throw entityFormat();
	return value as T;
}

/**
 * The `site` a call acts on; a key with one site implies it, a key with several must name it
 * ("Parameter 'site' is missing": docs.simla.com APIRules; api-client-php issue #84).
 */
export function siteParam(ctx: Ctx, required: boolean): string | undefined {
	const site = param(ctx, 'site');
	if (site !== undefined && site !== '') {
		if (!ctx.access.sites.includes(site)) throw accessDenied();
		return site;
	}
	if (ctx.access.sites.length === 1) return ctx.access.sites[0];
	if (required) throw missingParameter('site');
	return undefined;
}

/**
 * `by=id` selects the internal id; `externalId` (the default) the external one (api-client-php
 * v5.9.0 Methods/V4/Orders.php defaults `$by = 'externalId'`; api-client-python sends `by` only
 * when it is not externalId).
 */
export function byInternalId(ctx: Ctx): boolean {
	const by = param(ctx, 'by') ?? 'externalId';
	if (by !== 'id' && by !== 'externalId') throw invalidInput({ by: NOT_A_CHOICE });
	return by === 'id';
}

export function visible(ctx: Ctx, row: Entity): boolean {
	return row.site === undefined || ctx.access.sites.includes(row.site);
}

/** The row a `{id}` path segment names, following `by` and `site`; 404 when hidden or absent. */
export function findBy<T extends Entity>(ctx: Ctx, table: Table<T>, param = 'id'): T {
	const value = ctx.params[param];
	let row: T | undefined;
	if (byInternalId(ctx)) {
		row = /^\d+$/.test(value) ? table.get(value) : undefined;
	} else {
		const site = siteParam(ctx, true);
		row = table.byExternalId(value, site ? [site] : ctx.access.sites);
	}
	if (!row || !visible(ctx, row)) throw notFound();
	return row;
}

/** An internal id from a path segment, for resources without externalIds. */
export function findById<T extends Entity>(table: Table<T>, value: string): T {
	const row = /^\d+$/.test(value) ? table.get(value) : undefined;
	if (!row) throw notFound();
	return row;
}

/** `filter[...]` of a GET as a nested object. */
export function filterOf(ctx: Ctx): Record<string, Nested> {
	const filter = ctx.query.filter;
	return typeof filter === 'object' && !Array.isArray(filter) ? filter : {};
}

/** A filter value as a list of strings (`filter[ids][]=1` or `filter[ids]=1`). */
export function listOf(value: Nested | undefined): string[] {
	if (value === undefined) return [];
	if (typeof value === 'string') return value === '' ? [] : [value];
	return (Array.isArray(value) ? value : Object.values(value)).flatMap((v) => listOf(v));
}

export function scalar(value: Nested | undefined): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

export interface Page<T> {
	items: T[];
	pagination: { limit: number; totalCount: number; currentPage: number; totalPageCount: number };
}

/**
 * RetailCRM's page + limit paging; limit must be one of `limits` (20, 50 or 100 for most lists)
 * and page at least 1; `pagination` as api-client-php src/Model/Entity/Pagination.php has it.
 * The refusal's field messages are Symfony's (no vendor source found for the wording).
 */
export function paginate<T>(
	ctx: Ctx,
	rows: readonly T[],
	limits: readonly number[] = RETAILCRM_PAGE_LIMITS,
): Page<T> {
	const limitText = param(ctx, 'limit') ?? '20';
	const pageText = param(ctx, 'page') ?? '1';
	const limit = Number(limitText);
	const page = Number(pageText);
	const errors: Record<string, string> = {};
	if (!limits.includes(limit)) errors.limit = NOT_A_CHOICE;
	if (!/^\d+$/.test(pageText) || page < 1)
		errors.page = 'This value should be greater than or equal to 1.';
	if (Object.keys(errors).length > 0) throw invalidInput(errors);
	return {
		items: rows.slice((page - 1) * limit, page * limit),
		pagination: {
			limit,
			totalCount: rows.length,
			currentPage: page,
			totalPageCount: Math.ceil(rows.length / limit),
		},
	};
}

/** Throws a 400 with RetailCRM's error map when `errors` has entries. */
export function check(errorMsg: string, errors: Record<string, string>): void {
	if (Object.keys(errors).length > 0) throw new CrmError(400, errorMsg, errors);
}
