import { apiRootUrl, checked, secretSchema, subdomainSchema } from '../shared/credentialChecks';
import { offsetPages } from '../shared/pagination';
import type { VendorProfile } from '../shared/types';

interface PicqerErrorBody {
	error_message?: unknown;
	error_code?: unknown;
}

export const picqerProfile: VendorProfile = {
	displayName: 'Picqer',
	credentialType: 'picqerApi',
	baseUrl(credentials) {
		checked(secretSchema, credentials.apiKey, 'API Key');
		const override = String(credentials.baseUrl ?? '').trim();
		if (override !== '') return apiRootUrl(override, 'Base URL Override');
		const subdomain = checked(subdomainSchema, credentials.subdomain, 'Subdomain');
		return `https://${subdomain.toLowerCase()}.picqer.com/api/v1`;
	},
	secrets: (credentials) => [String(credentials.apiKey ?? '')],
	// The key is the Basic user name, with no password (PicqerApi.credentials.ts).
	basicAuth: (key) => `${key}:`,
	rateLimit: {
		// "About 500 requests per minute per API key"; the headers carry the current value
		// (picqer.com/en/api, basics; picqer-php Client.php `getRemainingRateLimit`).
		windows: [{ limit: 500, intervalMs: 60_000 }],
		// Picqer ignores a request it answers with 429, so resending it is safe (picqer.com/en/api).
		limitStatuses: [429],
		headers: { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining' },
	},
	error(body) {
		const { error_message: message, error_code: code } = body as PicqerErrorBody;
		return {
			message: typeof message === 'string' ? message : undefined,
			code: typeof code === 'number' || typeof code === 'string' ? code : undefined,
		};
	},
};

/** Every Picqer list: bare arrays of at most 100 rows, stepped with ?offset=. */
export const picqerPages = offsetPages({ param: 'offset', pageSize: 100 });
