import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin';
import { FaultInjector, type Fault } from './faults';
import {
	flattenHeaders,
	json,
	nginxPage,
	parseBody,
	parseForm,
	parseQuery,
	readBody,
	send,
	serialise,
	sleep,
} from './http';
import { createOpenApiService, type OpenApiServiceHandle } from './openapi-service';
import { createPelcro, type PelcroHandle } from './pelcro';
import { createPrecoro, type PrecoroHandle } from './precoro';
import { createPicqer, type PicqerHandle } from './picqer';
import { RateLimiter } from './rateLimiter';
import { createRetailCrm, type RetailCrmHandle } from './retailcrm';
import { RequestLog, type ReceivedRequest } from './requestLog';
import { isResponse, type SandboxRequest, type SandboxResponse, type VendorModule } from './types';
import { WebhookDeliverer } from './webhooks';

export interface SandboxOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	/** Default 127.0.0.1: the sandbox is for loopback use only. */
	host?: string;
	/** Multiplies rate-limit windows: 1/60 makes a minute last one second. */
	timeScale?: number;
	/** Seed of the generated data (default 1). */
	seed?: number;
	/** false turns every rate limit off (headers are still sent). */
	rateLimits?: boolean;
	/** Round trip of every vendor answer in ms (see setLatency); default 0. */
	latencyMs?: number;
}

export interface Sandbox {
	url: string;
	port: number;
	close(): Promise<void>;
	/** Reseeds all data and clears the request log, faults and rate-limit counters. */
	reset(): void;
	faults: FaultInjector;
	received: RequestLog;
	picqer: PicqerHandle;
	retailcrm: RetailCrmHandle;
	pelcro: PelcroHandle;
	precoro: PrecoroHandle;
	openApiService: OpenApiServiceHandle;
	vendors: readonly VendorModule[];
	readonly timeScale: number;
	setTimeScale(scale: number): void;
	setRateLimits(enabled: boolean): void;
	/**
	 * Makes every vendor answer take `ms` more, as a network between client and vendor would:
	 * half before the vendor counts the request against its limits, half after it answered.
	 */
	setLatency(ms: number): void;
	readonly latencyMs: number;
}

const DEFAULT_SEED = 1;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	let timeScale = options.timeScale ?? 1;
	let latencyMs = options.latencyMs ?? 0;
	const faults = new FaultInjector();
	const received = new RequestLog();
	const limiter = new RateLimiter(() => timeScale, options.rateLimits ?? true);
	const deliverer = new WebhookDeliverer();
	const picqer = createPicqer({ seed: options.seed ?? DEFAULT_SEED, deliverer });
	const retailcrm = createRetailCrm({ seed: options.seed ?? DEFAULT_SEED, deliverer });
	const pelcro = createPelcro({ seed: options.seed ?? DEFAULT_SEED, deliverer });
	const precoro = createPrecoro({
		seed: options.seed ?? DEFAULT_SEED,
		deliverer,
		limits: { timeScale: () => timeScale, enabled: () => limiter.enabled },
	});
	const openApiService = createOpenApiService({ seed: options.seed ?? DEFAULT_SEED, deliverer });
	const vendors: VendorModule[] = [picqer, retailcrm, pelcro, precoro, openApiService];

	const server = http.createServer((req, res) => {
		handle(req, res).catch((error: Error) => {
			if (!res.headersSent)
				send(res, json(500, { error: 'Sandbox failure', message: error.message }));
			else res.destroy();
		});
	});

	const sandbox: Sandbox = {
		url: '',
		port: 0,
		faults,
		received,
		picqer: picqer.handle,
		retailcrm: retailcrm.handle,
		pelcro: pelcro.handle,
		precoro: precoro.handle,
		openApiService: openApiService.handle,
		vendors,
		get timeScale() {
			return timeScale;
		},
		setTimeScale(scale: number) {
			if (!(scale > 0)) throw new Error('timeScale must be a positive number');
			timeScale = scale;
		},
		setRateLimits(enabled: boolean) {
			limiter.enabled = enabled;
		},
		get latencyMs() {
			return latencyMs;
		},
		setLatency(ms: number) {
			if (!(ms >= 0)) throw new Error('latency must be 0 or more milliseconds');
			latencyMs = ms;
		},
		reset() {
			faults.clear();
			received.clear();
			limiter.clear();
			for (const vendor of vendors) vendor.reset();
		},
		async close() {
			deliverer.abortAll();
			await Promise.all(vendors.map((vendor) => vendor.close?.()));
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};

	async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://sandbox');
		const method = (req.method ?? 'GET').toUpperCase();
		const rawBytes = await readBody(req);
		const rawBody = rawBytes.toString('utf8');
		const { body, invalidJson } = parseBody(rawBody);
		const form = parseForm(rawBody, req.headers['content-type']);
		if (url.pathname.startsWith('/__sandbox/')) {
			const path = url.pathname.slice('/__sandbox'.length);
			send(res, await handleAdmin(sandbox, method, path, parseQuery(url.searchParams), body));
			return;
		}
		const vendor = vendors.find(
			(v) => url.pathname === v.mount || url.pathname.startsWith(`${v.mount}/`),
		);
		if (!vendor) {
			send(res, json(404, { error: `Nothing is mounted at ${url.pathname}` }));
			return;
		}
		const request: SandboxRequest = {
			vendor: vendor.name,
			method,
			path: url.pathname.slice(vendor.mount.length) || '/',
			query: parseQuery(url.searchParams),
			headers: flattenHeaders(req),
			remoteAddress: req.socket.remoteAddress ?? '',
			rawBody,
			rawBytes,
			form,
			body,
			invalidJson,
		};
		const entry = received.add({
			vendor: request.vendor,
			method,
			path: request.path,
			query: request.query,
			headers: request.headers,
			body: form ?? body,
			at: Date.now(),
			credentialInUrl: vendor.credentialParams?.some((name) => name in request.query),
		});
		await serveVendor(vendor, request, entry, res);
	}

	async function serveVendor(
		vendor: VendorModule,
		request: SandboxRequest,
		entry: ReceivedRequest,
		res: http.ServerResponse,
	): Promise<void> {
		const fault = faults.take(request);
		if (fault) entry.fault = fault.kind;
		const early = fault ? answerFault(vendor, fault, entry) : undefined;
		if (early === 'destroy') {
			res.destroy();
			return;
		}
		if (early) {
			entry.status = early.status;
			send(res, early);
			return;
		}
		if (fault?.kind === 'delay') await sleep(fault.ms ?? 0);

		const latency = latencyMs;
		if (latency > 0) await sleep(latency / 2);
		const response = await answer(vendor, request, entry);
		if (latency > 0) await sleep(latency / 2);
		if (fault?.kind === 'resetAfter') {
			res.destroy();
			return;
		}
		entry.status = response.status;
		if (fault?.kind === 'truncated') {
			const text = serialise(response).text;
			send(res, { ...response, status: 200 }, text.slice(0, Math.floor(text.length / 2)));
			return;
		}
		send(res, response);
	}

	/** Faults that answer instead of the vendor; `resetAfter`, `delay` and `truncated` do not. */
	function answerFault(
		vendor: VendorModule,
		fault: Fault,
		entry: ReceivedRequest,
	): SandboxResponse | 'destroy' | undefined {
		switch (fault.kind) {
			case 'resetBefore':
				return 'destroy';
			case 'rateLimit': {
				entry.rateLimited = true;
				const windows = vendor.rateWindows('fault');
				return vendor.rateLimited({
					allowed: false,
					windows: windows.map((w) => ({
						limit: w.limit,
						remaining: 0,
						resetMs: w.windowMs * timeScale,
					})),
				});
			}
			case 'status': {
				const status = fault.status ?? 500;
				const base =
					fault.body === undefined
						? vendor.errorResponse(status, http.STATUS_CODES[status] ?? 'Error')
						: typeof fault.body === 'string'
							? { status, text: fault.body }
							: { status, json: fault.body };
				return { ...base, status, headers: { ...base.headers, ...fault.headers } };
			}
			case 'html': {
				const status = fault.status ?? 502;
				return nginxPage(status, http.STATUS_CODES[status] ?? 'Error');
			}
			case 'malformed':
				return {
					status: 200,
					headers: { 'content-type': 'application/json' },
					text: 'Service temporarily unavailable, please try again <br/>',
				};
			default:
				return undefined;
		}
	}

	/** Admission, rate limit, then the vendor's own handling. */
	async function answer(
		vendor: VendorModule,
		request: SandboxRequest,
		entry: ReceivedRequest,
	): Promise<SandboxResponse> {
		const admitted = vendor.admit(request);
		if (isResponse(admitted)) return admitted;
		const state = limiter.take(
			`${vendor.name}:${admitted.rateKey ?? admitted.account}`,
			vendor.rateWindows(admitted.account),
		);
		const rateHeaders = vendor.rateLimitHeaders(state);
		if (!state.allowed) {
			entry.rateLimited = true;
			return vendor.rateLimited(state);
		}
		const response = await vendor.serve(request, admitted);
		if (vendor.isRateLimited?.(response)) entry.rateLimited = true;
		return { ...response, headers: { ...rateHeaders, ...response.headers } };
	}

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
	});
	const address = server.address() as AddressInfo;
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	sandbox.port = address.port;
	sandbox.url = `http://${host}:${address.port}`;
	return sandbox;
}
