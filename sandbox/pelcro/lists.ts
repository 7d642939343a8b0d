import type { Query, SandboxResponse } from '../types';
import type { Ctx } from './context';
import { fieldError, invalid } from './errors';
import { PELCRO_DEFAULT_PAGE_SIZE, PELCRO_MAX_PAGE_SIZE } from './keys';
import type { Row } from './store';

export type Expansions = Record<string, (ctx: Ctx, row: Row) => unknown>;

/** What one list endpoint accepts beyond `page` and `limit`. */
export interface ListSpec {
	/**
	 * `filter[attr]=op:value` attributes (docs.pelcro.com/reference/api-core-filtering-and-sorting);
	 * `metadata` stands for `metadata.*` and `filter[metadata]=has:key`.
	 */
	filters?: readonly string[];
	/** `sort=attr` / `sort=-attr` attributes (same page). */
	sorts?: readonly string[];
	/** `expand=a,b` relations (docs.pelcro.com/reference/api-core-expanding-relationships). */
	expand?: Expansions;
	/** Endpoint-specific query parameters and how each one selects rows. */
	params?: Record<string, (row: Row, value: string) => boolean>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const FILTER_KEY = /^filter\[([a-z_]+(?:\.[a-z0-9_]+)?)\]$/i;
const OPERATORS = ['eq', 'oreq', 'like', 'orlike', 'has', 'orhas'] as const;
type Operator = (typeof OPERATORS)[number];

function valueAt(row: Row, attribute: string): unknown {
	return attribute
		.split('.')
		.reduce<unknown>((value, part) => (value as Row | undefined)?.[part], row);
}

function matches(row: Row, attribute: string, operator: Operator, values: string[]): boolean {
	const base = operator.replace(/^or/, '');
	if (base === 'has') {
		const metadata = (row.metadata ?? {}) as Row;
		return values.some((key) => key in metadata);
	}
	const actual = valueAt(row, attribute);
	if (actual === undefined || actual === null) return false;
	const text = String(actual).toLowerCase();
	return values.some((value) =>
		base === 'like'
			? text.includes(value.replace(/%/g, '').toLowerCase())
			: text === value.toLowerCase(),
	);
}

/** Refuses any query parameter the endpoint does not take, naming it (a simulator rule). */
export function allowOnly(query: Query, allowed: readonly string[], filters = false): void {
	const errors: Record<string, string[]> = {};
	for (const key of Object.keys(query)) {
		if (allowed.includes(key) || (filters && FILTER_KEY.test(key))) continue;
		errors[key] = [`The ${key} parameter is not allowed.`];
	}
	if (Object.keys(errors).length > 0) throw invalid(errors);
}

function filtered(rows: Row[], query: Query, spec: ListSpec): Row[] {
	const all: Array<(row: Row) => boolean> = [];
	const any: Array<(row: Row) => boolean> = [];
	for (const [key, raw] of Object.entries(query)) {
		const match = FILTER_KEY.exec(key);
		if (!match) continue;
		const attribute = match[1];
		const root = attribute.split('.')[0];
		if (!(spec.filters ?? []).includes(root) || (root !== 'metadata' && attribute.includes('.')))
			throw fieldError(key, `The ${attribute} attribute cannot be filtered.`);
		const text = first(raw) ?? '';
		const colon = text.indexOf(':');
		const named = colon === -1 ? '' : text.slice(0, colon);
		const operator = (OPERATORS as readonly string[]).includes(named) ? (named as Operator) : 'eq';
		const values = (operator === named ? text.slice(colon + 1) : text).split(',');
		const test = (row: Row) => matches(row, attribute, operator, values);
		(operator.startsWith('or') ? any : all).push(test);
	}
	for (const [name, select] of Object.entries(spec.params ?? {})) {
		const value = first(query[name]);
		if (value !== undefined && value !== '') all.push((row) => select(row, value));
	}
	return rows.filter(
		(row) => all.every((t) => t(row)) && (any.length === 0 || any.some((t) => t(row))),
	);
}

function sorted(rows: Row[], sort: string | undefined, spec: ListSpec): Row[] {
	if (!sort) return rows;
	const keys = sort.split(',').map((key) => key.trim());
	for (const key of keys) {
		if (!(spec.sorts ?? []).includes(key.replace(/^-/, '')))
			throw fieldError('sort', `The ${key.replace(/^-/, '')} attribute cannot be sorted.`);
	}
	return [...rows].sort((a, b) => {
		for (const key of keys) {
			const name = key.replace(/^-/, '');
			const direction = key.startsWith('-') ? -1 : 1;
			const x = a[name] as string | number;
			const y = b[name] as string | number;
			if (x === y) continue;
			return (x > y ? 1 : -1) * direction;
		}
		return 0;
	});
}

/** The relations `expand` names, checked against what the endpoint offers. */
export function expanded(ctx: Ctx, row: Row, expansions: Expansions = {}): Row {
	const asked = (first(ctx.query.expand) ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
	const out = { ...row };
	for (const name of asked) {
		const expand = expansions[name];
		if (!expand) throw fieldError('expand', `The ${name} relation cannot be expanded.`);
		out[name] = expand(ctx, row);
	}
	return out;
}

function pageNumber(query: Query, name: string, fallback: number, max?: number): number {
	const raw = first(query[name]);
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value)) throw fieldError(name, `The ${name} must be an integer.`);
	if (value < 1) throw fieldError(name, `The ${name} must be at least 1.`);
	// "up to a maximum of 100 records per page"; the answer beyond it is not documented.
	if (max !== undefined && value > max)
		throw fieldError(name, `The ${name} may not be greater than ${max}.`);
	return value;
}

/**
 * A page in Laravel's envelope, as docs.pelcro.com/reference/api-core-pagination-limits shows
 * it: `data`, `links` (first/last/prev/next, keeping only `page`), and `meta`.
 */
export function listResponse(ctx: Ctx, rows: Row[], spec: ListSpec): SandboxResponse {
	allowOnly(
		ctx.query,
		[
			'page',
			'limit',
			'expand',
			...(spec.sorts?.length ? ['sort'] : []),
			...Object.keys(spec.params ?? {}),
		],
		(spec.filters ?? []).length > 0,
	);
	const page = pageNumber(ctx.query, 'page', 1);
	const size = pageNumber(ctx.query, 'limit', PELCRO_DEFAULT_PAGE_SIZE, PELCRO_MAX_PAGE_SIZE);
	const selected = sorted(filtered(rows, ctx.query, spec), first(ctx.query.sort), spec);
	const total = selected.length;
	const last = Math.max(1, Math.ceil(total / size));
	const start = (page - 1) * size;
	const data = selected.slice(start, start + size).map((row) => expanded(ctx, row, spec.expand));
	const path = `${ctx.root}${ctx.path}`;
	const link = (n: number) => `${path}?page=${n}`;
	return {
		status: 200,
		json: {
			data,
			links: {
				first: link(1),
				last: link(last),
				prev: page > 1 ? link(page - 1) : null,
				next: page < last ? link(page + 1) : null,
			},
			meta: {
				current_page: page,
				from: data.length > 0 ? start + 1 : null,
				last_page: last,
				links: [],
				path,
				per_page: size,
				to: data.length > 0 ? start + data.length : null,
				total,
			},
		},
	};
}
