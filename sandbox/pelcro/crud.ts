import type { Router } from '../router';
import type { Ctx, Handler } from './context';
import { one } from './context';
import type { FieldErrors } from './errors';
import { invalid, notFound } from './errors';
import type { ListSpec } from './lists';
import { allowOnly, expanded, listResponse } from './lists';
import type { PelcroData, Row, Table } from './store';
import { unixNow } from './store';
import type { Shape } from './validation';
import { check, hasErrors } from './validation';

export type TableName = {
	[K in keyof PelcroData]: PelcroData[K] extends Table ? K : never;
}[keyof PelcroData];

/** One Core resource with the standard list / create / get / update / delete routes. */
export interface CrudSpec {
	path: string;
	table: TableName;
	list?: ListSpec;
	create?: {
		shape: Shape;
		required?: readonly string[];
		/** Cross-field and existence rules, after the shape passed. */
		validate?: (ctx: Ctx, body: Row) => FieldErrors | void;
		build: (ctx: Ctx, body: Row) => Row;
		/** Side effects once the row is stored (a subscription's first invoice, say). */
		after?: (ctx: Ctx, row: Row) => void;
		/** Dotted event type sent to webhooks. */
		event?: string;
	};
	update?: {
		shape: Shape;
		validate?: (ctx: Ctx, body: Row, row: Row) => FieldErrors | void;
		apply?: (ctx: Ctx, row: Row, body: Row) => void;
		event?: string;
	};
	get?: boolean;
	/** Deletes (default: removes the row); throws to refuse. */
	remove?: ((ctx: Ctx, row: Row) => void) | true;
}

export function tableOf(ctx: Ctx, name: TableName): Table {
	return ctx.data[name];
}

/** The row a path id names, or Pelcro's 404. */
export function rowOf(ctx: Ctx, name: TableName, id = ctx.params.id): Row {
	const row = /^\d+$/.test(id ?? '') ? tableOf(ctx, name).get(Number(id)) : undefined;
	if (!row || row.deleted_at) throw notFound();
	return row;
}

export function validated(
	ctx: Ctx,
	shape: Shape,
	required: readonly string[] = [],
	more?: () => FieldErrors | void,
): void {
	const errors = check(ctx.body, shape, required);
	if (hasErrors(errors)) throw invalid(errors);
	const extra = more?.();
	if (extra && hasErrors(extra)) throw invalid(extra);
}

/**
 * Metadata is merged, not replaced; a key set to null is removed
 * (docs.pelcro.com/reference/api-core-update-customer, reference-link/api-core-update-coupon).
 */
export function mergeMetadata(row: Row, metadata: unknown): void {
	const merged = { ...((row.metadata as Row | undefined) ?? {}) };
	for (const [key, value] of Object.entries((metadata ?? {}) as Row)) {
		if (value === null) delete merged[key];
		else merged[key] = value;
	}
	row.metadata = merged;
}

export function applyChanges(row: Row, body: Row): void {
	for (const [key, value] of Object.entries(body)) {
		if (key === 'metadata') mergeMetadata(row, value);
		else row[key] = value;
	}
	row.updated_at = unixNow();
}

const live = (rows: Row[]) => rows.filter((row) => !row.deleted_at);

export function registerCrud(router: Router<Handler>, spec: CrudSpec): void {
	const { path, table } = spec;
	if (spec.list) {
		const list = spec.list;
		router.add('GET', path, (ctx) => listResponse(ctx, live(tableOf(ctx, table).all()), list));
	}
	if (spec.create) {
		const create = spec.create;
		router.add('POST', path, (ctx) => {
			allowOnly(ctx.query, []);
			validated(ctx, create.shape, create.required, () => create.validate?.(ctx, ctx.body));
			const now = unixNow();
			const row = tableOf(ctx, table).insert({
				...create.build(ctx, ctx.body),
				created_at: now,
				updated_at: now,
			});
			if (create.event) ctx.emit(create.event, row);
			create.after?.(ctx, row);
			return one(row, 201);
		});
	}
	if (spec.get !== false) {
		router.add('GET', `${path}/:id`, (ctx) => {
			allowOnly(ctx.query, ['expand']);
			return one(expanded(ctx, rowOf(ctx, table), spec.list?.expand));
		});
	}
	if (spec.update) {
		const update = spec.update;
		router.add('PUT', `${path}/:id`, (ctx) => {
			allowOnly(ctx.query, []);
			const row = rowOf(ctx, table);
			validated(ctx, update.shape, [], () => update.validate?.(ctx, ctx.body, row));
			const previous = { ...row };
			if (update.apply) update.apply(ctx, row, ctx.body);
			else applyChanges(row, ctx.body);
			if (update.event) ctx.emit(update.event, row, previous);
			return one(row);
		});
	}
	if (spec.remove) {
		const remove = spec.remove;
		router.add('DELETE', `${path}/:id`, (ctx) => {
			allowOnly(ctx.query, []);
			const row = rowOf(ctx, table);
			if (remove === true) tableOf(ctx, table).delete(row.id as number);
			else remove(ctx, row);
			return { status: 204 };
		});
	}
}

/** Errors for ids that must name an existing row of `name` (Laravel's `exists` rule). */
export function mustExist(ctx: Ctx, checks: Array<[field: string, name: TableName]>): FieldErrors {
	const errors: FieldErrors = {};
	for (const [field, name] of checks) {
		const value = ctx.body[field];
		if (value === undefined || value === null) continue;
		const row = typeof value === 'number' ? tableOf(ctx, name).get(value) : undefined;
		if (!row || row.deleted_at)
			errors[field] = [`The selected ${field.replace(/_/g, ' ')} is invalid.`];
	}
	return errors;
}
