import type { Router } from '../../router';
import { created, ok, takes, type Ctx, type Handler } from '../context';
import { CrmError, invalidInput } from '../errors';
import { contains, dateFrom, dateTo, inList, many, type Filter } from '../filters';
import { entity, listOf, scalar, siteParam } from '../params';
import { crmTime } from '../time';
import type { Entity, Row } from '../types';
import { registerResource, required, type ResourceSpec } from './resource';
import { MAX_UPLOAD, uploadLimit } from './upload';

const COST_FIELDS = [
	'dateFrom',
	'dateTo',
	'summ',
	'costItem',
	'comment',
	'order',
	'userId',
] as const;

/**
 * The cost list's filters (api-client-php src/Model/Filter/Costs/CostFilter.php; api-client-go
 * filters.go CostsFilter). The cost's own dates are `dateFrom` / `dateTo`; there is no
 * startDate / endDate. CostFilter types dateFrom..createdAtTo as string[] while CostsFilter (Go)
 * sends them as one value; one value is what the simulator takes (unconfirmed which RetailCRM
 * reads).
 */
const costFilters: Record<string, Filter<Entity>> = {
	ids: inList('id'),
	costItems: inList('costItem'),
	costGroups: inList('costGroup'),
	createdBy: inList('createdBy'),
	users: inList('userId'),
	sites: many((c, v) => (c.sites as string[]).some((s) => listOf(v).includes(s))),
	minSumm: (c, v) => Number(c.summ) >= Number(scalar(v)),
	maxSumm: (c, v) => Number(c.summ) <= Number(scalar(v)),
	dateFrom: dateFrom('dateFrom'),
	dateTo: dateTo('dateTo'),
	createdAtFrom: dateFrom('createdAt'),
	createdAtTo: dateTo('createdAt'),
	orderIds: many((c, v) => listOf(v).includes(String((c.order as Row | undefined)?.id))),
	orderExternalIds: many((c, v) =>
		listOf(v).includes(String((c.order as Row | undefined)?.externalId)),
	),
	orderNumber: (c, v) => String((c.order as Row | undefined)?.number) === scalar(v),
	comment: contains('comment'),
};

/**
 * A cost needs its dates, sum and cost item (api-client-php tests/src/ResourceGroup/CostsTest.php
 * sends all four; which ones RetailCRM requires: no vendor source found, so all four are).
 */
function costErrors(ctx: Ctx, input: Row): Record<string, string> {
	const errors = required(input, ['dateFrom', 'dateTo', 'summ', 'costItem']);
	if (input.summ !== undefined && !Number.isFinite(Number(input.summ)))
		errors.summ = 'This value should be a valid number.';
	const order = input.order as Row | undefined;
	if (order?.id !== undefined && !ctx.data.orders.get(Number(order.id)))
		errors['order.id'] = `Order with id=${String(order.id)} not found.`;
	return errors;
}

function buildCost(ctx: Ctx, input: Row, id: number, site: string | undefined): Entity {
	const fields = Object.fromEntries(
		COST_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]),
	);
	return {
		id,
		createdAt: crmTime(ctx.now),
		createdBy: 'api',
		sites: site ? [site] : [...ctx.access.sites],
		...fields,
		summ: Number(input.summ),
	};
}

/**
 * Costs carry a list of sites (api-client-php src/Model/Entity/Costs/Cost.php `sites`); a key sees
 * a cost that shares one of them (how RetailCRM scopes costs to a key: no vendor source found).
 */
const costVisible = (ctx: Ctx, cost: Entity) =>
	(cost.sites as string[]).some((s) => ctx.access.sites.includes(s));

const costs: ResourceSpec<Entity> = {
	path: '/api/v5/costs',
	table: (data) => data.costs,
	listKey: 'costs',
	itemKey: 'cost',
	entity: 'cost',
	filters: costFilters,
	visible: costVisible,
	create: {
		errorMsg: 'Cost is not created',
		validate: costErrors,
		build: (ctx, input, id) => buildCost(ctx, input, id, siteParam(ctx, false)),
	},
	edit: {
		errorMsg: 'Cost is not edited',
		fields: COST_FIELDS,
		// An edit may leave out what a create requires.
		validate: (ctx, input) =>
			costErrors(ctx, { dateFrom: '-', dateTo: '-', summ: 0, costItem: '-', ...input }),
	},
	remove: true,
};

/** api-client-php src/ResourceGroup/Costs.php: list, create, get, edit, delete, batch delete, upload. */
export function registerCosts(router: Router<Handler>): void {
	router
		// CostsDeleteRequest: `ids` only.
		.add(
			'POST',
			'/api/v5/costs/delete',
			takes(['ids'], (ctx) => {
				const ids = entity<unknown[]>(ctx, 'ids', 'array').map(Number);
				const removed = ids.filter((id) => {
					const cost = ctx.data.costs.get(id);
					return cost !== undefined && costVisible(ctx, cost) && ctx.data.costs.remove(id);
				});
				return ok({
					count: removed.length,
					notRemovedIds: ids.filter((id) => !removed.includes(id)),
				});
			}),
		)
		// CostsUploadRequest: `costs` only, at most 50 (the upload limit of the other batches).
		.add(
			'POST',
			'/api/v5/costs/upload',
			takes(['costs'], (ctx) => {
				const inputs = entity<Row[]>(ctx, 'costs', 'array');
				if (inputs.length > MAX_UPLOAD) throw invalidInput(uploadLimit('costs'));
				const errors = inputs.flatMap((input, i) =>
					Object.entries(costErrors(ctx, input)).map(
						([field, message]) => `costs[${i}].${field}: ${message}`,
					),
				);
				if (errors.length > 0) throw new CrmError(400, 'Costs are not loaded', errors);
				const ids = inputs.map(
					(input) => ctx.data.costs.create((id) => buildCost(ctx, input, id, undefined)).id,
				);
				return created({ uploadedCosts: ids });
			}),
		);
	registerResource(router, costs);
}
