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
	// A file upload: the bytes are the body.
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

/** Page sizes the API accepts; anything else is refused. */
export const RETAILCRM_PAGE_SIZES = [20, 50, 100];

/** A RetailCRM list: `?page=&limit=` with `pagination.currentPage/totalPageCount`; records under `key`. */
export function retailCrmPages(key: string): Paginator {
	return pageNumberPages({
		pageParam: 'page',
		sizeParam: 'limit',
		pageSizes: RETAILCRM_PAGE_SIZES,
		records: (body) => (body as IDataObject | undefined)?.[key],
		// Lists are newest first: an order created while they are read shifts the pages.
		identity: (record) => record.id,
		meta(body) {
			const pagination = (body as { pagination?: IDataObject } | undefined)?.pagination;
			const number = (value: unknown) =>
				typeof value === 'number' && Number.isFinite(value) ? value : undefined;
			return {
				current: number(pagination?.currentPage),
				last: number(pagination?.totalPageCount),
			};
		},
	});
}
