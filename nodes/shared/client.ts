import { createHash } from 'node:crypto';
import { sleep } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { inputError } from './errors';
import { Pacer, pacerFor } from './pacer';
import { processesOf } from './processShare';
import { secretForms } from './redact';
import type { RetryBudget } from './retryPolicy';
import { DEFAULT_RETRY_BUDGET } from './retryPolicy';
import type { Headers, RawResponse, VendorProfile } from './types';

/** The few things the core needs from the outside world, so tests can fake time and the network. */
export interface Transport {
	send(options: IHttpRequestOptions): Promise<RawResponse>;
	sleep(ms: number): Promise<void>;
	now(): number;
	random(): number;
	log?(message: string): void;
}

export interface RequestLimits {
	retries: RetryBudget;
	/** The longest single wait for a rate limit; a longer request to wait fails instead. */
	maxWaitMs: number;
	/** First step of the exponential backoff for failures without a hint. */
	backoffBaseMs: number;
	backoffCapMs: number;
	timeoutMs: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
	retries: DEFAULT_RETRY_BUDGET,
	maxWaitMs: 120_000,
	backoffBaseMs: 500,
	backoffCapMs: 30_000,
	timeoutMs: 60_000,
};

/** One account of one vendor, ready to send requests. */
export interface VendorClient {
	profile: VendorProfile;
	transport: Transport;
	node: INode;
	baseUrl: string;
	secretForms: string[];
	pacer: Pacer;
	limits: RequestLimits;
}

export type ContextWithHttp =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

/** A transport through n8n's own authenticated request helper (credentials, proxies, TLS). */
export function n8nTransport(ctx: ContextWithHttp, credentialType: string): Transport {
	return {
		async send(options) {
			const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, {
				...options,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as IN8nHttpFullResponse;
			return {
				statusCode: response.statusCode,
				headers: { ...(response.headers as Headers) },
				body: response.body,
			};
		},
		sleep: async (ms) => await sleep(ms),
		now: () => Date.now(),
		random: () => Math.random(),
		log: (message) => ctx.logger.debug(message),
	};
}

export interface ClientOptions {
	transport?: Transport;
	limits?: Partial<RequestLimits>;
	itemIndex?: number;
}

export async function createClient(
	ctx: ContextWithHttp,
	profile: VendorProfile,
	options: ClientOptions = {},
): Promise<VendorClient> {
	const credentials = await ctx.getCredentials(profile.credentialType);
	let baseUrl: string;
	let processes: number;
	try {
		baseUrl = profile.baseUrl(credentials);
		processes = processesOf(credentials);
	} catch (error) {
		throw inputError(
			ctx.getNode(),
			`The ${profile.displayName} credential is not valid: ${(error as Error).message}`,
			options.itemIndex,
		);
	}
	const secrets = profile.secrets(credentials);
	const transport = options.transport ?? n8nTransport(ctx, profile.credentialType);
	return clientFor(profile, transport, ctx.getNode(), baseUrl, secrets, options.limits, processes);
}

/**
 * Builds a client from parts; createClient does this from an n8n context. `processes` is how
 * many n8n processes share the account (the credential's field): this one keeps its share.
 */
export function clientFor(
	profile: VendorProfile,
	transport: Transport,
	node: INode,
	baseUrl: string,
	secrets: string[],
	limits: Partial<RequestLimits> = {},
	processes = 1,
): VendorClient {
	// The account is its API root plus its key; hashed so the key is not kept in a map.
	const identity =
		profile.rateLimit.scope === 'host' ? [new URL(baseUrl).host] : [baseUrl, ...secrets];
	const accountKey = createHash('sha256')
		.update([profile.credentialType, ...identity].join('\n'))
		.digest('hex');
	const pacer = pacerFor(
		accountKey,
		profile.rateLimit.windows,
		profile.rateLimit.repeat?.intervalMs,
		profile.rateLimit.maxInFlight,
	);
	pacer.share.processes = processes;
	return {
		profile,
		transport,
		node,
		baseUrl,
		secretForms: secretForms(secrets, profile.basicAuth),
		pacer,
		limits: {
			...DEFAULT_LIMITS,
			timeoutMs: profile.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
			...limits,
		},
	};
}
