import type { Ctx } from '../context';
import { ok } from '../context';
import { applyFilters, dateFrom, dateTo, type Filter } from '../filters';
import type { History } from '../history';
import { presentRecord } from '../history';
import { paginate, scalar } from '../params';
import { crmTime } from '../time';
import type { HistoryRecord } from '../types';

/** `/orders/history`, `/customers/history`, `/tasks/history`: oldest first, one record per change. */
export function historyList(
	ctx: Ctx,
	history: History,
	entityName: string,
	idFilters: Record<string, Filter<HistoryRecord>>,
) {
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
