import type { SandboxRequest, SandboxResponse, VendorContext, VendorModule } from '../types';
import type { Ctx } from './context';
import { messageResponse, PelcroError, validationResponse } from './errors';
import type { PelcroDelivery } from './events';
import { PelcroWebhooks } from './events';
import type { PelcroAccount } from './keys';
import {
	PELCRO_ACCOUNTS,
	PELCRO_DEMO_KEY,
	PELCRO_DEMO_SITE,
	PELCRO_MOUNT,
	PELCRO_RATE_LIMIT_PER_MINUTE,
	PELCRO_SECOND_KEY,
	PELCRO_SECOND_SITE,
} from './keys';
import { buildPelcroRouter } from './routes';
import { seedPelcro } from './seed';
import type { PelcroData, Row } from './store';

export * from './keys';
export { PELCRO_EVENTS, type PelcroDelivery } from './events';
export type { PelcroData, Row as PelcroRow } from './store';

/** What tests use to look inside and drive the Pelcro simulator. */
export interface PelcroHandle {
	readonly mount: string;
	readonly demoKey: string;
	readonly secondKey: string;
	readonly demoSite: number;
	readonly secondSite: number;
	/** The live data of an account (by API key; default the demo key). */
	data(key?: string): PelcroData;
	/** Sends a dotted event to the account's matching webhooks, as Pelcro would. */
	emit(type: string, object: Row, options?: { key?: string }): Promise<PelcroDelivery[]>;
	/** Sends a recorded delivery again, byte for byte (Pelcro retries failed deliveries). */
	redeliver(delivery: PelcroDelivery): Promise<PelcroDelivery>;
	readonly deliveries: readonly PelcroDelivery[];
	settled(): Promise<void>;
	/** Requests per minute per account; undefined restores Pelcro's 120. */
	setRateLimit(perMinute?: number): void;
	readonly rateLimit: number;
}

const SECOND_ACCOUNT_SEED_OFFSET = 4099;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function accountOf(key: string): PelcroAccount {
	const account = PELCRO_ACCOUNTS[key];
	if (!account) throw new Error('Unknown Pelcro sandbox key');
	return account;
}

const unauthenticated = () => messageResponse(401, 'Unauthenticated.');

export function createPelcro(context: VendorContext): VendorModule<PelcroHandle> {
	const router = buildPelcroRouter();
	const webhooks = new PelcroWebhooks(context.deliverer);
	let accounts = new Map<string, PelcroData>();
	let perMinute = PELCRO_RATE_LIMIT_PER_MINUTE;

	// Built on first use, so suites that never call Pelcro never pay for the seed.
	function dataOf(account: PelcroAccount): PelcroData {
		let data = accounts.get(account.name);
		if (!data) {
			const offset = account.name === 'demo' ? 0 : SECOND_ACCOUNT_SEED_OFFSET;
			data = seedPelcro(context.seed + offset, account.site);
			accounts.set(account.name, data);
		}
		return data;
	}

	const handle: PelcroHandle = {
		mount: PELCRO_MOUNT,
		demoKey: PELCRO_DEMO_KEY,
		secondKey: PELCRO_SECOND_KEY,
		demoSite: PELCRO_DEMO_SITE,
		secondSite: PELCRO_SECOND_SITE,
		data: (key = PELCRO_DEMO_KEY) => dataOf(accountOf(key)),
		emit(type, object, options = {}) {
			const account = accountOf(options.key ?? PELCRO_DEMO_KEY);
			return webhooks.emit(account.name, dataOf(account), type, object);
		},
		async redeliver(delivery) {
			const account = Object.values(PELCRO_ACCOUNTS).find(
				(a) => a.name === delivery.account,
			) as PelcroAccount;
			const data = dataOf(account);
			const hook = data.webhooks.get(delivery.webhookId);
			if (!hook) throw new Error('That webhook is gone');
			return await webhooks.send(
				account.name,
				data,
				hook,
				delivery.type,
				delivery.eventId,
				delivery.body,
			);
		},
		get deliveries() {
			return webhooks.deliveries;
		},
		settled: () => context.deliverer.settled(),
		setRateLimit(limit?: number) {
			if (limit !== undefined && !(limit > 0)) throw new Error('Rate limit must be positive');
			perMinute = limit ?? PELCRO_RATE_LIMIT_PER_MINUTE;
		},
		get rateLimit() {
			return perMinute;
		},
	};

	async function serve(req: SandboxRequest, account: PelcroAccount): Promise<SandboxResponse> {
		const match = router.match(req.method, req.path);
		if (!match)
			return messageResponse(404, `The route ${req.path.replace(/^\//, '')} could not be found.`);
		const sendsBody = req.method === 'POST' || req.method === 'PUT' || req.method === 'DELETE';
		const isObject = typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body);
		if (sendsBody && req.body !== undefined && (req.invalidJson || !isObject))
			return messageResponse(400, 'The request body must be a JSON object.');
		const data = dataOf(account);
		const events: Array<[string, Row, Row | undefined]> = [];
		const query = { ...req.query };
		delete query.site_id;
		const ctx: Ctx = {
			data,
			params: match.params,
			query,
			body: isObject ? (req.body as Row) : {},
			root: `http://${req.headers.host ?? 'localhost'}${PELCRO_MOUNT}`,
			path: req.path,
			emit: (type, object, previous) =>
				events.push([
					type,
					JSON.parse(JSON.stringify(object)) as Row,
					previous && (JSON.parse(JSON.stringify(previous)) as Row),
				]),
			probe: async (url) =>
				(await context.deliverer.post(url, '{}', { 'user-agent': 'Pelcro-Webhooks' })).status ===
				200,
		};
		try {
			const response = await match.handler(ctx);
			// Deliveries start after the answer is on its way and never hold it up.
			setImmediate(() =>
				events.forEach(
					([type, object, previous]) =>
						void webhooks.emit(account.name, data, type, object, previous),
				),
			);
			return response;
		} catch (error) {
			if (error instanceof PelcroError) return error.toResponse();
			throw error;
		}
	}

	return {
		name: 'pelcro',
		mount: PELCRO_MOUNT,
		handle,
		admit(req) {
			// `Authorization: Bearer <API key>` (docs.pelcro.com/reference/api-core-intro). The 401 body
			// is not documented; Laravel's is {"message": "Unauthenticated."}.
			const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
			const account = match ? PELCRO_ACCOUNTS[match[1]] : undefined;
			if (!account) return unauthenticated();
			// `site_id` is a required int32 query parameter of every Core endpoint (R/api-core-intro).
			// The wording of the refusals is Laravel's; Pelcro's own is not documented.
			const site = first(req.query.site_id);
			if (site === undefined || site === '')
				return validationResponse({ site_id: ['The site id field is required.'] });
			if (!/^\d+$/.test(site))
				return validationResponse({ site_id: ['The site id must be an integer.'] });
			if (Number(site) !== account.site)
				return validationResponse({ site_id: ['The selected site id is invalid.'] });
			return { account: account.name };
		},
		rateWindows: () => [{ limit: perMinute, windowMs: 60_000 }],
		// No rate-limit headers are documented (R/api-core-rate-limits).
		rateLimitHeaders: () => ({}),
		// 429, with no headers; Laravel's throttle body.
		rateLimited: () => messageResponse(429, 'Too Many Attempts.'),
		errorResponse: (status, message) => messageResponse(status, message),
		serve: (req, who) =>
			serve(
				req,
				Object.values(PELCRO_ACCOUNTS).find((a) => a.name === who.account) as PelcroAccount,
			),
		admin: async (method, path, body) => {
			const input = (body ?? {}) as {
				type?: string;
				object?: Row;
				key?: string;
				perMinute?: number;
			};
			if (method === 'POST' && path === '/emit') {
				if (!input.type) return { status: 400, json: { error: 'Body needs "type" and "object"' } };
				if (input.key !== undefined && !PELCRO_ACCOUNTS[input.key])
					return { status: 400, json: { error: 'Unknown Pelcro sandbox key' } };
				const deliveries = await handle.emit(input.type, input.object ?? {}, { key: input.key });
				return { status: 200, json: { type: input.type, deliveries } };
			}
			if (method === 'POST' && path === '/redeliver') {
				const last = handle.deliveries.at(-1);
				if (!last) return { status: 400, json: { error: 'Nothing was delivered yet' } };
				return { status: 200, json: await handle.redeliver(last) };
			}
			if (method === 'GET' && path === '/deliveries')
				return { status: 200, json: handle.deliveries };
			if (method === 'GET' && path === '/webhooks') {
				return {
					status: 200,
					json: Object.keys(PELCRO_ACCOUNTS).flatMap((key) => handle.data(key).webhooks.all()),
				};
			}
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
			perMinute = PELCRO_RATE_LIMIT_PER_MINUTE;
		},
	};
}
