import type { Router } from '../router';
import { created, noContent, ok, queryValue, type Ctx, type Handler } from './context';
import { accepting } from './contract';
import type { PicqerData } from './data';
import { notFound } from './errors';
import type { Filter } from './filters';
import { PICQER_PAGE_SIZE } from './keys';
import type { Collection } from './store';
import { picqerTime } from './time';
import type { Row } from './types';

/**
 * How one Picqer resource behaves. Most resources differ only in these facts,
 * so one set of handlers serves list/get/create/update/delete for all of them.
 */
export interface ResourceSpec<T extends Row = Row> {
	/** Path under /api/v1, e.g. `/suppliers`. */
	path: string;
	/** Name used in error messages, e.g. `Supplier`. */
	label: string;
	table: (data: PicqerData) => Collection<T>;
	filters?: Record<string, Filter<T>>;
	/** Rows a list leaves out unless a parameter asks for them (e.g. inactive products). */
	hiddenByDefault?: (row: T, ctx: Ctx) => boolean;
	/** Query parameters a list reads besides its filters and `offset` (what hiddenByDefault reads). */
	listQuery?: readonly string[];
	get?: boolean;
	list?: boolean;
	create?: {
		/** Body fields the create reads; any other is refused. */
		fields: readonly string[];
		required: readonly string[];
		/** Query parameters the create reads. */
		query?: readonly string[];
		/** The status of a successful create, where the vendor does not answer 201. */
		status?: 200;
		build(ctx: Ctx, id: number): T;
		/** Checks beyond required fields; throw a PicqerError to refuse. */
		validate?(ctx: Ctx): void;
		event?: string;
	};
	update?: {
		/** Fields a PUT may change; any other in the body is refused. */
		fields: readonly string[];
		validate?(ctx: Ctx, row: T): void;
		event?: string;
	};
	/** DELETE behaviour: remove the row (default) or run a custom action. */
	remove?: true | ((ctx: Ctx, row: T) => void);
	/** The public shape of a row (e.g. hides a hook's secret). */
	present?: (row: T) => unknown;
}

/** Applies filters, then Picqer's offset paging of 100 rows. */
export function pageOf<T extends Row>(
	rows: readonly T[],
	ctx: Ctx,
	spec: Pick<ResourceSpec<T>, 'filters' | 'hiddenByDefault'> = {},
): T[] {
	const active = Object.entries(spec.filters ?? {}).flatMap(([name, filter]) => {
		const value = queryValue(ctx.query, name);
		return value === undefined || value === '' ? [] : [[filter, value] as const];
	});
	const matching = rows.filter(
		(row) =>
			!spec.hiddenByDefault?.(row, ctx) && active.every(([filter, value]) => filter(row, value)),
	);
	const offset = Math.max(0, Number.parseInt(queryValue(ctx.query, 'offset') ?? '0', 10) || 0);
	return matching.slice(offset, offset + PICQER_PAGE_SIZE);
}

export function findOr404<T extends Row>(spec: ResourceSpec<T>, ctx: Ctx, param = 'id'): T {
	const row = spec.table(ctx.data).get(ctx.params[param]);
	if (!row) throw notFound(spec.label);
	return row;
}

export function registerResource<T extends Row>(
	router: Router<Handler>,
	spec: ResourceSpec<T>,
): void {
	const present = (row: T) => (spec.present ? spec.present(row) : row);
	if (spec.list !== false) {
		const query = [...Object.keys(spec.filters ?? {}), ...(spec.listQuery ?? []), 'offset'];
		router.add(
			'GET',
			spec.path,
			accepting({ query }, (ctx) => ok(pageOf(spec.table(ctx.data).rows, ctx, spec).map(present))),
		);
	}
	if (spec.get !== false) {
		router.add(
			'GET',
			`${spec.path}/:id`,
			accepting({}, (ctx) => ok(present(findOr404(spec, ctx)))),
		);
	}
	const create = spec.create;
	if (create) {
		const contract = { body: create.fields, required: create.required, query: create.query };
		router.add(
			'POST',
			spec.path,
			accepting(contract, (ctx) => {
				create.validate?.(ctx);
				const row = spec.table(ctx.data).create((id) => create.build(ctx, id));
				if (create.event) ctx.emit(create.event, present(row));
				return create.status === 200 ? ok(present(row)) : created(present(row));
			}),
		);
	}
	const update = spec.update;
	if (update) {
		router.add(
			'PUT',
			`${spec.path}/:id`,
			accepting({ body: update.fields }, (ctx) => {
				const row = findOr404(spec, ctx);
				update.validate?.(ctx, row);
				const target = row as Row;
				for (const field of update.fields) {
					if (field in ctx.body) target[field] = ctx.body[field];
				}
				if ('updated' in target) target.updated = picqerTime();
				if (update.event) ctx.emit(update.event, present(row));
				return ok(present(row));
			}),
		);
	}
	const remove = spec.remove;
	if (remove) {
		router.add(
			'DELETE',
			`${spec.path}/:id`,
			accepting({}, (ctx) => {
				const row = findOr404(spec, ctx);
				if (remove === true)
					spec.table(ctx.data).remove(row[spec.table(ctx.data).idField] as number);
				else remove(ctx, row);
				return noContent();
			}),
		);
	}
}
