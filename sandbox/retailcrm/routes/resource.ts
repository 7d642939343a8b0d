import type { Router } from '../../router';
import { LIST_PARAMS, created, ok, takes, type Ctx, type Handler } from '../context';
import type { RetailCrmData } from '../data';
import { notFound } from '../errors';
import { applyFilters, type Filter } from '../filters';
import { check, entity, findBy, findById, paginate, visible } from '../params';
import type { Table } from '../table';
import type { Entity, Row } from '../types';

type Errors = Record<string, string>;

/**
 * How one plain RetailCRM resource behaves. Most differ only in these facts,
 * so one set of handlers serves list / get / create / edit / delete for them.
 */
export interface ResourceSpec<T extends Entity> {
	/** e.g. `/api/v5/costs`. */
	path: string;
	table: (data: RetailCrmData) => Table<T>;
	/** Response keys: `costs` for the list, `cost` for one row; the form field is `entity`. */
	listKey: string;
	itemKey: string;
	entity: string;
	filters: Record<string, Filter<T>>;
	/** `{id}` follows `by` (externalId by default) instead of always being the internal id. */
	byAware?: boolean;
	/**
	 * Whether create and edit take `site` beside the entity (most `*CreateRequest` classes of
	 * api-client-php do; default true).
	 */
	site?: boolean;
	/** Newest first, as RetailCRM lists most resources. */
	newestFirst?: boolean;
	/** Whether the calling key may see a row; default: the row's `site` is one of the key's. */
	visible?: (ctx: Ctx, row: T) => boolean;
	create?: {
		errorMsg: string;
		validate(ctx: Ctx, input: Row): Errors;
		build(ctx: Ctx, input: Row, id: number): T;
		after?(ctx: Ctx, row: T): void;
	};
	edit?: {
		errorMsg: string;
		fields: readonly string[];
		validate(ctx: Ctx, input: Row, row: T): Errors;
		after?(ctx: Ctx, row: T, before: Row): void;
	};
	remove?: boolean;
}

export function findRow<T extends Entity>(spec: ResourceSpec<T>, ctx: Ctx): T {
	const table = spec.table(ctx.data);
	const row = spec.byAware ? findBy(ctx, table) : findById(table, ctx.params.id);
	if (!(spec.visible ?? visible)(ctx, row)) throw notFound();
	return row;
}

export function registerResource<T extends Entity>(
	router: Router<Handler>,
	spec: ResourceSpec<T>,
): void {
	// A `by`-aware get or edit takes `by` and `site` (api-client-php src/Model/Request/BySiteRequest.php).
	const byParams = spec.byAware ? ['by', 'site'] : [];
	const writeParams = [spec.entity, ...(spec.site === false ? [] : ['site']), ...byParams];
	router.add(
		'GET',
		spec.path,
		takes(LIST_PARAMS, (ctx) => {
			const canSee = spec.visible ?? visible;
			const rows = spec.table(ctx.data).rows.filter((row) => canSee(ctx, row));
			const matching = applyFilters(ctx, rows, spec.filters);
			const page = paginate(ctx, spec.newestFirst === false ? matching : matching.reverse());
			return ok({ pagination: page.pagination, [spec.listKey]: page.items });
		}),
	);
	const create = spec.create;
	if (create) {
		router.add(
			'POST',
			`${spec.path}/create`,
			takes(
				writeParams.filter((p) => p !== 'by'),
				(ctx) => {
					const input = entity<Row>(ctx, spec.entity);
					check(create.errorMsg, create.validate(ctx, input));
					const row = spec.table(ctx.data).create((id) => create.build(ctx, input, id));
					create.after?.(ctx, row);
					return created({ id: row.id });
				},
			),
		);
	}
	router.add(
		'GET',
		`${spec.path}/:id`,
		takes(byParams, (ctx) => ok({ [spec.itemKey]: findRow(spec, ctx) })),
	);
	const edit = spec.edit;
	if (edit) {
		router.add(
			'POST',
			`${spec.path}/:id/edit`,
			takes(writeParams, (ctx) => {
				const row = findRow(spec, ctx);
				const input = entity<Row>(ctx, spec.entity);
				check(edit.errorMsg, edit.validate(ctx, input, row));
				const before = JSON.parse(JSON.stringify(row)) as Row;
				for (const field of edit.fields)
					if (input[field] !== undefined) (row as Row)[field] = input[field];
				edit.after?.(ctx, row, before);
				return ok({ id: row.id });
			}),
		);
	}
	if (spec.remove) {
		// `/{id}/delete` takes nothing but the id (e.g. api-client-php Costs::delete(int $id)).
		router.add(
			'POST',
			`${spec.path}/:id/delete`,
			takes([], (ctx) => {
				const row = findRow(spec, ctx);
				spec.table(ctx.data).remove(row.id);
				return ok();
			}),
		);
	}
}

export const blank = 'This value should not be blank.';

/** Errors for required fields that are absent or empty. */
export function required(input: Row, fields: readonly string[]): Errors {
	return Object.fromEntries(
		fields
			.filter((field) => input[field] === undefined || input[field] === null || input[field] === '')
			.map((field) => [field, blank]),
	);
}
