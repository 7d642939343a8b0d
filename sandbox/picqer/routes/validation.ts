import { ErrorCode, PicqerError } from '../errors';

/** Picqer wants ISO 3166 two-letter country codes and answers error 9 otherwise. */
export function requireCountry(value: unknown, field: string): string {
	const code = String(value ?? '');
	if (!/^[A-Z]{2}$/.test(code)) {
		throw new PicqerError(
			400,
			ErrorCode.invalidCountry,
			`Invalid country "${code}" in ${field}: use an ISO 3166 two-letter code`,
		);
	}
	return code;
}

export function positiveAmount(value: unknown, field: string): number {
	const amount = Number(value);
	if (!Number.isInteger(amount) || amount <= 0) {
		throw new PicqerError(
			400,
			ErrorCode.productLineIncomplete,
			`${field} must be a positive integer`,
		);
	}
	return amount;
}
