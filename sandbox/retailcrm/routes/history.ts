import type { Ctx } from '../context';
import { ok } from '../context';
import { invalidInput } from '../errors';
import { applyFilters, dateFrom, dateTo, type Filter } from '../filters';
import type { History } from '../history';
import { presentRecord } from '../history';
import { filterOf, paginate, param, scalar } from '../params';
import { crmTime } from '../time';
import type { HistoryRecord } from '../types';

/**
 * `/orders/history`, `/customers/history`, `/customers-corporate/history`, `/tasks/history`:
 * oldest first, one record per change, with `generatedAt` (api-client-php tests/src/ResourceGroup/
 * OrdersTest.php testHistory; src/Model/Response/Orders/OrdersHistoryResponse.php). Filters
 * sinceId / startDate / endDate and the entity's ID filters are those of api-client-php
 * src/Model/Filter/Orders/OrderHistoryFilterV4Type.php, Customers/CustomerHistoryFilter.php and
 * Tasks/TaskHistoryFilter.php; sinceId is exclusive (doc/usage/examples/orders_history.md).
 */
export function historyList(
	ctx: Ctx,
	history: History,
	entityName: string,
	idFilters: Record<string, Filter<HistoryRecord>>,
) {
	// "Since 15.05.23 the history methods answer HTTP 400 to filter[sinceId] together with page"
	// (docs.retailcrm.es/Developers/API/APIFeatures/WorkingHistoryAPI). The status is the
	// vendor's; the wording of the message is not documented (no vendor source found).
	if (scalar(filterOf(ctx).sinceId) !== undefined && param(ctx, 'page') !== undefined) {
		throw invalidInput({
			page: 'The page parameter cannot be used together with filter[sinceId].',
		});
	}
	const visible = history.records.filter(
		(record) => record.site === '' || ctx.access.sites.includes(record.site),
	);
	const rows = applyFilters(ctx, visible, {
		sinceId: (record, value) => record.id > Number(scalar(value)),
		startDate: dateFrom('createdAt'),
		endDate: dateTo('createdAt'),
		...idFilters,
	});
	const page = paginate(ctx, rows);
	return ok({
		generatedAt: crmTime(ctx.now),
		history: page.items.map((record) => presentRecord(record, entityName, ctx.key)),
		pagination: page.pagination,
	});
}

export const byEntityId = (): Filter<HistoryRecord> => (record, value) =>
	record.entityId === Number(scalar(value));

export const byEntityExternalId = (): Filter<HistoryRecord> => (record, value) =>
	record.entityExternalId === scalar(value);
