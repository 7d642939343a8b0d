import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger remembers between polls. New items: the highest numeric id seen, or, for ids
 * that have no order (UUIDs), the ids seen. Changed items: the latest updated-at time seen and
 * the ids updated at exactly that time, so an item changed within the same second as the last
 * poll is neither lost nor emitted twice.
 */
export type PollCursor =
	| { kind: 'new'; maxId?: number; seen?: string[] }
	| { kind: 'changed'; since?: number; idsAtSince: string[] };

/** Ids kept for lists whose ids cannot be ordered; the oldest go first beyond this. */
export const SEEN_KEPT = 10_000;

const idOf = (record: IDataObject, field: string) => {
	const value = record[field];
	return value === undefined || value === null || value === '' ? undefined : String(value);
};

const numericId = (id: string) => (/^-?\d{1,15}$/.test(id) ? Number(id) : undefined);

/** An updated-at value as epoch milliseconds: ISO text, or epoch seconds or milliseconds. */
export function timeOf(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value))
		return value < 1e11 ? value * 1000 : value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = Number(value);
	if (Number.isFinite(n)) return n < 1e11 ? n * 1000 : n;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? undefined : parsed;
}

/** The cursor as of now: what the list holds counts as seen. */
export function startCursor(
	records: IDataObject[],
	event: 'new' | 'changed',
	idField: string,
	updatedField: string,
): PollCursor {
	const initial: PollCursor =
		event === 'new' ? { kind: 'new' } : { kind: 'changed', idsAtSince: [] };
	return advance(records, initial, idField, updatedField).cursor;
}

/** The records that are new or changed since the cursor, oldest first, and the next cursor. */
export function advance(
	records: IDataObject[],
	cursor: PollCursor,
	idField: string,
	updatedField: string,
): { emitted: IDataObject[]; cursor: PollCursor } {
	const identified = records
		.map((record) => ({ record, id: idOf(record, idField) }))
		.filter((entry): entry is { record: IDataObject; id: string } => entry.id !== undefined);
	if (cursor.kind === 'new') {
		const numeric = identified.every(({ id }) => numericId(id) !== undefined);
		if (numeric && cursor.seen === undefined) {
			const emitted = identified
				.filter(({ id }) => cursor.maxId === undefined || Number(id) > cursor.maxId)
				.sort((a, b) => Number(a.id) - Number(b.id));
			const maxId = Math.max(cursor.maxId ?? -Infinity, ...identified.map(({ id }) => Number(id)));
			return {
				emitted: cursor.maxId === undefined ? [] : emitted.map(({ record }) => record),
				cursor: { kind: 'new', maxId: Number.isFinite(maxId) ? maxId : undefined },
			};
		}
		// Ids without an order: every id seen is kept (a numeric maximum from before still counts).
		const seen = new Set(cursor.seen ?? []);
		const { maxId } = cursor;
		const known = (id: string) =>
			seen.has(id) || (maxId !== undefined && numericId(id) !== undefined && Number(id) <= maxId);
		const first = cursor.seen === undefined && maxId === undefined;
		const fresh = identified.filter(({ id }) => !known(id));
		for (const { id } of identified) seen.add(id);
		return {
			emitted: first ? [] : fresh.map(({ record }) => record),
			cursor: { kind: 'new', seen: [...seen].slice(-SEEN_KEPT) },
		};
	}
	const timed = identified
		.map((entry) => ({ ...entry, at: timeOf(entry.record[updatedField]) }))
		.filter((entry): entry is typeof entry & { at: number } => entry.at !== undefined);
	const since = cursor.since;
	const atSince = new Set(cursor.idsAtSince);
	const emitted = timed
		.filter(({ at, id }) => since === undefined || at > since || (at === since && !atSince.has(id)))
		.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
	const latest = Math.max(since ?? -Infinity, ...timed.map(({ at }) => at));
	if (!Number.isFinite(latest)) return { emitted: [], cursor };
	const idsAtLatest = timed.filter(({ at }) => at === latest).map(({ id }) => id);
	return {
		emitted: since === undefined ? [] : emitted.map(({ record }) => record),
		cursor: {
			kind: 'changed',
			since: latest,
			idsAtSince: [...new Set([...(latest === since ? cursor.idsAtSince : []), ...idsAtLatest])],
		},
	};
}
