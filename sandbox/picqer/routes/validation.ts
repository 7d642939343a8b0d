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

/**
 * A plain date, "yyyy-mm-dd", as Picqer documents its date attributes (`preferred_delivery_date`:
 * Pipedream components/picqer, picqer.com/en/api/picklists type `date`; `delivery_date`:
 * picqer.com/en/api/purchaseorders). Whether Picqer refuses a date with a time: no vendor source;
 * the simulator does, so a wrong format fails a test.
 */
export function requireDate(value: unknown, field: string): void {
	if (value === null || value === undefined || value === '') return;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
		throw new PicqerError(
			400,
			ErrorCode.missingParameters,
			`Field "${field}" must be a date in format yyyy-mm-dd`,
		);
	}
}
