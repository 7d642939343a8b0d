import type { IDataObject } from 'n8n-workflow';

import { apiRootUrl, checked, secretSchema } from '../shared/credentialChecks';
import type { Credentials, VendorError, VendorProfile } from '../shared/types';

export const OPEN_API_SERVICE_CREDENTIAL = 'openApiServiceApi';

/** A route version (seed: "v1/customers", "/v2/customers"): one path segment, e.g. v1 or v2.1. */
const VERSION = /^v\d+(?:\.\d+)*$/i;

/** The credential's API version, checked: empty (no version in the route) or one like v2. */
export function versionOf(value: unknown, field = 'API Version'): string {
	const version = String(value ?? '')
		.trim()
		.replace(/^\/+|\/+$/g, '');
	if (version !== '' && !VERSION.test(version)) {
		throw new Error(`"${field}" must look like v1 or v2 (one path segment), got "${version}"`);
	}
	return version;
}

/**
 * The API root from the credential: https (http only for localhost), no user, query or fragment.
 * A version at its end is dropped, since the version comes from API Version and the spec's paths
 * (seed: versions are part of each route), so it is never sent twice.
 */
export function apiRoot(credentials: Credentials): string {
	const root = apiRootUrl(String(credentials.baseUrl ?? ''), 'Base URL');
	return root.replace(/\/v\d+(?:\.\d+)*$/i, '');
}

/**
 * The seed shows no error body (it says only that errors come as JSON), so every usual shape
 * is read: `message`, `error` (text or an object with `message`), `errors[]`, and RFC 9457
 * problem details (`title`, `detail`). The whole body stays in the error's details.
 */
export function openApiServiceError(body: unknown): VendorError {
	const data = (body ?? {}) as IDataObject;
	const text = (value: unknown) =>
		typeof value === 'string' && value.trim() !== '' ? value : undefined;
	const nested =
		data.error !== null && typeof data.error === 'object' ? (data.error as IDataObject) : {};
	const details = Array.isArray(data.errors)
		? data.errors.map((entry) => {
				if (typeof entry === 'string') return entry;
				const item = (entry ?? {}) as IDataObject;
				const field = text(item.field) ?? text(item.path) ?? text(item.name);
				const message = text(item.message) ?? text(item.detail) ?? JSON.stringify(entry);
				return field ? `${field}: ${message}` : message;
			})
		: [];
	const message =
		text(data.message) ??
		text(data.error) ??
		text(nested.message) ??
		text(data.detail) ??
		text(data.title) ??
		details[0];
	const code = data.code ?? nested.code ?? data.type;
	return {
		message,
		code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
		details: details.length > 0 ? details : undefined,
	};
}

export type SpecSource = { kind: 'text'; text: string } | { kind: 'url'; url: string };

/**
 * Where the spec comes from. A spec URL is fetched with the token, so it must be on the API's
 * own host (same scheme, host and port as the Base URL): the token goes nowhere else.
 */
export function specSourceOf(credentials: Credentials): SpecSource {
	if (credentials.specSource === 'text') {
		const text = String(credentials.specText ?? '');
		if (text.trim() === '')
			throw new Error('"Spec" is empty: paste the OpenAPI spec (JSON or YAML)');
		return { kind: 'text', text };
	}
	const raw = String(credentials.specUrl ?? '').trim();
	if (raw === '') throw new Error('"Spec URL" is required');
	if (!URL.canParse(raw)) throw new Error('"Spec URL" is not a valid URL');
	const url = new URL(raw);
	// The same rules as the Base URL, plus a query (some servers pick the format by one).
	apiRootUrl(`${url.origin}${url.pathname}`, 'Spec URL');
	if (url.username || url.password || url.hash || raw.includes('#')) {
		throw new Error('"Spec URL" must not contain a user name, password or fragment');
	}
	const base = new URL(apiRoot(credentials));
	if (url.origin !== base.origin) {
		throw new Error(
			`"Spec URL" must be on the API's host (${base.origin}): the token is sent with it`,
		);
	}
	return { kind: 'url', url: url.href };
}

export const openApiServiceProfile: VendorProfile = {
	displayName: 'OpenAPI Service',
	credentialType: OPEN_API_SERVICE_CREDENTIAL,
	baseUrl(credentials) {
		checked(secretSchema, credentials.token, 'Token');
		versionOf(credentials.apiVersion);
		specSourceOf(credentials);
		return apiRoot(credentials);
	},
	secrets: (credentials) => [String(credentials.token ?? '')],
	rateLimit: {
		// The seed documents no numbers, only the headers: the pacer keeps what they say
		// (limit, what is left, and the reset in seconds or as an epoch) and Retry-After.
		windows: [],
		limitStatuses: [429],
		headers: {
			limit: 'x-ratelimit-limit',
			remaining: 'x-ratelimit-remaining',
			reset: 'x-ratelimit-reset',
		},
	},
	error: openApiServiceError,
	// OpenAPI's default query style (form, explode): ?status=a&status=b.
	arrayFormat: 'repeat',
};
