import * as yaml from 'js-yaml';

import { Router } from '../router';
import type { RateState, SandboxResponse, VendorContext, VendorModule } from '../types';
import {
	OPENAPI_SERVICE_ACCOUNTS,
	OPENAPI_SERVICE_DEMO_TOKEN,
	OPENAPI_SERVICE_MOUNT,
	OPENAPI_SERVICE_RATE_LIMIT,
	OPENAPI_SERVICE_SECOND_TOKEN,
} from './keys';
import type { Handler } from './routes';
import { handlers, serviceError } from './routes';
import { OPENAPI_SERVICE_SPEC } from './spec';
import type { ServiceData } from './store';
import { seedService } from './store';
import { validate, ValidationFailure } from './validation';

export * from './keys';
export { OPENAPI_SERVICE_SPEC } from './spec';
export { SEED_SIZES as OPENAPI_SERVICE_SEED_SIZES } from './store';
export type { Customer as ServiceCustomer, ServiceData } from './store';

/** What tests use to look inside and drive the simulated service. */
export interface OpenApiServiceHandle {
	readonly mount: string;
	readonly demoToken: string;
	readonly secondToken: string;
	/** The live data of an account (by token; default the demo token). */
	data(token?: string): ServiceData;
	/** The published spec as the service serves it. */
	specJson(): string;
	specYaml(): string;
	/** Requests per window per token; no argument restores 100 a minute. */
	setRateLimit(limit?: number, windowMs?: number): void;
	/** X-RateLimit-Reset as seconds until the reset (default) or as the epoch second of it. */
	setResetStyle(style: 'seconds' | 'epoch'): void;
	/** Touches a customer as an edit in the service's own UI would: new updated_at. */
	touchCustomer(id: number, token?: string): void;
}

type Route = { specPath: string; method: string; handler: Handler };

function buildRouter(): Router<Route> {
	const router = new Router<Route>();
	for (const [specPath, item] of Object.entries(OPENAPI_SERVICE_SPEC.paths)) {
		const pattern = specPath.replace(/\{([^}]+)\}/g, ':$1');
		for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
			if (!(method in item)) continue;
			const handler = handlers[`${method.toUpperCase()} ${specPath}`];
			if (!handler) throw new Error(`No simulator handler for ${method} ${specPath}`);
			router.add(method, pattern, { specPath, method, handler });
		}
	}
	return router;
}

const tokenOf = (authorization: string | undefined) => {
	// The spec declares http bearer; the seed says only "an Authorization token".
	const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
	return match?.[1];
};

export function createOpenApiService(context: VendorContext): VendorModule<OpenApiServiceHandle> {
	const router = buildRouter();
	let accounts = new Map<string, ServiceData>();
	let rate = { ...OPENAPI_SERVICE_RATE_LIMIT };
	let resetStyle: 'seconds' | 'epoch' = 'seconds';
	const specJson = JSON.stringify(OPENAPI_SERVICE_SPEC, null, 2);
	const specYaml = yaml.dump(OPENAPI_SERVICE_SPEC, { lineWidth: 100, noRefs: true });

	const dataOf = (account: string) => {
		let data = accounts.get(account);
		if (!data) {
			data = seedService(context.seed + (account === 'demo' ? 0 : 313));
			accounts.set(account, data);
		}
		return data;
	};
	const accountOf = (token: string) => {
		const account = OPENAPI_SERVICE_ACCOUNTS[token];
		if (!account) throw new Error('Unknown OpenAPI Service sandbox token');
		return account;
	};

	/** The three headers the seed names, on every answer; Reset in seconds or as an epoch. */
	function rateHeaders(limit: number, remaining: number, resetMs: number): Record<string, string> {
		const seconds = Math.ceil(resetMs / 1000);
		return {
			'X-RateLimit-Limit': String(limit),
			'X-RateLimit-Remaining': String(remaining),
			'X-RateLimit-Reset': String(
				resetStyle === 'epoch' ? Math.ceil((Date.now() + resetMs) / 1000) : seconds,
			),
		};
	}

	const handle: OpenApiServiceHandle = {
		mount: OPENAPI_SERVICE_MOUNT,
		demoToken: OPENAPI_SERVICE_DEMO_TOKEN,
		secondToken: OPENAPI_SERVICE_SECOND_TOKEN,
		data: (token = OPENAPI_SERVICE_DEMO_TOKEN) => dataOf(accountOf(token)),
		specJson: () => specJson,
		specYaml: () => specYaml,
		setRateLimit(limit?: number, windowMs?: number) {
			if (limit !== undefined && !(limit > 0)) throw new Error('Rate limit must be positive');
			rate = {
				limit: limit ?? OPENAPI_SERVICE_RATE_LIMIT.limit,
				windowMs: windowMs ?? OPENAPI_SERVICE_RATE_LIMIT.windowMs,
			};
		},
		setResetStyle(style) {
			resetStyle = style;
		},
		touchCustomer(id, token = OPENAPI_SERVICE_DEMO_TOKEN) {
			const customer = dataOf(accountOf(token)).customers.find((c) => c.id === id);
			if (!customer) throw new Error(`No customer ${id}`);
			customer.updatedAt = new Date().toISOString();
		},
	};

	const unauthorized = (): SandboxResponse => ({
		...serviceError(
			401,
			'unauthorized',
			'A valid token is required: Authorization: Bearer <token>',
		),
		// Refused before the budget is counted, so the whole budget is left.
		headers: rateHeaders(rate.limit, rate.limit, 0),
	});

	return {
		name: 'openapi-service',
		mount: OPENAPI_SERVICE_MOUNT,
		handle,
		admit(req) {
			const token = tokenOf(req.headers.authorization);
			const account = token === undefined ? undefined : OPENAPI_SERVICE_ACCOUNTS[token];
			return account ? { account } : unauthorized();
		},
		// An injected limit answer (account "fault") stands for other clients having spent the
		// budget; it says the budget refills in a second, like a window about to roll over.
		rateWindows: (account) => [
			{ limit: rate.limit, windowMs: account === 'fault' ? 1000 : rate.windowMs },
		],
		rateLimitHeaders: (state: RateState) =>
			rateHeaders(state.windows[0].limit, state.windows[0].remaining, state.windows[0].resetMs),
		rateLimited: (state: RateState) => ({
			...serviceError(
				429,
				'rate_limited',
				`Rate limit exceeded: ${state.windows[0].limit} requests per window. Retry after X-RateLimit-Reset.`,
			),
			headers: rateHeaders(state.windows[0].limit, 0, state.windows[0].resetMs),
		}),
		errorResponse: (status, message) =>
			serviceError(status, status >= 500 ? 'server_error' : 'error', message),
		serve(req, who) {
			if (req.method === 'GET' && req.path === '/openapi.json') {
				return { status: 200, headers: { 'content-type': 'application/json' }, text: specJson };
			}
			if (req.method === 'GET' && req.path === '/openapi.yaml') {
				return { status: 200, headers: { 'content-type': 'application/yaml' }, text: specYaml };
			}
			const match = router.match(req.method, req.path);
			if (!match) return serviceError(404, 'not_found', `No route ${req.method} ${req.path}`);
			const { specPath, method, handler } = match.handler;
			try {
				const query = validate(specPath, method, req.query, req.body, req.invalidJson);
				const host = req.headers.host ?? '127.0.0.1';
				return handler({
					data: dataOf(who.account),
					params: match.params,
					query,
					body: (req.body ?? {}) as Record<string, unknown>,
					root: `http://${host}${OPENAPI_SERVICE_MOUNT}`,
				});
			} catch (error) {
				if (!(error instanceof ValidationFailure)) throw error;
				const status = error.code === 'not_found' ? 404 : 400;
				return serviceError(status, error.code, error.message, error.problems);
			}
		},
		async admin(method, path, body) {
			const input = (body ?? {}) as { limit?: number; windowMs?: number; resetStyle?: string };
			if (method === 'POST' && path === '/ratelimit') {
				try {
					if (input.limit !== undefined) handle.setRateLimit(input.limit, input.windowMs);
					if (input.resetStyle === 'epoch' || input.resetStyle === 'seconds')
						handle.setResetStyle(input.resetStyle);
				} catch (error) {
					return { status: 400, json: { error: (error as Error).message } };
				}
				return { status: 200, json: { ...rate, resetStyle } };
			}
			return undefined;
		},
		reset() {
			accounts = new Map();
			rate = { ...OPENAPI_SERVICE_RATE_LIMIT };
			resetStyle = 'seconds';
		},
	};
}
