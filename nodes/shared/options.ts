import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { createClient } from './client';
import { list, pages } from './list';
import type { Paginator } from './pagination';
import type { RequestSpec, VendorProfile } from './types';

/** Dropdown options from a whole vendor list (a record may give several), sorted by name. */
export async function loadOptions(
	ctx: ILoadOptionsFunctions,
	profile: VendorProfile,
	spec: RequestSpec,
	paginator: Paginator,
	toOptions: (record: IDataObject) => INodePropertyOptions | INodePropertyOptions[],
): Promise<INodePropertyOptions[]> {
	const client = await createClient(ctx, profile);
	const records = await list(client, spec, paginator, { returnAll: true });
	return records.flatMap(toOptions).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One page of a resource locator's search list; n8n hands the token back for the next page,
 * so a long list is never loaded all at once.
 */
export async function searchList(
	ctx: ILoadOptionsFunctions,
	profile: VendorProfile,
	spec: RequestSpec,
	paginator: Paginator,
	toResult: (record: IDataObject) => INodeListSearchResult['results'][number],
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const client = await createClient(ctx, profile);
	const start: RequestSpec = paginationToken ? (JSON.parse(paginationToken) as RequestSpec) : spec;
	const iterator = pages(client, start, paginationToken ? resume(paginator) : paginator);
	const page = await iterator.next();
	if (page.done) return { results: [] };
	const nextSpec = page.value.next;
	return {
		results: page.value.records.map(toResult),
		paginationToken: nextSpec ? JSON.stringify(nextSpec) : undefined,
	};
}

/** Continues from a saved request instead of starting over at page one. */
function resume(paginator: Paginator): Paginator {
	return { ...paginator, first: (spec) => spec };
}
