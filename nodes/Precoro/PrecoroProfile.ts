import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { apiRootUrl, checked, secretSchema } from '../shared/credentialChecks';
import { pageNumberPages } from '../shared/pagination';
import type { Credentials, RateWindow, VendorError, VendorProfile } from '../shared/types';
import { utcTimestampMs } from '../shared/waits';

/**
 * Precoro runs one API per region, with no version prefix: `https://api.precoro.com/purchaseorders`
 * (help.precoro.com "Typical API usage scenarios"; US accounts on api.precoro.us, help.precoro.com
 * "US server guide"; both in oomol-lab/open-connector src/providers/precoro/executors.ts).
 */
export const PRECORO_REGIONS: Record<string, string> = {
	com: 'https://api.precoro.com',
	us: 'https://api.precoro.us',
};

export const emailSchema = z.string().trim().email('must be the email address of the token user');

/**
 * Every published limit, all kept at once (help.precoro.com "Using API in Precoro": 300 a
 * minute, 1,500 an hour, 3,000 a day; "How to handle API rate limits": at most one request a
 * second, "parallel requests get 429"). A "60 a minute" figure seen in a third-party summary is
 * what one request a second amounts to, so it needs no window of its own.
 */
export const PRECORO_WINDOWS: RateWindow[] = [
	{ limit: 1, intervalMs: 1000, name: 'per second' },
	{ limit: 300, intervalMs: 60_000, name: 'per minute' },
	{ limit: 1500, intervalMs: 3_600_000, name: 'per hour' },
	{ limit: 3000, intervalMs: 86_400_000, name: 'per day' },
];

/** "An identical request can't be sent within 1 minute", for GET only ("How to handle API rate limits"). */
export const PRECORO_REPEAT_MS = 60_000;

interface PrecoroLimitBody {
	'RateLimit-Type'?: unknown;
	'RateLimit-Retry-After'?: unknown;
}

interface PrecoroErrorBody {
	message?: unknown;
	error?: unknown;
	errors?: unknown;
}

/**
 * Field messages of a validation error, which Precoro nests: `{"errors":{"errors":{"sumPaid":
 * "The Invoice is already fully paid."}}}` (hotgluexyz/target-precoro client.py validate_response).
 */
export function errorEntries(errors: unknown, prefix = ''): string[] {
	if (typeof errors === 'string')
		return errors === '' ? [] : [prefix ? `${prefix}: ${errors}` : errors];
	if (Array.isArray(errors)) return errors.flatMap((entry) => errorEntries(entry, prefix));
	if (errors === null || typeof errors !== 'object') return [];
	return Object.entries(errors as IDataObject).flatMap(([key, value]) =>
		errorEntries(value, key === 'errors' || /^\d+$/.test(key) ? prefix : key),
	);
}

/** `message`, then `error`, then the field messages (the order open-connector reads them in). */
export function precoroError(body: unknown): VendorError {
	const { message, error, errors } = (body ?? {}) as PrecoroErrorBody;
	const details = errorEntries(errors);
	const head =
		typeof message === 'string' && message !== ''
			? message
			: typeof error === 'string' && error !== ''
				? error
				: undefined;
	const text =
		head && details.length > 0 ? `${head} (${details.join('; ')})` : (head ?? details.join('; '));
	return { message: text === '' ? undefined : text, details };
}

/** The API root for a credential, refusing values that could send the token elsewhere. */
export function precoroBaseUrl(credentials: Credentials): string {
	checked(secretSchema, credentials.apiToken, 'API Token');
	checked(emailSchema, credentials.email, 'Email');
	const override = String(credentials.baseUrl ?? '').trim();
	if (override !== '') return apiRootUrl(override, 'Base URL Override');
	const root = PRECORO_REGIONS[String(credentials.region ?? 'com')];
	if (!root) throw new Error('"Region" must be api.precoro.com or api.precoro.us');
	return root;
}

export const precoroProfile: VendorProfile = {
	displayName: 'Precoro',
	credentialType: 'precoroApi',
	baseUrl: precoroBaseUrl,
	secrets: (credentials) => [String(credentials.apiToken ?? '')],
	rateLimit: {
		windows: PRECORO_WINDOWS,
		// A 429 is not completed ("your requests won't be completed"), so it is safe to resend.
		limitStatuses: [429],
		// "Sending multiple requests simultaneously … will result in … 429" ("How to handle API
		// rate limits"): one at a time, the next a second after the previous answer.
		maxInFlight: 1,
		repeat: { methods: ['GET'], intervalMs: PRECORO_REPEAT_MS },
		// {"RateLimit-Type":"Route based limiter by minute","RateLimit-Retry-After":"2025-12-16
		// 09:00:49 UTC"} ("How to handle API rate limits"); no Retry-After header is documented.
		limitAnswer(body) {
			const answer = (body ?? {}) as PrecoroLimitBody;
			const window = answer['RateLimit-Type'];
			return {
				window: typeof window === 'string' && window !== '' ? window : undefined,
				retryAt: utcTimestampMs(answer['RateLimit-Retry-After']),
			};
		},
		// "Daily limiter" (hotgluexyz/tap-precoro client.py, which exits on it rather than wait).
		failFast: (window) => /daily/i.test(window),
	},
	error: precoroError,
	// status[]=2&supplier[]=7, as Precoro's examples write lists (help.precoro.com "Typical API
	// usage scenarios").
	arrayFormat: 'brackets',
};

/** Page sizes Precoro accepts ("per_page" 10, 20, 50, 100 or 200: the Postman collection's intro). */
export const PRECORO_PAGE_SIZES = [10, 20, 50, 100, 200];

const pagination = (body: unknown) =>
	((body as { meta?: { pagination?: IDataObject } } | undefined)?.meta?.pagination ??
		{}) as IDataObject;

const whole = (value: unknown) =>
	typeof value === 'number' && Number.isInteger(value) ? value : undefined;

/**
 * `?page=&per_page=` with records under `data` and `meta.pagination`: `has_next_page` in current
 * answers, `current_page`/`total_pages` in older ones (hotgluexyz/tap-precoro, whose pagination
 * commit 44db248 a Precoro developer co-authored, reads both).
 */
export const precoroPages = pageNumberPages({
	pageParam: 'page',
	sizeParam: 'per_page',
	pageSizes: PRECORO_PAGE_SIZES,
	records: (body) => (body as { data?: unknown } | undefined)?.data,
	hasNext(body) {
		const next = pagination(body).has_next_page;
		return typeof next === 'boolean' ? next : undefined;
	},
	meta: (body) => ({
		current: whole(pagination(body).current_page),
		last: whole(pagination(body).total_pages),
	}),
	// A record created while a list is read can push one onto the next page.
	identity: (record) => record.id,
});
