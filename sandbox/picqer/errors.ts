import type { SandboxResponse } from '../types';

/** Picqer's error body: `{"error":true,"error_code":8,"error_message":"Not implemented"}`. */
export function picqerError(status: number, code: number, message: string): SandboxResponse {
	return { status, json: { error: true, error_code: code, error_message: message } };
}

/** Thrown by handlers; the module turns it into Picqer's error body. */
export class PicqerError extends Error {
	constructor(
		readonly status: number,
		readonly code: number,
		message: string,
	) {
		super(message);
	}
}

/** Error codes documented by Picqer that the sandbox uses. */
export const ErrorCode = {
	unknown: 1,
	missingParameters: 5,
	invalidCountry: 9,
	orderWithoutProducts: 13,
	unknownVatGroup: 14,
	productNotOnPicklist: 16,
	pickTooMany: 17,
	picklistNotOpen: 18,
	notFound: 20,
	wrongStatus: 21,
	invalidJson: 22,
	productLineIncomplete: 23,
	cannotCreateShipment: 26,
	rateLimit: 28,
	alreadyProcessed: 33,
} as const;

export function notFound(what: string): PicqerError {
	return new PicqerError(404, ErrorCode.notFound, `${what} not found`);
}

export function missing(fields: string[]): PicqerError {
	return new PicqerError(
		400,
		ErrorCode.missingParameters,
		`Missing required field${fields.length > 1 ? 's' : ''}: ${fields.join(', ')}`,
	);
}

export function wrongStatus(message: string): PicqerError {
	return new PicqerError(400, ErrorCode.wrongStatus, message);
}
