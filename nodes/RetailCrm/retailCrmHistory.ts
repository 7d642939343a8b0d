import type { IDataObject } from 'n8n-workflow';

import type { VendorClient } from '../shared/client';
import { list } from '../shared/list';
import { request } from '../shared/request';
import { retailCrmPages } from './RetailCrmProfile';

/** What the trigger watches: one history endpoint and the entity its records point at. */
export interface HistoryKind {
	/** e.g. `/orders`: the list; `${base}/history`: its change log. */
	base: string;
	/** Key of the entity in a history record and of the list in a list answer. */
	entity: 'order' | 'customer';
	list: 'orders' | 'customers';
}

export const HISTORY_KINDS: Record<'order' | 'customer', HistoryKind> = {
	order: { base: '/orders', entity: 'order', list: 'orders' },
	customer: { base: '/customers', entity: 'customer', list: 'customers' },
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

const SMALL_PAGE = 20;

function lastRecord(body: IDataObject | undefined): IDataObject | undefined {
	const history = body?.history;
	return Array.isArray(history) ? (history[history.length - 1] as IDataObject) : undefined;
}

/**
 * The last page of a history, read with two small requests: the first tells how many pages
 * there are. History runs oldest first, so its last record is the newest.
 */
export async function newestHistoryPage(
	client: VendorClient,
	kind: HistoryKind,
): Promise<IDataObject[]> {
	const path = `${kind.base}/history`;
	const first = await request<IDataObject>(client, {
		method: 'GET',
		path,
		qs: { page: 1, limit: SMALL_PAGE },
	});
	const pages = Number((first?.pagination as IDataObject | undefined)?.totalPageCount ?? 1);
	const last =
		pages > 1
			? await request<IDataObject>(client, {
					method: 'GET',
					path,
					qs: { page: pages, limit: SMALL_PAGE },
				})
			: first;
	const records = last?.history;
	return Array.isArray(records) ? (records as IDataObject[]) : [];
}

/** The id of the newest history record, 0 when there is none: where "from now" starts. */
export async function newestHistoryId(client: VendorClient, kind: HistoryKind): Promise<number> {
	const newest = lastRecord({ history: await newestHistoryPage(client, kind) });
	return Number(newest?.id ?? 0);
}

/** Every history record after `sinceId`, oldest first. */
export async function historySince(
	client: VendorClient,
	kind: HistoryKind,
	sinceId: number,
): Promise<IDataObject[]> {
	const records = await list(
		client,
		{ method: 'GET', path: `${kind.base}/history`, qs: { filter: { sinceId } } },
		retailCrmPages('history'),
		{ returnAll: true },
	);
	return records.sort((a, b) => Number(a.id) - Number(b.id));
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
