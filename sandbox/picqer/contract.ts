import type { Handler } from './context';
import { ErrorCode, PicqerError, missing } from './errors';
import type { Row } from './types';

/**
 * What one endpoint takes. Each is declared where its route is registered, with the vendor
 * source it rests on.
 */
export interface Contract {
	/** Query parameters the endpoint reads; a list also reads `offset`. */
	query?: readonly string[];
	/** Body fields it reads. */
	body?: readonly string[];
	/** Body fields it needs. */
	required?: readonly string[];
}

function refuseUnknown(names: string[], known: readonly string[], what: string) {
	const unknown = names.filter((name) => !known.includes(name));
	if (unknown.length === 0) return;
	// Picqer documents no error for a name it does not know (no vendor source found): the
	// simulator refuses it, with Picqer's error body, so that a misspelt name fails a test
	// instead of being ignored.
	throw new PicqerError(
		400,
		ErrorCode.unknown,
		`Unknown ${what}${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
	);
}

export function isMissing(body: Row, field: string): boolean {
	return body[field] === undefined || body[field] === null || body[field] === '';
}

/** The handler, behind the checks of its contract: unknown names first, then required fields. */
export function accepting(contract: Contract, handler: Handler): Handler {
	return (ctx) => {
		refuseUnknown(Object.keys(ctx.query), contract.query ?? [], 'query parameter');
		refuseUnknown(Object.keys(ctx.body), contract.body ?? [], 'field');
		const absent = (contract.required ?? []).filter((field) => isMissing(ctx.body, field));
		if (absent.length > 0) throw missing(absent);
		return handler(ctx);
	};
}

/** Checks the fields of each line of an array field (order lines, returned products). */
export function lineFields(lines: Row[], known: readonly string[], field: string): void {
	for (const line of lines) refuseUnknown(Object.keys(line), known, `field in ${field}`);
}
