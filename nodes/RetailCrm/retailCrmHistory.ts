import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import type { VendorClient } from '../shared/client';
import { list } from '../shared/list';
import { request } from '../shared/request';
import { retailCrmHistoryPages, retailCrmPages } from './RetailCrmProfile';

/** What the trigger watches: one history endpoint and the entity its records point at. */
export interface HistoryKind {
	/** e.g. `/orders`: the list; `${base}/history`: its change log. */
	base: string;
	/** Key of the entity in a history record and of the list in a list answer. */
	entity: 'order' | 'customer';
	list: 'orders' | 'customers';
	/** The history filter that keeps one entity's changes (OrderHistoryFilterV4Type, CustomerHistoryFilter). */
	idFilter: 'orderId' | 'customerId';
}

export const HISTORY_KINDS: Record<'order' | 'customer', HistoryKind> = {
	order: { base: '/orders', entity: 'order', list: 'orders', idFilter: 'orderId' },
	customer: { base: '/customers', entity: 'customer', list: 'customers', idFilter: 'customerId' },
};

export type Match = (record: IDataObject) => boolean;

/** A record that is part of creating the entity (not a line or payment added later). */
export const isCreation: Match = (record) =>
	record.created === true && record.item === undefined && record.payment === undefined;

/** The records each event reacts to. */
export const EVENT_MATCHES: Record<string, { kind: HistoryKind; match: Match }> = {
	orderCreated: { kind: HISTORY_KINDS.order, match: isCreation },
	orderStatusChanged: {
		kind: HISTORY_KINDS.order,
		match: (record) => record.field === 'status' && !isCreation(record),
	},
	orderChanged: { kind: HISTORY_KINDS.order, match: (record) => !isCreation(record) },
	customerCreated: { kind: HISTORY_KINDS.customer, match: isCreation },
	customerChanged: { kind: HISTORY_KINDS.customer, match: (record) => !isCreation(record) },
};

/** Written with the API key this trigger uses (`apiKey.current`), e.g. by this workflow. */
export const isOwnChange: Match = (record) =>
	(record.apiKey as IDataObject | undefined)?.current === true;

/**
 * Where the trigger is in a history: after the record with this id, or, until the first change
 * after the first run, from this time of the account's clock ("Y-m-d H:i:s").
 */
export type HistoryCursor = { sinceId: number } | { startDate: string };

/**
 * The history records one poll reads at most (ten requests of 100). A larger backlog is read
 * over the following polls, each change once, so one poll never holds the workflow for long.
 */
export const MAX_CHANGES_PER_POLL = 1000;

/**
 * "Now" in a history, found with two small requests and no walk through its pages. A history
 * that fits one page ends at its last record. A longer one gives the time of the answer,
 * `generatedAt` (the account's clock, "Y-m-d H:i:s": api-client-php
 * src/Model/Response/Orders/OrdersHistoryResponse.php), and the records since that second, read
 * with `filter[startDate]` as api-client-php doc/usage/examples/orders_history.md starts, end
 * where now is; with none, the trigger goes on from that time. docs.retailcrm.es
 * .../WorkingHistoryAPI advises against walking a long history page by page.
 */
export async function historyStart(
	client: VendorClient,
	kind: HistoryKind,
): Promise<HistoryCursor> {
	const body = await request<IDataObject>(client, {
		method: 'GET',
		path: `${kind.base}/history`,
		qs: { limit: 20 },
	});
	const records = Array.isArray(body?.history) ? (body.history as IDataObject[]) : [];
	const pages = Number((body?.pagination as IDataObject | undefined)?.totalPageCount ?? 1);
	if (pages <= 1) return { sinceId: Number(records[records.length - 1]?.id ?? 0) };
	if (typeof body?.generatedAt !== 'string') {
		throw new NodeOperationError(
			client.node,
			'RetailCRM answered the history without "generatedAt", so the trigger cannot tell where now is',
		);
	}
	const start: HistoryCursor = { startDate: body.generatedAt };
	return (await historyAfter(client, kind, start, Infinity)).cursor;
}

/**
 * The history records after `cursor`, oldest first, at most `max` of them, read by moving
 * `filter[sinceId]` (retailCrmHistoryPages); the cursor to keep is the last record returned.
 */
export async function historyAfter(
	client: VendorClient,
	kind: HistoryKind,
	cursor: HistoryCursor,
	max = MAX_CHANGES_PER_POLL,
): Promise<{ records: IDataObject[]; cursor: HistoryCursor }> {
	const filter =
		'sinceId' in cursor ? { sinceId: cursor.sinceId } : { startDate: cursor.startDate };
	const records = await list(
		client,
		{ method: 'GET', path: `${kind.base}/history`, qs: { filter } },
		retailCrmHistoryPages(),
		max === Infinity ? { returnAll: true } : { returnAll: false, limit: max },
	);
	const last = records[records.length - 1];
	return { records, cursor: last ? { sinceId: Number(last.id) } : cursor };
}

export interface EntityChanges {
	id: number;
	/** The entity as the last record showed it, for when it can no longer be fetched. */
	snapshot: IDataObject;
	changes: IDataObject[];
}

/** Records grouped per entity, in the order each entity first changed. */
export function groupByEntity(records: IDataObject[], kind: HistoryKind): EntityChanges[] {
	const groups = new Map<number, EntityChanges>();
	for (const record of records) {
		const entity = record[kind.entity] as IDataObject | undefined;
		const id = Number(entity?.id);
		if (!Number.isFinite(id)) continue;
		const change = { ...record };
		delete change[kind.entity];
		const group = groups.get(id) ?? { id, snapshot: {}, changes: [] };
		group.snapshot = { ...group.snapshot, ...entity };
		group.changes.push(change);
		groups.set(id, group);
	}
	return [...groups.values()];
}

const IDS_PER_REQUEST = 100;

/** The full entities, fetched once each: by `filter[ids][]`, up to 100 per request. */
export async function fetchEntities(
	client: VendorClient,
	kind: HistoryKind,
	ids: number[],
): Promise<Map<number, IDataObject>> {
	const out = new Map<number, IDataObject>();
	for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
		const chunk = ids.slice(start, start + IDS_PER_REQUEST);
		const records = await list(
			client,
			{ method: 'GET', path: kind.base, qs: { filter: { ids: chunk } } },
			retailCrmPages(kind.list),
			{ returnAll: true },
		);
		for (const record of records) out.set(Number(record.id), record);
	}
	return out;
}

/** One output item per entity: the entity as it is now, and the changes that led here. */
export function entityItem(group: EntityChanges, current: IDataObject | undefined): IDataObject {
	// Gone (deleted or merged away): what the history last showed is all there is.
	const entity = current ?? { ...group.snapshot, deleted: true };
	return { ...entity, changes: group.changes };
}

/**
 * A sample for a manual run: the newest entity (lists are newest first) with its own changes
 * that the event reacts to, read through the history's entity filter, so no long history is
 * walked to find one.
 */
export async function sampleItem(
	client: VendorClient,
	kind: HistoryKind,
	match: Match,
): Promise<IDataObject | undefined> {
	const [entity] = await list(
		client,
		{ method: 'GET', path: kind.base },
		retailCrmPages(kind.list),
		{ returnAll: false, limit: 1 },
	);
	if (!entity) return undefined;
	const changes = await list(
		client,
		{ method: 'GET', path: `${kind.base}/history`, qs: { filter: { [kind.idFilter]: entity.id } } },
		retailCrmHistoryPages(),
		{ returnAll: false, limit: 100 },
	);
	const [group] = groupByEntity(changes.filter(match), kind);
	return { ...entity, changes: group?.changes ?? [] };
}
