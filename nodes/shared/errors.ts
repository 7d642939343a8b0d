import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import type { PacerRefusal } from './pacer';
import { redactText, redactValue } from './redact';
import type { Outcome, RetryReason } from './retryPolicy';
import { safeToRepeat } from './retryPolicy';
import type { RequestSpec, VendorProfile } from './types';

export interface ErrorContext {
	node: INode;
	profile: VendorProfile;
	/** Secret forms to mask (see redact.ts). */
	secretForms: string[];
	spec: RequestSpec;
	itemIndex?: number;
}

const HTML_TAGS = /<[^>]*>/g;

/** A short, readable excerpt of a body that is not the vendor's JSON (an HTML error page, say). */
function excerpt(body: unknown): string | undefined {
	if (typeof body !== 'string' || body.trim() === '') return undefined;
	const text = body.replace(HTML_TAGS, ' ').replace(/\s+/g, ' ').trim();
	return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Plain words for a failed connection; the raw code goes into the description. */
function failureText(code: string) {
	if (code === 'EBADRESPONSE') return 'an unreadable answer';
	if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return 'no answer in time';
	if (code === 'ECONNRESET' || code === 'EPIPE') return 'the connection was dropped';
	return 'the connection failed';
}

function statusText(status: number) {
	if (status === 401) return 'the credentials were rejected';
	if (status === 403) return 'the credentials lack the rights for this';
	if (status === 404) return 'the resource was not found';
	if (status === 429) return 'too many requests';
	if (status >= 500) return 'a server error';
	return 'the request was refused';
}

function build(
	ctx: ErrorContext,
	message: string,
	description: string,
	details: JsonObject,
	httpCode?: number,
) {
	const forms = ctx.secretForms;
	return new NodeApiError(ctx.node, redactValue(details, forms), {
		message: redactText(message, forms),
		description: redactText(description, forms),
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex: ctx.itemIndex,
	});
}

/** The vendor answered with an error status (or a failure flag) and it will not be retried. */
export function responseError(
	ctx: ErrorContext,
	statusCode: number,
	body: unknown,
	note?: string,
): NodeApiError {
	const { displayName } = ctx.profile;
	const vendor = body !== null && typeof body === 'object' ? ctx.profile.error(body) : {};
	const message = vendor.message
		? `${displayName}: ${vendor.message}`
		: `${displayName} answered ${statusCode}: ${statusText(statusCode)}`;
	const lines = [
		`${ctx.spec.method} ${pathOnly(ctx.spec.path)} → HTTP ${statusCode}` +
			(vendor.code !== undefined ? `, error code ${vendor.code}` : ''),
		...(vendor.details ?? []),
	];
	const page = excerpt(body);
	if (page) lines.push(`Response: ${page}`);
	if (note) lines.push(note);
	const details: JsonObject = { statusCode, body: (body ?? null) as JsonObject };
	return build(ctx, message, lines.join('\n'), details, statusCode);
}

/** The connection failed or the answer was unreadable. */
export function transportError(
	ctx: ErrorContext,
	outcome: Outcome & { kind: 'network' },
	retried: number,
) {
	const { displayName } = ctx.profile;
	const method = ctx.spec.method;
	const mayHaveApplied = outcome.sent && !safeToRepeat(ctx.spec);
	const what = failureText(outcome.code);
	const message = mayHaveApplied
		? `The outcome of this ${method} to ${displayName} is unknown: ${what}`
		: `${displayName} could not be reached: ${what}`;
	const description =
		`${method} ${pathOnly(ctx.spec.path)} failed (${outcome.code})` +
		(retried > 0 ? ` after ${retried} retries.` : '.') +
		(mayHaveApplied
			? ` The request may have been applied. It was not sent again, to avoid a duplicate. Check in ${displayName} whether it was applied before running it again. ${RETRY_ON_FAIL}`
			: '');
	// Not under `code`: NodeApiError would swap our message for its generic one.
	return build(ctx, message, description, { connectionError: outcome.code });
}

/**
 * What n8n's own Retry On Fail would do to an unknown outcome: it runs the node again for every
 * input item, so each item whose write may have arrived would be sent a second time.
 */
const RETRY_ON_FAIL =
	"n8n's Retry On Fail runs the whole node again, every item included, so check which items were applied before retrying.";

/** A 5xx answer to a call that must not be repeated. */
export function unknownOutcomeError(ctx: ErrorContext, statusCode: number, body: unknown) {
	return responseError(
		ctx,
		statusCode,
		body,
		`The outcome is unknown: ${ctx.profile.displayName} may have applied the request. It was not sent again, to avoid a duplicate; check before running it again. ${RETRY_ON_FAIL}`,
	);
}

export function retriesExhaustedError(
	ctx: ErrorContext,
	outcome: Outcome,
	reason: RetryReason,
	retried: number,
) {
	if (outcome.kind === 'network') return transportError(ctx, outcome, retried);
	const note =
		reason === 'rateLimited'
			? `${ctx.profile.displayName} still asked to slow down after ${retried} retries. Try again later or lower the number of parallel executions using this account.`
			: `Gave up after ${retried} retries.`;
	return responseError(ctx, outcome.response.statusCode, outcome.response.body, note);
}

/** The vendor asks to wait longer than this node is willing to; `limit` is the limit it names. */
export function waitTooLongError(
	ctx: ErrorContext,
	waitMs: number,
	capMs: number,
	now: number,
	limit?: string,
) {
	const until = new Date(now + waitMs).toISOString();
	return build(
		ctx,
		`${ctx.profile.displayName} asks to wait ${Math.ceil(waitMs / 1000)} s before the next request` +
			(limit ? ` (${limit})` : ''),
		`That is longer than the ${Math.round(capMs / 1000)} s this node waits. Run the workflow again after ${until}.`,
		{ retryAt: until },
		429,
	);
}

/** "2025-12-16 09:00:49 UTC". */
function utcText(ms: number) {
	return new Date(ms)
		.toISOString()
		.replace('T', ' ')
		.replace(/\.\d+Z$/, ' UTC');
}

/**
 * No request may go to the vendor soon enough: a limit the vendor closed (a daily quota), a
 * documented window this account has used up, or a repeat the vendor would refuse.
 */
export function limitClosedError(
	ctx: ErrorContext,
	refusal: PacerRefusal,
	now: number,
	capMs: number,
) {
	const vendor = ctx.profile.displayName;
	const until = utcText(refusal.until);
	const { hold } = refusal;
	let message: string;
	let reason: string;
	if (hold.kind === 'window') {
		const { limit, intervalMs, name } = hold.window;
		const per = name ?? `per ${Math.round(intervalMs / 1000)} s`;
		message = `${vendor} limit reached: ${limit} requests ${per}`;
		reason = `This account has used all ${limit} requests ${per} that ${vendor} allows; the next one fits at ${until}, later than the ${Math.round(capMs / 1000)} s this node waits.`;
	} else if (hold.kind === 'repeat') {
		message = `${vendor} refuses the same request again within ${Math.round(hold.intervalMs / 1000)} s`;
		reason = `It can be sent again at ${until}, later than the ${Math.round(capMs / 1000)} s this node waits.`;
	} else {
		message = `${vendor} limit reached${hold.reason ? `: ${hold.reason}` : ''}`;
		reason =
			refusal.until > now
				? `${vendor} takes requests from this account again at ${until}. Nothing is sent before then, since every request, a refused one too, counts against the limit.`
				: `${vendor} gave no time at which it takes requests again.`;
	}
	return build(
		ctx,
		message,
		`${reason} Run the workflow again after that.`,
		{ retryAt: until },
		429,
	);
}

/** Bad user input, found before anything is sent. */
export function inputError(node: INode, message: string, itemIndex?: number, description?: string) {
	return new NodeOperationError(node, message, { itemIndex, description });
}

function pathOnly(path: string) {
	const query = path.indexOf('?');
	return query === -1 ? path : path.slice(0, query);
}
