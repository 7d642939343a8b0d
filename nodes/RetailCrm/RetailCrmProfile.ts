import type { IDataObject } from 'n8n-workflow';

import { apiRootUrl, checked, secretSchema } from '../shared/credentialChecks';
import type { Paginator } from '../shared/pagination';
import { pageNumberPages } from '../shared/pagination';
import type { BodyEncoder, Credentials, VendorError, VendorProfile } from '../shared/types';

interface RetailCrmErrorBody {
	success?: unknown;
	errorMsg?: unknown;
	errors?: unknown;
}

/** `errors` is a map of field → message, an array of messages, or missing altogether. */
export function errorEntries(errors: unknown): string[] {
	if (Array.isArray(errors)) return errors.map((entry) => text(entry)).filter((e) => e !== '');
	if (errors !== null && typeof errors === 'object') {
		return Object.entries(errors as IDataObject).map(([field, message]) =>
			/^\d+$/.test(field) ? text(message) : `${field}: ${text(message)}`,
		);
	}
	return typeof errors === 'string' && errors !== '' ? [errors] : [];
}

function text(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === undefined || value === null) return '';
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function retailCrmError(body: unknown): VendorError {
	const { errorMsg, errors } = body as RetailCrmErrorBody;
	const details = errorEntries(errors);
	const head = typeof errorMsg === 'string' && errorMsg !== '' ? errorMsg : undefined;
	// The field messages are what tells the user what to fix, so they go into the message itself.
	const message =
		head && details.length > 0 ? `${head} (${details.join('; ')})` : (head ?? details.join('; '));
	return { message: message === '' ? undefined : message, details };
}

/**
 * POST bodies are form-encoded; a nested entity (`order`, `customer`, …) is one field holding
 * a JSON string, scalars are plain fields.
 */
export const retailCrmForm: BodyEncoder = (body) => {
	if (body === undefined || body === null) return { body: undefined };
	// A file upload: the bytes are the whole body, sent as application/octet-stream as
	// api-client-go does (client.go FileUpload). api-client-php sends the same bytes under its
	// default form-urlencoded header (src/Handler/Request/RequestDataHandler.php, PsrRequestHandler.php),
	// so RetailCRM reads the body whatever the header says.
	if (Buffer.isBuffer(body)) {
		return { body, headers: { 'Content-Type': 'application/octet-stream' } };
	}
	if (typeof body === 'string') {
		return { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
	}
	const form = new URLSearchParams();
	for (const [name, value] of Object.entries(body as IDataObject)) {
		if (value === undefined || value === null) continue;
		form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	return {
		body: form.toString(),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
	};
};

/** The instance URL as typed, without a trailing /api or /api/v5 some users paste along. */
export function instanceUrl(credentials: Credentials): string {
	const root = apiRootUrl(String(credentials.url ?? ''), 'Instance URL');
	return root.replace(/\/api(\/v\d+)?$/i, '');
}

export const retailCrmProfile: VendorProfile = {
	displayName: 'RetailCRM',
	credentialType: 'retailCrmApi',
	baseUrl(credentials) {
		checked(secretSchema, credentials.apiKey, 'API Key');
		return `${instanceUrl(credentials)}/api/v5`;
	},
	secrets: (credentials) => [String(credentials.apiKey ?? '')],
	rateLimit: {
		// "No more than 10 requests per second from one IP": every key on this n8n shares it.
		windows: [{ limit: 10, intervalMs: 1000 }],
		// RetailCRM answers an excess request with 503 and does not process it, so resending is safe.
		limitStatuses: [503],
		scope: 'host',
	},
	error: retailCrmError,
	// Some answers are 200 with success: false.
	isFailure: (body) => (body as RetailCrmErrorBody | undefined)?.success === false,
	encodeBody: retailCrmForm,
	// filter[ids][]=1, as the API reference writes it.
	arrayFormat: 'brackets',
};

/**
 * Page sizes the API accepts; anything else is refused. 20/50/100 is stated for costs on
 * help.retailcrm.pro/api_v5_en.html and used by api-client-php's PageLimitTrait everywhere.
 */
export const RETAILCRM_PAGE_SIZES = [20, 50, 100];

/**
 * `/store/inventories` also takes 250: api-client-php src/Enum/PaginationLimit.php lists
 * LIMIT_250, and public integrations read inventories with `limit=250`.
 */
export const RETAILCRM_INVENTORY_PAGE_SIZES = [...RETAILCRM_PAGE_SIZES, 250];

/** `pagination.currentPage/totalPageCount` (api-client-php src/Model/Entity/Pagination.php). */
function pageMeta(body: unknown): { current?: number; last?: number } {
	const pagination = (body as { pagination?: IDataObject } | undefined)?.pagination;
	const number = (value: unknown) =>
		typeof value === 'number' && Number.isFinite(value) ? value : undefined;
	return { current: number(pagination?.currentPage), last: number(pagination?.totalPageCount) };
}

/**
 * The records of a list answer: under `key`, or, for a list whose key the caller does not know
 * (API Request), the one array in the body besides `pagination`. RetailCRM names the list after
 * what it holds (`orders`, `customersCorporate`, `offers` for inventories: api-client-php
 * src/Model/Response/**).
 */
function listRecords(body: unknown, key?: string): unknown {
	const fields = (body ?? {}) as IDataObject;
	if (key !== undefined) return fields[key];
	const lists = Object.entries(fields).filter(
		([name, value]) => name !== 'pagination' && Array.isArray(value),
	);
	return lists.length === 1 ? lists[0][1] : [];
}

/**
 * A RetailCRM list: `?page=&limit=` with `pagination.currentPage/totalPageCount`; records under
 * `key` (or the body's one list when no key is given), the end at the last page
 * (api-client-php doc/usage/examples/complex_pagination/PaginatedRequestIterator.php).
 */
export function retailCrmPages(key?: string, pageSizes = RETAILCRM_PAGE_SIZES): Paginator {
	return pageNumberPages({
		pageParam: 'page',
		sizeParam: 'limit',
		pageSizes,
		records: (body) => listRecords(body, key),
		// Lists are newest first: an order created while they are read shifts the pages.
		identity: (record) => record.id,
		meta: pageMeta,
	});
}

/**
 * A change history (`/orders/history`, `/customers/history`, `/customers-corporate/history`,
 * `/orders/packs/history`), walked by moving `filter[sinceId]` to the last record read, with no
 * `page`: since 15.05.23 these methods answer HTTP 400 to `filter[sinceId]` together with `page`
 * (docs.retailcrm.es/Developers/API/APIFeatures/WorkingHistoryAPI). sinceId is exclusive and the
 * history runs oldest first, so each request starts right after the previous one; more follow
 * while currentPage < totalPageCount (api-client-php doc/usage/examples/orders_history.md).
 */
export function retailCrmHistoryPages(): Paginator {
	return {
		// History is never a search list, so no paging token ever carries a position.
		position: [],
		first: (spec, wanted) => ({
			...spec,
			qs: {
				...(spec.qs ?? {}),
				limit: RETAILCRM_PAGE_SIZES.find((size) => size >= (wanted ?? Infinity)) ?? 100,
			},
		}),
		records: (body) => {
			const history = (body as IDataObject | undefined)?.history;
			return Array.isArray(history) ? (history as IDataObject[]) : [];
		},
		next(spec, response, records) {
			const { current, last } = pageMeta(response.body);
			if (records.length === 0 || last === undefined || (current ?? 1) >= last) return undefined;
			const filter = { ...((spec.qs?.filter as IDataObject | undefined) ?? {}) };
			filter.sinceId = Number(records[records.length - 1].id);
			return { ...spec, qs: { ...(spec.qs ?? {}), filter } };
		},
	};
}
