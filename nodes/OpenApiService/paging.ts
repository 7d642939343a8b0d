import type { IDataObject } from 'n8n-workflow';

import type { Paginator } from '../shared/pagination';
import {
	cursorPages,
	linkHeaderPages,
	nextFromLinkHeader,
	nextLinkPages,
	offsetPages,
	pageNumberPages,
} from '../shared/pagination';
import { header } from '../shared/waits';
import type { OperationDetails, SpecField } from './spec/operations';
import type { SchemaShape } from './spec/schema';
import { flatten } from './spec/schema';
import type { SpecDocument } from './spec/document';

/**
 * OpenAPI has no pagination keyword, so the style is read from the usual names of a list's
 * query parameters and response fields (the heuristic dlt's OpenAPI generator also uses), and,
 * when the spec shows none, from the first response (a Link header or a next link). The user
 * can override it in the node.
 */
export type PagingStyle = 'page' | 'offset' | 'cursor' | 'nextLink' | 'linkHeader' | 'none';

export interface PagingPlan {
	/** `detect`: decided by the first response. */
	style: PagingStyle | 'detect';
	recordsPath: string[];
	pageParam?: string;
	sizeParam?: string;
	offsetParam?: string;
	cursorParam?: string;
	/** The largest page the spec allows (or its default); unset when it says nothing. */
	pageSize?: number;
	nextCursor?: string[];
	nextLink?: string[];
	lastPage?: string[];
	currentPage?: string[];
	total?: string[];
	hasMore?: string[];
}

const PAGE = ['page', 'page_number', 'pagenumber', 'pageno', 'page_no'];
const SIZE = [
	'per_page',
	'perpage',
	'page_size',
	'pagesize',
	'limit',
	'size',
	'count',
	'max_results',
	'maxresults',
	'take',
];
const OFFSET = ['offset', 'skip', 'start'];
const CURSOR = [
	'cursor',
	'after',
	'page_token',
	'pagetoken',
	'next_token',
	'nexttoken',
	'starting_after',
	'continuation_token',
	'continuationtoken',
	'page_cursor',
];

const NEXT_LINK = [
	['next'],
	['next_url'],
	['nextUrl'],
	['next_page_url'],
	['nextPageUrl'],
	['links', 'next'],
	['_links', 'next', 'href'],
	['links', 'next', 'href'],
	['paging', 'next'],
	['pagination', 'next'],
	['pagination', 'next_url'],
	['meta', 'next'],
	['meta', 'links', 'next'],
];
const NEXT_CURSOR = [
	['next_cursor'],
	['nextCursor'],
	['next_page_token'],
	['nextPageToken'],
	['next_token'],
	['nextToken'],
	['cursor'],
	['meta', 'next_cursor'],
	['meta', 'nextCursor'],
	['pagination', 'next_cursor'],
	['pagination', 'nextCursor'],
	['response_metadata', 'next_cursor'],
	['paging', 'cursors', 'after'],
];
const LAST_PAGE = [
	['last_page'],
	['total_pages'],
	['totalPages'],
	['page_count'],
	['pageCount'],
	['meta', 'last_page'],
	['meta', 'total_pages'],
	['meta', 'totalPages'],
	['pagination', 'total_pages'],
	['pagination', 'last_page'],
	['meta', 'pagination', 'total_pages'],
];
const CURRENT_PAGE = [
	['current_page'],
	['currentPage'],
	['meta', 'current_page'],
	['meta', 'currentPage'],
	['meta', 'page'],
	['pagination', 'page'],
	['pagination', 'current_page'],
	['meta', 'pagination', 'current_page'],
];
const TOTAL = [
	['total'],
	['total_count'],
	['totalCount'],
	['total_results'],
	['meta', 'total'],
	['pagination', 'total'],
	['meta', 'pagination', 'total'],
];
const HAS_MORE = [
	['has_more'],
	['hasMore'],
	['has_next_page'],
	['hasNextPage'],
	['meta', 'has_more'],
	['pagination', 'has_more'],
];

function queryParameter(details: OperationDetails, names: string[]): SpecField | undefined {
	const query = details.parameters.filter((p) => p.in === 'query');
	for (const name of names) {
		const found = query.find((p) => p.name.toLowerCase() === name);
		if (found) return found;
	}
	return undefined;
}

/** The first of `candidates` the response schema has, with the JSON types it may hold there. */
function schemaPath(
	document: SpecDocument,
	response: SchemaShape | undefined,
	candidates: string[][],
	types: string[],
): string[] | undefined {
	if (!response) return undefined;
	for (const path of candidates) {
		let shape: SchemaShape | undefined = response;
		for (const key of path) {
			const next: unknown = shape?.properties[key];
			shape =
				next === undefined
					? undefined
					: flatten(document, next, [...(shape as SchemaShape).where, 'properties', key]);
		}
		if (shape && (shape.types.length === 0 || shape.types.some((t) => types.includes(t))))
			return path;
	}
	return undefined;
}

function pageSizeOf(field: SpecField | undefined): number | undefined {
	if (!field) return undefined;
	const { maximum } = field.shape;
	const fallback = typeof field.shape.default === 'number' ? field.shape.default : undefined;
	const size = maximum ?? fallback;
	return size !== undefined && Number.isInteger(size) && size > 0 ? size : undefined;
}

/** The pagination the spec describes for a list operation. */
export function detectPlan(document: SpecDocument, details: OperationDetails): PagingPlan {
	const { response } = details;
	const at = (candidates: string[][], types: string[]) =>
		schemaPath(document, response, candidates, types);
	const page = queryParameter(details, PAGE);
	const size = queryParameter(details, SIZE);
	const offset = queryParameter(details, OFFSET);
	const cursor = queryParameter(details, CURSOR);
	const plan: PagingPlan = {
		style: 'detect',
		recordsPath: details.list?.recordsPath ?? [],
		pageParam: page?.name,
		sizeParam: size?.name,
		offsetParam: offset?.name,
		cursorParam: cursor?.name,
		pageSize: pageSizeOf(size),
		nextCursor: at(NEXT_CURSOR, ['string', 'integer']),
		nextLink: at(NEXT_LINK, ['string']),
		lastPage: at(LAST_PAGE, ['integer', 'number']),
		currentPage: at(CURRENT_PAGE, ['integer', 'number']),
		total: at(TOTAL, ['integer', 'number']),
		hasMore: at(HAS_MORE, ['boolean']),
	};
	if (cursor && plan.nextCursor) plan.style = 'cursor';
	else if (plan.nextLink) plan.style = 'nextLink';
	else if (details.responseHeaders.includes('link')) plan.style = 'linkHeader';
	else if (page) plan.style = 'page';
	else if (offset) plan.style = 'offset';
	return plan;
}

/** The plan for a style the user chose, with the usual names where the spec shows none. */
export function planFor(detected: PagingPlan, choice: string): PagingPlan {
	if (choice === '' || choice === 'auto') return detected;
	const plan: PagingPlan = { ...detected, style: choice as PagingStyle };
	if (choice === 'page') {
		plan.pageParam ??= 'page';
		plan.sizeParam ??= 'per_page';
	} else if (choice === 'offset') {
		plan.offsetParam ??= 'offset';
		plan.sizeParam ??= 'limit';
	} else if (choice === 'cursor') {
		plan.cursorParam ??= 'cursor';
		plan.nextCursor ??= ['next_cursor'];
	} else if (choice === 'nextLink') {
		plan.nextLink ??= ['next'];
	}
	return plan;
}

const dotted = (path?: string[]) => (path ?? []).join('.');

/** The plan in a few words, for the Pagination picker. */
export function describePlan(plan: PagingPlan): string {
	const size = plan.sizeParam
		? `, ${plan.sizeParam}${plan.pageSize ? ` up to ${plan.pageSize}` : ''}`
		: '';
	switch (plan.style) {
		case 'page':
			return `Page Number (${plan.pageParam}${size})`;
		case 'offset':
			return `Offset (${plan.offsetParam}${size})`;
		case 'cursor':
			return `Cursor (${plan.cursorParam} from ${dotted(plan.nextCursor)}${size})`;
		case 'nextLink':
			return `Next Link in Body (${dotted(plan.nextLink)})`;
		case 'linkHeader':
			return `Link Header${plan.sizeParam ? ` (${plan.sizeParam}${plan.pageSize ? ` up to ${plan.pageSize}` : ''})` : ''}`;
		case 'none':
			return 'None (First Page Only)';
		default:
			return 'From the First Response (Link Header or Next Link)';
	}
}

/** The query parameters the pagination fills in, left out of the parameter form. */
export function pagingParameters(plan: PagingPlan): string[] {
	return [plan.pageParam, plan.sizeParam, plan.offsetParam, plan.cursorParam].filter(
		(name): name is string => name !== undefined,
	);
}

function pick(body: unknown, path: string[] | undefined): unknown {
	if (!path) return undefined;
	let value = body;
	for (const key of path) {
		value = value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	}
	return value;
}

const numberAt = (body: unknown, path?: string[]) => {
	const value = Number(pick(body, path));
	return path && Number.isFinite(value) ? value : undefined;
};

/** A Paginator of the request core for the plan. */
export function paginatorFor(plan: PagingPlan): Paginator {
	const records = (body: unknown) =>
		plan.recordsPath.length === 0 ? body : pick(body, plan.recordsPath);
	const shape = { records, sizeParam: plan.sizeParam, pageSize: plan.pageSize };
	const sized = plan.pageSize !== undefined ? shape : { records };
	const hasMore = (body: unknown) => {
		const value = pick(body, plan.hasMore);
		return typeof value === 'boolean' ? value : undefined;
	};
	switch (plan.style) {
		case 'page':
			return pageNumberPages({
				pageParam: plan.pageParam ?? 'page',
				sizeParam: plan.pageSize !== undefined ? plan.sizeParam : undefined,
				pageSizes: plan.pageSize !== undefined ? [plan.pageSize] : [],
				records,
				meta: (body) => ({
					current: numberAt(body, plan.currentPage),
					last: numberAt(body, plan.lastPage),
				}),
				hasNext: hasMore,
			});
		case 'offset':
			return offsetPages({
				param: plan.offsetParam ?? 'offset',
				sizeParam: plan.sizeParam,
				pageSize: plan.pageSize,
				records,
				total: (body) => numberAt(body, plan.total),
			});
		case 'cursor':
			return cursorPages({
				...sized,
				cursorParam: plan.cursorParam ?? 'cursor',
				nextCursor: (body) => (hasMore(body) === false ? undefined : pick(body, plan.nextCursor)),
			});
		case 'nextLink':
			return nextLinkPages({ ...sized, nextLink: (body) => pick(body, plan.nextLink) });
		case 'linkHeader':
			return linkHeaderPages(sized);
		case 'none':
			return {
				position: [],
				first: (spec) => spec,
				records: (body) => asList(records(body)),
				next: () => undefined,
			};
		default:
			return fromFirstResponse(records);
	}
}

function asList(value: unknown): IDataObject[] {
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

/** Follows a Link header or a next link in the body, whichever the first answer has. */
function fromFirstResponse(records: (body: unknown) => unknown): Paginator {
	const byHeader = linkHeaderPages({ records });
	const byBody = nextLinkPages({
		records,
		nextLink: (body) =>
			NEXT_LINK.map((path) => pick(body, path)).find((v) => typeof v === 'string' && v !== ''),
	});
	let chosen: Paginator | undefined;
	return {
		position: [],
		first: (spec) => spec,
		records: (body) => asList(records(body)),
		next(spec, response, page) {
			chosen ??=
				nextFromLinkHeader(header(response.headers, 'link')) !== undefined ? byHeader : byBody;
			return chosen.next(spec, response, page);
		},
	};
}
