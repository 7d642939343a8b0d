import { Router } from '../router';
import type { SandboxRequest, SandboxResponse, VendorContext, VendorModule } from '../types';
import type { Ctx, Handler } from './context';
import type { PicqerData } from './data';
import { ErrorCode, PicqerError, picqerError } from './errors';
import { PicqerWebhooks, publicHook, type HookDelivery } from './events';
import {
	PICQER_ACCOUNTS,
	PICQER_DEMO_KEY,
	PICQER_MOUNT,
	PICQER_RATE_LIMIT_PER_MINUTE,
	PICQER_SECOND_KEY,
} from './keys';
import { buildPicqerRouter } from './routes';
import { seedPicqer, type PicqerSeedSizes } from './seed';
import type { Row } from './types';

export * from './keys';
export { PICQER_EVENTS, type HookDelivery } from './events';
export { SEED_CUSTOMERS, SEED_ORDERS, SEED_PICKLISTS, SEED_PRODUCTS } from './seed';
export type { PicqerSeedSizes } from './seed';
export type { PicqerData } from './data';

/** What tests use to look inside and drive the Picqer simulator. */
export interface PicqerHandle {
	readonly mount: string;
	readonly demoKey: string;
	readonly secondKey: string;
	/** The live data of an account (by API key; default the demo key). */
	data(key?: string): PicqerData;
	/** Delivers `event` to the account's active hooks for it and resolves with each result. */
	emit(event: string, data: unknown, options?: { key?: string }): Promise<HookDelivery[]>;
	/** Hooks as the API shows them. */
	hooks(key?: string): Record<string, unknown>[];
	/** Every delivery so far, automatic or emitted. */
	readonly deliveries: readonly HookDelivery[];
	/** Resolves once every delivery started so far has finished. */
	settled(): Promise<void>;
	/** Requests per minute per key; undefined restores Picqer's 500. */
	setRateLimit(perMinute?: number): void;
	readonly rateLimit: number;
	/** Reseeds every account with these row counts (e.g. 5,000 orders); `{}` restores the defaults. */
	setSeedSizes(sizes: PicqerSeedSizes): void;
}

const SECOND_ACCOUNT_SEED_OFFSET = 7919;

function accountFor(key: string): string {
	const account = PICQER_ACCOUNTS[key];
	if (!account) throw new Error(`Unknown Picqer sandbox key`);
	return account;
}

/** API key from `Authorization: Basic base64(key:password)`; the password is ignored. */
function basicAuthUser(header: string | undefined): string | undefined {
	const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	return colon === -1 ? decoded : decoded.slice(0, colon);
}

export function createPicqer(context: VendorContext): VendorModule<PicqerHandle> {
	const router: Router<Handler> = buildPicqerRouter();
	const webhooks = new PicqerWebhooks(context.deliverer);
	let accounts = new Map<string, PicqerData>();
	let perMinute = PICQER_RATE_LIMIT_PER_MINUTE;
	let sizes: PicqerSeedSizes = {};

	// Data is built on first use, so a test that never touches the second account never pays for it.
	function dataOf(account: string): PicqerData {
		let data = accounts.get(account);
		if (!data) {
			const offset = account === 'demo' ? 0 : SECOND_ACCOUNT_SEED_OFFSET;
			data = seedPicqer(context.seed + offset, sizes);
			accounts.set(account, data);
		}
		return data;
	}

	function emit(account: string, event: string, payload: unknown): Promise<HookDelivery[]> {
		return webhooks.emit(account, dataOf(account), event, payload);
	}

	const handle: PicqerHandle = {
		mount: PICQER_MOUNT,
		demoKey: PICQER_DEMO_KEY,
		secondKey: PICQER_SECOND_KEY,
		data: (key = PICQER_DEMO_KEY) => dataOf(accountFor(key)),
		emit: (event, data, options = {}) =>
			emit(accountFor(options.key ?? PICQER_DEMO_KEY), event, data),
		hooks: (key = PICQER_DEMO_KEY) => dataOf(accountFor(key)).hooks.rows.map(publicHook),
		get deliveries() {
			return webhooks.deliveries;
		},
		settled: () => context.deliverer.settled(),
		setRateLimit(limit?: number) {
			if (limit !== undefined && !(limit > 0)) throw new Error('Rate limit must be positive');
			perMinute = limit ?? PICQER_RATE_LIMIT_PER_MINUTE;
		},
		get rateLimit() {
			return perMinute;
		},
		setSeedSizes(next: PicqerSeedSizes) {
			if (next.orders !== undefined && !(Number.isInteger(next.orders) && next.orders > 0)) {
				throw new Error('Order count must be a positive integer');
			}
			sizes = { ...next };
			accounts = new Map();
		},
	};

	function serve(req: SandboxRequest, account: string): SandboxResponse {
		const match = router.match(req.method, req.path);
		if (!match) {
			return picqerError(404, ErrorCode.notFound, `Endpoint ${req.method} ${req.path} not found`);
		}
		const sendsBody = req.method === 'POST' || req.method === 'PUT';
		const bodyIsObject =
			typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body);
		if (sendsBody && req.body !== undefined && (req.invalidJson || !bodyIsObject)) {
			return picqerError(400, ErrorCode.invalidJson, 'Invalid JSON in request body');
		}
		const events: [string, unknown][] = [];
		const ctx: Ctx = {
			data: dataOf(account),
			params: match.params,
			query: req.query,
			body: bodyIsObject ? (req.body as Row) : {},
			emit: (event, payload) => events.push([event, JSON.parse(JSON.stringify(payload))]),
		};
		try {
			const response = match.handler(ctx);
			// Deliveries start after the response is on its way and never hold it up.
			setImmediate(() => events.forEach(([event, payload]) => void emit(account, event, payload)));
			return response;
		} catch (error) {
			if (error instanceof PicqerError) return picqerError(error.status, error.code, error.message);
			throw error;
		}
	}

	return {
		name: 'picqer',
		mount: PICQER_MOUNT,
		handle,
		admit(req) {
			if (!req.headers['user-agent']?.trim()) {
				return picqerError(
					400,
					ErrorCode.unknown,
					'A User-Agent header is required: name your application and add a website or email address',
				);
			}
			const key = basicAuthUser(req.headers.authorization);
			if (!key) {
				return picqerError(
					401,
					ErrorCode.unknown,
					'No API key given: use HTTP Basic auth with the API key as username',
				);
			}
			const account = PICQER_ACCOUNTS[key];
			if (!account) return picqerError(401, ErrorCode.unknown, 'Invalid API key');
			return { account };
		},
		rateWindows: () => [{ limit: perMinute, windowMs: 60_000 }],
		rateLimitHeaders: (state) => ({
			'X-RateLimit-Limit': String(state.windows[0].limit),
			'X-RateLimit-Remaining': String(state.windows[0].remaining),
		}),
		rateLimited: (state) => ({
			...picqerError(429, ErrorCode.rateLimit, 'Rate limit exceeded. Please try again later.'),
			headers: {
				'X-RateLimit-Limit': String(state.windows[0].limit),
				'X-RateLimit-Remaining': '0',
			},
		}),
		errorResponse: (status, message) => picqerError(status, ErrorCode.unknown, message),
		serve: (req, who) => serve(req, who.account),
		admin: async (method, path, body) => {
			const input = (body ?? {}) as {
				event?: string;
				data?: unknown;
				key?: string;
				perMinute?: number;
			};
			if (method === 'GET' && path === '/hooks') {
				return {
					status: 200,
					json: Object.keys(PICQER_ACCOUNTS).flatMap((key) =>
						handle.hooks(key).map((hook) => ({ account: PICQER_ACCOUNTS[key], ...hook })),
					),
				};
			}
			if (method === 'POST' && path === '/emit') {
				if (!input.event) return { status: 400, json: { error: 'Body needs "event" and "data"' } };
				if (input.key !== undefined && !PICQER_ACCOUNTS[input.key]) {
					return { status: 400, json: { error: 'Unknown Picqer sandbox key' } };
				}
				const deliveries = await handle.emit(input.event, input.data ?? {}, { key: input.key });
				return { status: 200, json: { event: input.event, deliveries } };
			}
			if (method === 'GET' && path === '/deliveries')
				return { status: 200, json: handle.deliveries };
			if (method === 'POST' && path === '/ratelimit') {
				try {
					handle.setRateLimit(input.perMinute);
				} catch (error) {
					return { status: 400, json: { error: (error as Error).message } };
				}
				return { status: 200, json: { perMinute } };
			}
			return undefined;
		},
		reset() {
			accounts = new Map();
			webhooks.clear();
		},
	};
}
