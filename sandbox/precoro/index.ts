import { json } from '../http';
import { Router } from '../router';
import type { SandboxRequest, SandboxResponse, VendorContext, VendorModule } from '../types';
import type { Ctx, Handler } from './context';
import type { PrecoroData } from './data';
import { precoroTime, seedPrecoro } from './data';
import type { DocType } from './documentTypes';
import { WEBHOOK_TYPES } from './documentTypes';
import { PrecoroError } from './errors';
import type { PrecoroLimits } from './keys';
import {
	PRECORO_DEFAULT_LIMITS,
	PRECORO_MAX_WEBHOOKS,
	PRECORO_MOUNT,
	PRECORO_USERS,
	publicUser,
} from './keys';
import { PrecoroLimiter, limitAnswer } from './limits';
import { registerCreates } from './routes/creates';
import { registerDocuments } from './routes/documents';
import { registerReference } from './routes/reference';

export * from './keys';
export type { PrecoroData } from './data';
export { precoroTime, stepKey } from './data';
export { STATUS as PRECORO_STATUS } from './documentTypes';

export interface PrecoroWebhook {
	url: string;
	/** Webhook `type` codes this endpoint gets; all when empty. */
	types: number[];
}

export interface PrecoroHandle {
	mount: string;
	data(): PrecoroData;
	/** Changes the limits (at time scale 1) until the next reset. */
	setLimits(limits: Partial<PrecoroLimits>): void;
	readonly limits: PrecoroLimits;
	/** Answer lists with the older `current_page`/`total_pages` envelope. */
	setLegacyPagination(legacy: boolean): void;
	/**
	 * What a Precoro admin does under Configuration → Webhooks → New Webhook (no API exists for
	 * it): at most 5 endpoints (help.precoro.com "How to set up and use webhooks").
	 */
	addWebhook(url: string, types?: number[]): void;
	readonly webhooks: readonly PrecoroWebhook[];
	/** Resolves once every webhook delivery so far has been answered. */
	deliveries(): Promise<void>;
	/** Changes a document as a Precoro user would in the app: a new updateDate and a webhook. */
	touchDocument(type: string, idn: number, change?: Record<string, unknown>): void;
}

/** Who a request acts for: the token's user, if the `email` header names that same user. */
function userOf(req: SandboxRequest) {
	const token = req.headers['x-auth-token'];
	const user = PRECORO_USERS.find((candidate) => candidate.token === token);
	return { token, user, email: req.headers.email };
}

export function createPrecoro(context: VendorContext): VendorModule<PrecoroHandle> {
	const router = new Router<Handler>();
	registerDocuments(router);
	registerCreates(router);
	registerReference(router);
	let data: PrecoroData | undefined;
	let limits: PrecoroLimits = { ...PRECORO_DEFAULT_LIMITS };
	let legacy = false;
	let webhooks: PrecoroWebhook[] = [];
	const clock = {
		timeScale: () => context.limits?.timeScale() ?? 1,
		enabled: () => context.limits?.enabled() ?? true,
		now: () => Date.now(),
	};
	const limiter = new PrecoroLimiter(clock, () => limits);
	const dataOf = () => (data ??= seedPrecoro(context.seed));

	/** `{"id":123456,"type":2,"action":0,"idn":5}`, unsigned (help.precoro.com webhooks page). */
	function notify(type: number | undefined, action: 0 | 1, id: number, idn?: number) {
		if (type === undefined) return;
		const body = JSON.stringify({ id, type, action, ...(idn === undefined ? {} : { idn }) });
		for (const hook of webhooks) {
			if (hook.types.length === 0 || hook.types.includes(type))
				void context.deliverer.post(hook.url, body, {});
		}
	}

	const handle: PrecoroHandle = {
		mount: PRECORO_MOUNT,
		data: dataOf,
		setLimits(changes) {
			limits = { ...limits, ...changes };
		},
		get limits() {
			return limits;
		},
		setLegacyPagination(value) {
			legacy = value;
		},
		addWebhook(url, types = []) {
			if (webhooks.length >= PRECORO_MAX_WEBHOOKS)
				throw new Error('Precoro allows at most 5 webhook endpoints');
			webhooks = [...webhooks, { url, types }];
		},
		get webhooks() {
			return webhooks;
		},
		deliveries: async () => await context.deliverer.settled(),
		touchDocument(type, idn, change = {}) {
			const docs = dataOf().documents[type as keyof PrecoroData['documents']];
			const doc = docs?.rows.find((row) => row.idn === idn);
			if (!doc) throw new Error(`No ${type} ${idn}`);
			Object.assign(doc, change, { updateDate: precoroTime(Date.now()) });
			notify(WEBHOOK_TYPES[type as DocType], 1, doc.id, doc.idn);
		},
	};

	function serve(req: SandboxRequest, userId: number): SandboxResponse {
		const user = PRECORO_USERS.find((candidate) => candidate.id === userId)!;
		const refused = limiter.take(user.token, req);
		if (refused) return refused;
		const match = router.match(req.method, req.path);
		if (!match) return new PrecoroError(404, 'Not Found').toResponse();
		const ctx: Ctx = {
			data: dataOf(),
			params: match.params,
			query: req.query,
			body: req.body,
			invalidJson: req.invalidJson,
			user: publicUser(user),
			now: Date.now(),
			legacyPagination: legacy,
			notify,
		};
		try {
			return match.handler(ctx);
		} catch (error) {
			if (error instanceof PrecoroError) return error.toResponse();
			throw error;
		}
	}

	return {
		name: 'precoro',
		mount: PRECORO_MOUNT,
		handle,
		/**
		 * `X-AUTH-TOKEN` and the token user's `email` on every call (Postman collection intro;
		 * hotgluexyz/tap-precoro). The 401 bodies are not documented (no vendor source).
		 */
		admit(req) {
			const { token, user, email } = userOf(req);
			if (!token)
				return new PrecoroError(401, 'Authentication required: send X-AUTH-TOKEN').toResponse();
			if (!user) return new PrecoroError(401, 'Invalid API token').toResponse();
			if (!email || email.trim().toLowerCase() !== user.email)
				return new PrecoroError(
					401,
					'The email header does not match the API token user',
				).toResponse();
			return { account: String(user.id) };
		},
		// Precoro counts refused requests too, so it keeps its own counters (limits.ts).
		rateWindows: () => [],
		rateLimitHeaders: () => ({}),
		isRateLimited: (response) => response.status === 429,
		// A `rateLimit` fault: the per-second limit, whose retry time is the soonest. No counter
		// stands behind a fault, so its time is written truncated to the second, not rounded up.
		rateLimited: () =>
			limitAnswer('Concurrency limiter', Date.now() + 1000 * clock.timeScale(), 1, 'floor'),
		errorResponse: (status, message) => new PrecoroError(status, message).toResponse(),
		serve: (req, who) => serve(req, Number(who.account)),
		async admin(method, path, body) {
			const input = (body ?? {}) as {
				url?: string;
				types?: number[];
				legacy?: boolean;
			} & Partial<PrecoroLimits>;
			try {
				if (method === 'POST' && path === '/webhooks') {
					handle.addWebhook(String(input.url), input.types);
					return json(201, { webhooks });
				}
				if (method === 'POST' && path === '/limits') {
					const known = Object.keys(PRECORO_DEFAULT_LIMITS) as Array<keyof PrecoroLimits>;
					handle.setLimits(
						Object.fromEntries(known.filter((k) => k in input).map((k) => [k, input[k]])),
					);
					return json(200, limits);
				}
				if (method === 'POST' && path === '/pagination') {
					handle.setLegacyPagination(Boolean(input.legacy));
					return json(200, { legacy });
				}
			} catch (error) {
				return json(400, { error: (error as Error).message });
			}
			return undefined;
		},
		reset() {
			data = undefined;
			limits = { ...PRECORO_DEFAULT_LIMITS };
			legacy = false;
			webhooks = [];
			limiter.clear();
		},
	};
}
