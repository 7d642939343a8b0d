import type { IHttpRequestMethods } from 'n8n-workflow';

import type { Outcome } from '../../nodes/shared/retryPolicy';
import {
	networkOutcome,
	retryReason,
	safeToRepeat,
	withinBudget,
} from '../../nodes/shared/retryPolicy';

const response = (statusCode: number): Outcome => ({
	kind: 'response',
	response: { statusCode, headers: {}, body: {} },
});
const picqerLike = { limitStatuses: [429] };
const retailLike = { limitStatuses: [503] };

describe('retryReason', () => {
	it.each<[IHttpRequestMethods, Outcome, string | undefined]>([
		// The vendor ignored a rate-limited request, so any method may go again.
		['POST', response(429), 'rateLimited'],
		['GET', response(429), 'rateLimited'],
		// A create that got a 5xx may have been stored.
		['POST', response(500), undefined],
		['PATCH', response(502), undefined],
		['GET', response(500), 'serverError'],
		['PUT', response(503), 'serverError'],
		['DELETE', response(504), 'serverError'],
		['GET', response(400), undefined],
		['GET', response(404), undefined],
		['POST', response(422), undefined],
		// A connection that never opened carried nothing.
		['POST', networkOutcome('ECONNREFUSED'), 'notSent'],
		['POST', networkOutcome('ENOTFOUND'), 'notSent'],
		// A connection that broke after the request left: only idempotent calls repeat.
		['POST', networkOutcome('ECONNRESET'), undefined],
		['POST', networkOutcome('ECONNABORTED'), undefined],
		['GET', networkOutcome('ECONNRESET'), 'networkError'],
		['GET', networkOutcome('EBADRESPONSE'), 'networkError'],
		['PUT', networkOutcome('ETIMEDOUT'), 'networkError'],
	])('%s after %j → %s', (method, outcome, expected) => {
		expect(retryReason({ method }, outcome, picqerLike)).toBe(expected);
	});

	it.each<[boolean | undefined, Outcome, string | undefined]>([
		// A POST that edits or deletes by id leaves the same state when it comes twice.
		[true, response(500), 'serverError'],
		[true, networkOutcome('ECONNRESET'), 'networkError'],
		[true, networkOutcome('ECONNABORTED'), 'networkError'],
		// A POST without the marker is a create until it says otherwise.
		[undefined, response(500), undefined],
		[undefined, networkOutcome('ECONNRESET'), undefined],
		[false, response(502), undefined],
	])('a POST marked idempotent: %s, after %j → %s', (idempotent, outcome, expected) => {
		expect(retryReason({ method: 'POST', idempotent }, outcome, picqerLike)).toBe(expected);
	});

	it('lets a marker take a method its idempotence away', () => {
		expect(retryReason({ method: 'PUT', idempotent: false }, response(500), picqerLike)).toBe(
			undefined,
		);
		expect(safeToRepeat({ method: 'PUT', idempotent: false })).toBe(false);
		expect(safeToRepeat({ method: 'PUT' })).toBe(true);
		expect(safeToRepeat({ method: 'POST', idempotent: true })).toBe(true);
	});

	it('treats 503 as "slow down" only for a vendor that says so', () => {
		expect(retryReason({ method: 'POST' }, response(503), retailLike)).toBe('rateLimited');
		expect(retryReason({ method: 'POST' }, response(503), picqerLike)).toBeUndefined();
		expect(retryReason({ method: 'POST' }, response(429), retailLike)).toBeUndefined();
	});

	it('keeps separate budgets for limit answers and failures', () => {
		const budget = { rateLimited: 10, failures: 3 };
		expect(withinBudget('rateLimited', 9, budget)).toBe(true);
		expect(withinBudget('rateLimited', 10, budget)).toBe(false);
		expect(withinBudget('serverError', 2, budget)).toBe(true);
		expect(withinBudget('networkError', 3, budget)).toBe(false);
	});
});
