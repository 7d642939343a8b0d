import { parseBrackets } from '../brackets';
import { nginxPage } from '../http';
import type { SandboxRequest, SandboxResponse, VendorContext, VendorModule } from '../types';
import { retailCrmAdmin } from './admin';
import type { Ctx } from './context';
import type { RetailCrmData } from './data';
import { CrmError, crmError } from './errors';
import { changeMethods, type RetailCrmHandle } from './handle';
import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_KEYS,
	RETAILCRM_MOUNT,
	RETAILCRM_OTHER_KEY,
	RETAILCRM_RATE_LIMIT_PER_SECOND,
	RETAILCRM_SINGLE_SITE_KEY,
	RETAILCRM_SITES,
} from './keys';
import { buildRetailCrmRouter } from './routes';
import { seedRetailCrm } from './seed';

export * from './keys';
export type { RetailCrmData } from './data';
export type { ChangeOptions, RetailCrmHandle } from './handle';
export type { Customer, HistoryRecord, Order, Row as RetailCrmRow } from './types';
export { SEED_START as RETAILCRM_SEED_START } from './seed';

const API_KEY_PARAM = 'apiKey';

/**
 * The key from `X-API-KEY` (api-client-php src/Handler/Request/HeaderAuthenticatorHandler.php),
 * else the `apiKey` query or form parameter (GetParameterAuthenticatorHandler.php;
 * docs.simla.com/Developers/API/APIFeatures/APIRules): RetailCRM takes all three.
 */
function apiKeyOf(req: SandboxRequest): string | undefined {
	const fromForm = req.form?.[API_KEY_PARAM];
	const candidates = [req.headers['x-api-key'], req.query[API_KEY_PARAM], fromForm];
	for (const value of candidates) {
		const key = Array.isArray(value) ? value.at(-1) : value;
		if (key !== undefined && key !== '') return key;
	}
	return undefined;
}

export function createRetailCrm(context: VendorContext): VendorModule<RetailCrmHandle> {
	const router = buildRetailCrmRouter();
	let data: RetailCrmData | undefined;
	let perSecond = RETAILCRM_RATE_LIMIT_PER_SECOND;

	// Built on first use, so suites that never call RetailCRM never pay for the seed.
	const dataOf = (): RetailCrmData => (data ??= seedRetailCrm(context.seed));

	const handle: RetailCrmHandle = {
		mount: RETAILCRM_MOUNT,
		demoKey: RETAILCRM_DEMO_KEY,
		singleSiteKey: RETAILCRM_SINGLE_SITE_KEY,
		otherKey: RETAILCRM_OTHER_KEY,
		sites: RETAILCRM_SITES,
		data: dataOf,
		...changeMethods(dataOf),
		setRateLimit(limit?: number) {
			if (limit !== undefined && !(limit > 0)) throw new Error('Rate limit must be positive');
			perSecond = limit ?? RETAILCRM_RATE_LIMIT_PER_SECOND;
		},
		get rateLimit() {
			return perSecond;
		},
	};

	function serve(req: SandboxRequest, key: string): SandboxResponse {
		const match = router.match(req.method, req.path);
		// The body of an unknown method: no vendor source found.
		if (!match) return crmError(404, 'API method not found');
		const query = { ...req.query };
		const form = { ...req.form };
		delete query[API_KEY_PARAM];
		delete form[API_KEY_PARAM];
		const ctx: Ctx = {
			data: dataOf(),
			params: match.params,
			query: parseBrackets(query),
			form,
			rawBody: req.form === undefined && req.rawBytes.length > 0 ? req.rawBytes : undefined,
			bytes: req.rawBytes,
			contentType: req.headers['content-type'] ?? '',
			key,
			access: RETAILCRM_KEYS[key],
			actor: { source: 'api', key },
			now: new Date(),
		};
		try {
			return match.handler(ctx);
		} catch (error) {
			if (error instanceof CrmError) return error.toResponse();
			throw error;
		}
	}

	return {
		name: 'retailcrm',
		mount: RETAILCRM_MOUNT,
		credentialParams: [API_KEY_PARAM],
		handle,
		admit(req) {
			const key = apiKeyOf(req);
			// Both messages and their 403 (api-client-php src/Factory/ApiExceptionFactory.php;
			// api-client-go client_test.go against demo.retailcrm.ru, commit 7eba722).
			if (key === undefined) return crmError(403, '"apiKey" is missing.');
			if (!RETAILCRM_KEYS[key]) return crmError(403, 'Wrong "apiKey" value.');
			// "No more than 10 requests per second from one IP": per calling IP, not per key
			// (docs.simla.com/Developers/API/APIFeatures/APIRules; api-client-go rate.go).
			return { account: key, rateKey: req.remoteAddress };
		},
		rateWindows: () => [{ limit: perSecond, windowMs: 1000 }],
		rateLimitHeaders: () => ({}),
		// An excess request gets 503 (api-client-go client.go retries it; api-client-php
		// doc/usage/examples/complex_pagination/PaginatedRequestIterator.php sleeps and repeats);
		// the nginx page as its body: no vendor source found.
		rateLimited: () => nginxPage(503, 'Service Temporarily Unavailable'),
		errorResponse: (status, message) => crmError(status, message),
		serve: (req, who) => serve(req, who.account),
		admin: async (method, path, body) => retailCrmAdmin(handle, method, path, body),
		reset() {
			data = undefined;
			perSecond = RETAILCRM_RATE_LIMIT_PER_SECOND;
		},
	};
}
