import type { IHttpRequestMethods } from 'n8n-workflow';

import type { RawResponse, RateLimitPolicy, RequestSpec } from './types';

/** How one attempt ended. `sent` is false only when the request surely never reached the vendor. */
export type Outcome =
	| { kind: 'response'; response: RawResponse }
	| { kind: 'network'; code: string; sent: boolean };

export type RetryReason = 'rateLimited' | 'notSent' | 'serverError' | 'networkError';

export interface RetryBudget {
	/** Limit answers are free to retry but must not loop forever. */
	rateLimited: number;
	/** Server and network failures of idempotent calls. */
	failures: number;
}

export const DEFAULT_RETRY_BUDGET: RetryBudget = { rateLimited: 10, failures: 3 };

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
	'GET',
	'HEAD',
	'OPTIONS',
	'PUT',
	'DELETE',
]);

/** Statuses that say "try again later" rather than "your request is wrong". */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 500, 502, 503, 504]);

export const isIdempotent = (method: IHttpRequestMethods) => IDEMPOTENT_METHODS.has(method);

/** Whether this call may be sent again: its own marker (RequestSpec.idempotent), else its method's. */
export const safeToRepeat = (spec: Pick<RequestSpec, 'method' | 'idempotent'>) =>
	spec.idempotent ?? isIdempotent(spec.method);

export function isTransientStatus(status: number) {
	return TRANSIENT_STATUSES.has(status);
}

/** Why the attempt may be repeated, in order of precedence; undefined when it must not be. */
export function retryReason(
	spec: Pick<RequestSpec, 'method' | 'idempotent'>,
	outcome: Outcome,
	policy: Pick<RateLimitPolicy, 'limitStatuses'>,
): RetryReason | undefined {
	const repeatable = safeToRepeat(spec);
	if (outcome.kind === 'response') {
		const status = outcome.response.statusCode;
		// The vendor ignored the request and asked us to slow down, so even a create is safe to resend.
		if (policy.limitStatuses.includes(status)) return 'rateLimited';
		// A create that failed with a 5xx may still have been stored: sending it again could duplicate it.
		if (isTransientStatus(status) && repeatable) return 'serverError';
		return undefined;
	}
	// No connection was made, so nothing reached the vendor.
	if (!outcome.sent) return 'notSent';
	// The connection broke after the request left: only calls that are safe to repeat go again.
	return repeatable ? 'networkError' : undefined;
}

/** Whether the budget for this kind of retry still has room after `used` retries of that kind. */
export function withinBudget(reason: RetryReason, used: number, budget: RetryBudget) {
	return used < (reason === 'rateLimited' ? budget.rateLimited : budget.failures);
}

/** Network error codes that mean the request never left this machine. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ERR_TLS_CERT_ALTNAME_INVALID',
	'CERT_HAS_EXPIRED',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'SELF_SIGNED_CERT_IN_CHAIN',
]);

export function networkOutcome(code: string): Outcome {
	return { kind: 'network', code, sent: !NOT_SENT_CODES.has(code) };
}
