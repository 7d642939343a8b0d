import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { createClient } from './client';
import { list, pages } from './list';
import type { Paginator } from './pagination';
import { recentAnswer } from './recentAnswers';
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

/** Where the next page of a search list starts: paging parameters, or a next-page link. */
interface PagePosition {
	qs?: Record<string, string | number>;
	link?: string;
}

function positionOf(next: RequestSpec, start: RequestSpec, paginator: Paginator): PagePosition {
	if (next.path !== start.path) return { link: next.path };
	const qs = next.qs ?? {};
	return {
		qs: Object.fromEntries(
			paginator.position.filter((name) => name in qs).map((name) => [name, qs[name] as string]),
		),
	};
}

/**
 * The request for the page a token names. The token comes back from the browser, so it may
 * hold only paging parameters with plain values, or a link (which the core follows only below
 * the API root); method, path, filters and body are always the node's own.
 */
function resumeAt(
	ctx: ILoadOptionsFunctions,
	spec: RequestSpec,
	paginator: Paginator,
	token: string,
): RequestSpec {
	const refuse = (): never => {
		throw new NodeOperationError(ctx.getNode(), 'The list could not load more results', {
			description: 'Its paging token was not one this node made. Reopen the list.',
		});
	};
	let position: PagePosition;
	try {
		position = JSON.parse(token) as PagePosition;
	} catch {
		return refuse();
	}
	if (position === null || typeof position !== 'object') return refuse();
	if (Object.keys(position).some((key) => key !== 'qs' && key !== 'link')) refuse();
	if (position.link !== undefined) {
		if (typeof position.link !== 'string' || !/^https?:\/\//i.test(position.link)) refuse();
		return { ...spec, path: position.link as string, qs: undefined };
	}
	const entries = Object.entries(position.qs ?? {});
	const plain = (value: unknown) =>
		(typeof value === 'number' && Number.isFinite(value)) ||
		(typeof value === 'string' && value.length <= 512);
	if (!entries.every(([name, value]) => paginator.position.includes(name) && plain(value)))
		refuse();
	const first = paginator.first(spec);
	return { ...first, qs: { ...(first.qs ?? {}), ...Object.fromEntries(entries) } };
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
	const start = paginationToken ? resumeAt(ctx, spec, paginator, paginationToken) : spec;
	// Typing a search again, or reopening the list, repeats a request some vendors refuse soon.
	const page = await recentAnswer(client, start, async () =>
		pages(client, start, paginationToken ? resume(paginator) : paginator).next(),
	);
	if (page.done) return { results: [] };
	const next = page.value.next;
	return {
		results: page.value.records.map(toResult),
		paginationToken: next
			? JSON.stringify(positionOf(next, paginator.first(spec), paginator))
			: undefined,
	};
}

/** Continues from a resumed request instead of starting over at page one. */
function resume(paginator: Paginator): Paginator {
	return { ...paginator, first: (spec) => spec };
}
