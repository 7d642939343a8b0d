import type { IDataObject } from 'n8n-workflow';

import type { VendorClient } from './client';
import type { Paginator } from './pagination';
import { send } from './request';
import type { RequestSpec } from './types';

export interface Page {
	records: IDataObject[];
	/** 1-based. */
	number: number;
	/** The request for the following page, if there is one. */
	next?: RequestSpec;
}

/** Walks a list page by page; stop iterating to stop fetching. */
export async function* pages(
	client: VendorClient,
	spec: RequestSpec,
	paginator: Paginator,
	options: { wanted?: number; itemIndex?: number } = {},
): AsyncGenerator<Page> {
	let current: RequestSpec | undefined = paginator.first(spec, options.wanted);
	for (let number = 1; current; number++) {
		const response = await send(client, current, options.itemIndex);
		const records = paginator.records(response.body);
		const next = paginator.next(current, response, records);
		yield { records, number, next };
		current = next;
	}
}

export interface ListOptions {
	returnAll: boolean;
	limit?: number;
	itemIndex?: number;
}

/** All records, or the first `limit`, fetching no page beyond the one that completes them. */
export async function list(
	client: VendorClient,
	spec: RequestSpec,
	paginator: Paginator,
	options: ListOptions,
): Promise<IDataObject[]> {
	const wanted = options.returnAll ? undefined : Math.max(0, options.limit ?? 50);
	const out: IDataObject[] = [];
	if (wanted === 0) return out;
	const seen = new Set<unknown>();
	for await (const page of pages(client, spec, paginator, {
		wanted,
		itemIndex: options.itemIndex,
	})) {
		for (const record of page.records) {
			const identity = paginator.identity?.(record);
			if (identity !== undefined && identity !== null) {
				if (seen.has(identity)) continue;
				seen.add(identity);
			}
			out.push(record);
			if (wanted !== undefined && out.length >= wanted) return out;
		}
	}
	return out;
}
