import type { IDataObject } from 'n8n-workflow';

import type { RawResponse, RequestSpec } from './types';
import { header } from './waits';

/**
 * A way of walking a vendor's list. Strategies differ only in where a page's records are and
 * how the next page is asked for; `next` returns undefined when the vendor's contract says the
 * list has ended, so no page is skipped, repeated or fetched in vain.
 */
export interface Paginator {
	first(spec: RequestSpec, wanted?: number): RequestSpec;
	records(body: unknown): IDataObject[];
	next(spec: RequestSpec, response: RawResponse, records: IDataObject[]): RequestSpec | undefined;
	/**
	 * A record's identity, for lists whose pages can shift while they are read (newest first:
	 * a record created meanwhile pushes older ones onto the next page, which would repeat one).
	 */
	identity?: (record: IDataObject) => unknown;
	/**
	 * The query parameters that say where a page starts (an offset, a page number and size, a
	 * cursor); link strategies say it with the path instead. A resource locator's paging token
	 * carries only these, so the browser cannot hand back anything else.
	 */
	position: string[];
}

type RecordsAt = (body: unknown) => unknown;

function asRecords(value: unknown): IDataObject[] {
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

function withQuery(spec: RequestSpec, qs: IDataObject): RequestSpec {
	return { ...spec, qs: { ...(spec.qs ?? {}), ...qs } };
}

/**
 * `?offset=` steps of a fixed page size; a short page is the last one. Without a known page
 * size an empty page ends the list, and a total in the body ends it as soon as it is reached.
 */
export function offsetPages(options: {
	param: string;
	pageSize?: number;
	/** Sends the page size with every request under this name (e.g. `limit`). */
	sizeParam?: string;
	records?: RecordsAt;
	/** How many records the whole list has, when the body says. */
	total?: (body: unknown) => number | undefined;
}): Paginator {
	const { param, pageSize, sizeParam } = options;
	const size = sizeParam && pageSize !== undefined ? { [sizeParam]: pageSize } : {};
	return {
		position: sizeParam ? [param, sizeParam] : [param],
		first: (spec) => withQuery(spec, { [param]: 0, ...size }),
		records: (body) => asRecords(options.records ? options.records(body) : body),
		next(spec, response, records) {
			// A full page may be the last one too; the vendor then answers the next offset with [].
			if (records.length === 0 || (pageSize !== undefined && records.length < pageSize))
				return undefined;
			const offset = Number(spec.qs?.[param] ?? 0) + records.length;
			const total = options.total?.(response.body);
			if (total !== undefined && offset >= total) return undefined;
			return withQuery(spec, { [param]: offset });
		},
	};
}

/** Smallest allowed page size that holds `wanted` records, so a small Limit costs one small page. */
function pageSizeFor(sizes: number[], wanted?: number) {
	const sorted = [...sizes].sort((a, b) => a - b);
	if (wanted === undefined) return sorted[sorted.length - 1];
	return sorted.find((size) => size >= wanted) ?? sorted[sorted.length - 1];
}

/** `?page=N&limit=M` with a meta block telling the current and last page. */
export function pageNumberPages(options: {
	pageParam: string;
	/** Without one (the vendor takes no page size), an empty page ends the list. */
	sizeParam?: string;
	/** Page sizes the vendor accepts; the largest is used for Return All. */
	pageSizes: number[];
	records: RecordsAt;
	/** Current and last page from the body, when the vendor sends them. */
	meta: (body: unknown) => { current?: number; last?: number };
	/**
	 * Whether the body says another page follows (a `next` link, say), when it says so. It is
	 * read before the last page, so a list ends on whichever signal comes first.
	 */
	hasNext?: (body: unknown) => boolean | undefined;
	identity?: Paginator['identity'];
}): Paginator {
	const { pageParam, sizeParam } = options;
	return {
		position: sizeParam ? [pageParam, sizeParam] : [pageParam],
		identity: options.identity,
		first: (spec, wanted) =>
			withQuery(spec, {
				[pageParam]: 1,
				...(sizeParam ? { [sizeParam]: pageSizeFor(options.pageSizes, wanted) } : {}),
			}),
		records: (body) => asRecords(options.records(body)),
		next(spec, response, records) {
			if (records.length === 0) return undefined;
			if (options.hasNext?.(response.body) === false) return undefined;
			const { current, last } = options.meta(response.body);
			const page = current ?? Number(spec.qs?.[pageParam] ?? 1);
			if (last !== undefined) {
				return page >= last ? undefined : withQuery(spec, { [pageParam]: page + 1 });
			}
			// Without a last page, a short page ends the list.
			const size = sizeParam ? Number(spec.qs?.[sizeParam]) : NaN;
			return records.length < size ? undefined : withQuery(spec, { [pageParam]: page + 1 });
		},
	};
}

/** Where a page's records are, and an optional page size sent with the first request. */
interface PageShape {
	records: RecordsAt;
	sizeParam?: string;
	pageSize?: number;
}

/** What the link and cursor strategies share; they differ only in how they ask for the next page. */
function shaped(options: PageShape): Pick<Paginator, 'first' | 'records' | 'position'> {
	return {
		position: options.sizeParam ? [options.sizeParam] : [],
		first: (spec) =>
			options.sizeParam ? withQuery(spec, { [options.sizeParam]: options.pageSize }) : spec,
		records: (body) => asRecords(options.records(body)),
	};
}

/** A `next` link in the body (absolute or relative); null or absent at the end. */
export function nextLinkPages(
	options: PageShape & { nextLink: (body: unknown) => unknown },
): Paginator {
	return {
		...shaped(options),
		next(spec, response) {
			const link = options.nextLink(response.body);
			if (typeof link !== 'string' || link === '') return undefined;
			// The link carries every query parameter the vendor needs.
			return { ...spec, path: link, qs: undefined };
		},
	};
}

/** An opaque cursor in the body, sent back as a query parameter. */
export function cursorPages(
	options: PageShape & { cursorParam: string; nextCursor: (body: unknown) => unknown },
): Paginator {
	const base = shaped(options);
	return {
		...base,
		position: [...base.position, options.cursorParam],
		next(spec, response) {
			const cursor = options.nextCursor(response.body);
			if (cursor === undefined || cursor === null || cursor === '') return undefined;
			return withQuery(spec, { [options.cursorParam]: cursor as string });
		},
	};
}

/** RFC 8288 `Link: <url>; rel="next"` headers. */
export function linkHeaderPages(options: PageShape): Paginator {
	return {
		...shaped(options),
		next(spec, response) {
			const link = nextFromLinkHeader(header(response.headers, 'link'));
			return link === undefined ? undefined : { ...spec, path: link, qs: undefined };
		},
	};
}

export function nextFromLinkHeader(value: string | undefined): string | undefined {
	if (!value) return undefined;
	for (const part of value.split(',')) {
		const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
		if (match && /rel="?([^";]*\s)?next(\s[^";]*)?"?/i.test(match[2])) return match[1];
	}
	return undefined;
}
