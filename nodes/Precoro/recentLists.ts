import type { IDataObject } from 'n8n-workflow';

import type { VendorClient } from '../shared/client';
import { list } from '../shared/list';
import type { Pacer } from '../shared/pacer';
import type { RequestSpec } from '../shared/types';
import { PRECORO_REPEAT_MS, precoroPages } from './PrecoroProfile';

interface Kept {
	at: number;
	records: Promise<IDataObject[]>;
}

/** Whole lists per account (its pacer) and request, for as long as Precoro refuses a repeat. */
const kept = new WeakMap<Pacer, Map<string, Kept>>();

/**
 * A whole list, read at most once a minute per account: Precoro refuses the same GET within a
 * minute, so a dropdown opened twice, or a lookup made for every item, would otherwise wait for
 * the minute to pass. What was read less than a minute ago is still current enough for names.
 */
export function recentList(
	client: VendorClient,
	spec: RequestSpec,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const now = client.transport.now();
	const byRequest = kept.get(client.pacer) ?? new Map<string, Kept>();
	kept.set(client.pacer, byRequest);
	const key = JSON.stringify([spec.path, spec.qs ?? {}]);
	const hit = byRequest.get(key);
	if (hit && now - hit.at < PRECORO_REPEAT_MS) return hit.records;
	const records = list(client, spec, precoroPages, { returnAll: true, itemIndex });
	byRequest.set(key, { at: now, records });
	records.catch(() => byRequest.delete(key));
	return records;
}
