import type { IDataObject } from 'n8n-workflow';

import { apiRootUrl, checked, secretSchema } from '../shared/credentialChecks';
import { pageNumberPages } from '../shared/pagination';
import type { Credentials, VendorError, VendorProfile } from '../shared/types';

/** Every Core endpoint page shows this root (docs.pelcro.com/reference/api-core-intro). */
export const PELCRO_PRODUCTION_URL = 'https://www.pelcro.com/api/v1/core';
/**
 * staging.pelcro.com is Pelcro's staging host (its Postman environment, and
 * pelcro-inc/react-pelcro-js); the Core path there is assumed to match production.
 */
export const PELCRO_STAGING_URL = 'https://staging.pelcro.com/api/v1/core';

/** Site IDs are int32 (every Core endpoint page types `site_id` so). */
const SITE_ID = /^\d{1,10}$/;

export function siteIdOf(credentials: Credentials): number {
	// Not trimmed: the credential puts the value into every query string as it is.
	const value = String(credentials.siteId ?? '');
	if (value.trim() === '') throw new Error('"Site ID" is required');
	if (!SITE_ID.test(value))
		throw new Error(`"Site ID" must be a number, got "${value.slice(0, 20)}"`);
	return Number(value);
}

export function pelcroBaseUrl(credentials: Credentials): string {
	checked(secretSchema, credentials.apiKey, 'API Key');
	siteIdOf(credentials);
	if (credentials.environment === 'staging') return PELCRO_STAGING_URL;
	if (credentials.environment === 'custom')
		return apiRootUrl(String(credentials.baseUrl ?? ''), 'Base URL');
	return PELCRO_PRODUCTION_URL;
}

function text(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(text).join(' ');
	return value === undefined || value === null ? '' : JSON.stringify(value);
}

/**
 * Validation answers are 400 with `{"errors": {"email": ["The email field is required."]}}`
 * (docs.pelcro.com/reference/api-core-errors); other refusals are read from `message`, then
 * `error` (no vendor source for their key; Laravel writes `message`).
 */
export function pelcroError(body: unknown): VendorError {
	const { errors, message, error } = (body ?? {}) as IDataObject;
	const details =
		errors !== null && typeof errors === 'object' && !Array.isArray(errors)
			? Object.entries(errors as IDataObject).map(
					([field, messages]) => `${field}: ${text(messages)}`,
				)
			: Array.isArray(errors)
				? errors.map(text)
				: [];
	const head = [message, error].find((value) => typeof value === 'string' && value !== '') as
		| string
		| undefined;
	// The field messages tell the user what to fix, so they belong in the message itself.
	const fields = details.join('; ');
	const combined = head && fields ? `${head} (${fields})` : (head ?? fields);
	return { message: combined === '' ? undefined : combined, details };
}

export const pelcroProfile: VendorProfile = {
	displayName: 'Pelcro',
	credentialType: 'pelcroApi',
	baseUrl: pelcroBaseUrl,
	secrets: (credentials) => [String(credentials.apiKey ?? '')],
	rateLimit: {
		// "Up to 120 API operations (reads or writes) per minute, per account", 429 beyond it,
		// with no rate-limit headers documented (docs.pelcro.com/v2.4/reference/api-core-rate-limits).
		// A 429'd request was not carried out, so resending it is safe for any method.
		windows: [{ limit: 120, intervalMs: 60_000 }],
		limitStatuses: [429],
	},
	error: pelcroError,
};

/** Any page size from 1 to 100 is accepted (docs.pelcro.com/reference/api-core-pagination-limits). */
const PAGE_SIZES = Array.from({ length: 100 }, (_, index) => index + 1);

const finite = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * Every Core list: `?page=&limit=` answered with Laravel's `data` / `links` / `meta` envelope
 * (docs.pelcro.com/reference/api-core-pagination-limits). The list ends at a null `links.next`
 * or at `meta.last_page`; the next page is asked for by number, since Laravel's `next` link
 * keeps only `page` and would drop the limit and filters.
 */
export const pelcroPages = pageNumberPages({
	pageParam: 'page',
	sizeParam: 'limit',
	pageSizes: PAGE_SIZES,
	records: (body) => (body as IDataObject | undefined)?.data,
	meta(body) {
		const meta = (body as { meta?: IDataObject } | undefined)?.meta;
		return { current: finite(meta?.current_page), last: finite(meta?.last_page) };
	},
	hasNext(body) {
		const links = (body as { links?: IDataObject } | undefined)?.links;
		if (!links || typeof links !== 'object' || !('next' in links)) return undefined;
		return typeof links.next === 'string' && links.next !== '';
	},
	identity: (record) => record.id,
});

/** A single object comes back as `{"data": {...}}` (docs.pelcro.com/reference/api-core-customers). */
export const unwrap = (body: unknown): IDataObject => {
	const data = (body as IDataObject | undefined)?.data;
	return data !== null && typeof data === 'object' && !Array.isArray(data)
		? (data as IDataObject)
		: ((body ?? {}) as IDataObject);
};
