import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IHttpRequestOptions } from 'n8n-workflow';

import type { VendorClient } from './client';
import type { ErrorContext } from './errors';
import {
	limitClosedError,
	responseError,
	retriesExhaustedError,
	transportError,
	unknownOutcomeError,
	inputError,
	waitTooLongError,
} from './errors';
import { PacerRefusal } from './pacer';
import type { Outcome, RetryReason } from './retryPolicy';
import { isTransientStatus, networkOutcome, retryReason, withinBudget } from './retryPolicy';
import { redactText } from './redact';
import type { RawResponse, RequestSpec } from './types';
import { backoffMs, header, hintedWait, resetMs } from './waits';

/** Sends one request: paced, retried where safe, and mapped to an n8n error when it fails. */
export async function send(
	client: VendorClient,
	spec: RequestSpec,
	itemIndex?: number,
): Promise<RawResponse> {
	const { transport, pacer, limits, profile } = client;
	const errorContext: ErrorContext = {
		node: client.node,
		profile,
		secretForms: client.secretForms,
		spec,
		itemIndex,
	};
	const options = httpOptions(client, spec, errorContext);
	const retried: Record<RetryReason, number> = {
		rateLimited: 0,
		notSent: 0,
		serverError: 0,
		networkError: 0,
	};
	const repeatKey = repeatKeyOf(client, spec, options);
	for (;;) {
		let sendAt: number;
		try {
			sendAt = await pacer.acquire(transport, { repeatKey, maxWaitMs: limits.maxWaitMs });
		} catch (error) {
			if (error instanceof PacerRefusal) {
				throw limitClosedError(errorContext, error, transport.now(), limits.maxWaitMs);
			}
			throw unexpectedError(client, error as Error);
		}

		let outcome: Outcome;
		try {
			outcome = await attempt(client, options, spec);
		} finally {
			pacer.settle(sendAt, transport.now());
		}
		if (outcome.kind === 'response') {
			observeBudget(client, outcome.response, sendAt);
			if (isSuccess(client, outcome.response)) return outcome.response;
			if (spec.accept?.includes(outcome.response.statusCode)) return outcome.response;
		}

		const reason = retryReason(spec, outcome, profile.rateLimit);
		if (reason === undefined) throw finalError(errorContext, outcome);
		const used = reason === 'rateLimited' ? retried.rateLimited : failuresSoFar(retried);
		if (!withinBudget(reason, used, limits.retries)) {
			throw retriesExhaustedError(errorContext, outcome, reason, used);
		}

		const now = transport.now();
		let waitMs: number;
		if (reason === 'rateLimited' && outcome.kind === 'response') {
			const answer = profile.rateLimit.limitAnswer?.(outcome.response.body);
			if (answer?.window !== undefined && profile.rateLimit.failFast?.(answer.window)) {
				// Waiting out a daily quota would hold the execution for hours; every request before
				// it opens would count against it too, so none is sent.
				const until = answer.retryAt ?? now;
				pacer.close(until, answer.window);
				throw limitClosedError(
					errorContext,
					new PacerRefusal(until, { kind: 'vendor', reason: answer.window }),
					now,
					limits.maxWaitMs,
				);
			}
			const hint = hintedWait(outcome.response, profile.rateLimit, now);
			if (hint && hint.ms > limits.maxWaitMs) {
				pacer.close(now + hint.ms, answer?.window);
				throw waitTooLongError(errorContext, hint.ms, limits.maxWaitMs, now, answer?.window);
			}
			waitMs = hint?.ms ?? backoff(client, used);
			// The account has more clients than this process could tell apart: without the vendor's
			// count it knew of none, and with it others decided on the same report. It takes a
			// smaller part of the limit for a while.
			pacer.share.refused(now);
			// Every execution on this account waits, not just this one: the budget is shared.
			pacer.blockUntil(now + waitMs);
			transport.log?.(
				`${profile.displayName} asked to slow down; waiting ${Math.round(waitMs)} ms (${hint?.source ?? 'backoff'})`,
			);
		} else {
			waitMs = backoff(client, used);
			transport.log?.(
				`${profile.displayName} request failed (${reason}); retrying in ${waitMs} ms`,
			);
			await transport.sleep(waitMs);
		}
		retried[reason] += 1;
	}
}

/** Sends and parses the JSON body of a successful answer (undefined when there is none). */
export async function request<T = unknown>(
	client: VendorClient,
	spec: RequestSpec,
	itemIndex?: number,
): Promise<T> {
	return (await send(client, spec, itemIndex)).body as T;
}

/**
 * The identity of a request the vendor refuses to see again within its repeat interval: method,
 * URL and query, whatever the order of the query's keys.
 */
function repeatKeyOf(
	client: VendorClient,
	spec: RequestSpec,
	options: IHttpRequestOptions,
): string | undefined {
	const repeat = client.profile.rateLimit.repeat;
	if (!repeat?.methods.includes(spec.method)) return undefined;
	return JSON.stringify([spec.method, options.url, canonical(options.qs ?? {})]);
}

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value === null || typeof value !== 'object') return value;
	return Object.keys(value)
		.sort()
		.map((key) => [key, canonical((value as Record<string, unknown>)[key])]);
}

function failuresSoFar(retried: Record<RetryReason, number>) {
	return retried.notSent + retried.serverError + retried.networkError;
}

function backoff(client: VendorClient, attemptNumber: number) {
	const { backoffBaseMs, backoffCapMs } = client.limits;
	// Never zero: a retry at once would meet the same condition.
	const jittered = backoffMs(attemptNumber, backoffBaseMs, backoffCapMs, client.transport.random());
	return Math.max(backoffBaseMs / 10, jittered);
}

async function attempt(
	client: VendorClient,
	options: IHttpRequestOptions,
	spec: RequestSpec,
): Promise<Outcome> {
	let response: RawResponse;
	try {
		response = await client.transport.send(options);
	} catch (error) {
		const code = networkErrorCode(error);
		if (code === undefined) throw unexpectedError(client, error as Error);
		return networkOutcome(code);
	}
	if (spec.text && response.statusCode < 300) {
		return { kind: 'response', response: { ...response, body: String(response.body ?? '') } };
	}
	if (spec.binary) {
		if (response.statusCode < 300)
			return { kind: 'response', response: { ...response, body: asBuffer(response.body) } };
		// A file request that failed: its error body came as bytes too.
		response = { ...response, body: asBuffer(response.body).toString('utf8') };
	}
	const body = parseBody(response);
	// A 2xx whose body was cut off or garbled: the request arrived, but we cannot tell its result.
	if (body === UNREADABLE && response.statusCode < 300)
		return { kind: 'network', code: 'EBADRESPONSE', sent: true };
	return {
		kind: 'response',
		response: { ...response, body: body === UNREADABLE ? response.body : body },
	};
}

/** Anything else n8n's helper threw (a missing credential, say), with secrets masked. */
function unexpectedError(client: VendorClient, error: Error) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(client.node, redactText(error.message, client.secretForms));
}

const UNREADABLE = Symbol('unreadable');

/** A file's bytes, however the transport handed them over. */
function asBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? ''));
}

function parseBody(response: RawResponse): unknown {
	const { body } = response;
	if (typeof body !== 'string') return body;
	if (body.trim() === '') return undefined;
	try {
		return JSON.parse(body);
	} catch {
		return UNREADABLE;
	}
}

function isSuccess(client: VendorClient, response: RawResponse) {
	if (response.statusCode < 200 || response.statusCode >= 300) return false;
	return !client.profile.isFailure?.(response.body);
}

function finalError(ctx: ErrorContext, outcome: Outcome) {
	if (outcome.kind === 'network') return transportError(ctx, outcome, 0);
	const { statusCode, body } = outcome.response;
	if (isTransientStatus(statusCode)) return unknownOutcomeError(ctx, statusCode, body);
	return responseError(ctx, statusCode, body);
}

/** What the answer to the request sent at `sendAt` says is left of the account's budget. */
function observeBudget(client: VendorClient, response: RawResponse, sendAt: number) {
	const names = client.profile.rateLimit.headers;
	if (!names) return;
	const read = (name?: string) => {
		const value = name ? Number(header(response.headers, name)) : NaN;
		return Number.isFinite(value) ? value : undefined;
	};
	const now = client.transport.now();
	const remaining = read(names.remaining);
	client.pacer.observe(sendAt, { limit: read(names.limit), remaining });
	// What is left until the reset (seconds or an epoch): the account spends no more than that,
	// which is how a vendor whose window is not documented is kept.
	const reset = names.reset ? resetMs(header(response.headers, names.reset), now) : undefined;
	if (remaining !== undefined && reset !== undefined) {
		client.pacer.observeRemaining(remaining, now + reset);
	}
}

/** Error codes that mark a failed connection, found on the error or its causes. */
function networkErrorCode(error: unknown): string | undefined {
	let current = error as { code?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		const code = current.code;
		if (typeof code === 'string' && /^(E[A-Z_]+|ERR_[A-Z_]+|[A-Z_]*CERT[A-Z_]*)$/.test(code)) {
			// Axios reports a timeout as ECONNABORTED; both mean the request may have arrived.
			return code;
		}
		current = current.cause as typeof current;
	}
	return undefined;
}

function httpOptions(
	client: VendorClient,
	spec: RequestSpec,
	ctx: ErrorContext,
): IHttpRequestOptions {
	const url = resolveUrl(client, spec.path, ctx);
	const encoded = client.profile.encodeBody
		? client.profile.encodeBody(spec.body)
		: { body: spec.body };
	return {
		method: spec.method,
		url,
		qs: spec.qs,
		arrayFormat: client.profile.arrayFormat ?? 'brackets',
		headers: { ...(spec.headers ?? {}), ...((encoded.headers as object) ?? {}) },
		body: encoded.body,
		json: spec.binary !== true,
		...(spec.text ? { encoding: 'text' as const } : {}),
		...(spec.binary ? { encoding: 'arraybuffer' as const } : {}),
		timeout: client.limits.timeoutMs,
		// n8n otherwise copies the Authorization header onto a redirect to another host.
		sendCredentialsOnCrossOriginRedirect: false,
	};
}

/** Joins a path to the API root; an absolute next-page link must stay on the same API root. */
function resolveUrl(client: VendorClient, path: string, ctx: ErrorContext): string {
	if (!/^https?:\/\//i.test(path))
		return `${client.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
	if (!path.startsWith(`${client.baseUrl}/`) && path !== client.baseUrl) {
		throw inputError(
			ctx.node,
			`${client.profile.displayName} returned a link outside its API (${new URL(path).host}); it was not followed`,
			ctx.itemIndex,
		);
	}
	return path;
}
