import type { SandboxResponse } from '../types';
import type { Row } from './types';

/** Field messages as a map, or a list (upload errors), or none, as RetailCRM sends them. */
export type ErrorDetails = Record<string, string> | string[];

/**
 * `{"success":false,"errorMsg":"…","errors":{…}}` (api-client-php src/Model/Response/ErrorResponse.php;
 * `errors` a map or a list: api-client-go error_test.go).
 */
export function crmError(
	status: number,
	errorMsg: string,
	errors?: ErrorDetails,
	extra: Row = {},
): SandboxResponse {
	return {
		status,
		json: { success: false, ...extra, errorMsg, ...(errors ? { errors } : {}) },
	};
}

/** Thrown by handlers; the module turns it into RetailCRM's error body. */
export class CrmError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly errors?: ErrorDetails,
		readonly extra: Row = {},
	) {
		super(message);
	}

	toResponse(): SandboxResponse {
		return crmError(this.status, this.message, this.errors, this.extra);
	}
}

/**
 * Messages RetailCRM is known to send (api-client-php src/Factory/ApiExceptionFactory.php and
 * tests/src/Factory/ApiExceptionFactoryTest.php: "Not found", "Access denied.",
 * "Parameter 'x' is missing", "Errors in the entity format"). "Errors in the input parameters"
 * for a bad query: no vendor source found.
 */
export const notFound = () => new CrmError(404, 'Not found');
export const accessDenied = () => new CrmError(403, 'Access denied.');
export const missingParameter = (name: string) =>
	new CrmError(400, `Parameter '${name}' is missing`);
export const entityFormat = () => new CrmError(400, 'Errors in the entity format');
export const invalidInput = (errors: Record<string, string>) =>
	new CrmError(400, 'Errors in the input parameters', errors);
export const validation = (errorMsg: string, errors: Record<string, string>) =>
	new CrmError(400, errorMsg, errors);

export const NOT_A_CHOICE = 'The value you selected is not a valid choice.';
