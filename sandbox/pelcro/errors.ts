import type { SandboxResponse } from '../types';

export type FieldErrors = Record<string, string[]>;

/**
 * Validation failures: 400 with `{"errors": {"email": ["The email field is required."]}}`
 * (docs.pelcro.com/reference/api-core-errors; the page's prose says 404, its example 400).
 */
export const validationResponse = (errors: FieldErrors): SandboxResponse => ({
	status: 400,
	json: { errors },
});

/**
 * Other refusals. No vendor source gives their body; Pelcro's API is Laravel, whose refusals
 * carry `message`.
 */
export const messageResponse = (status: number, message: string): SandboxResponse => ({
	status,
	json: { message },
});

/** Thrown by handlers; the module turns it into Pelcro's error body. */
export class PelcroError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly errors?: FieldErrors,
	) {
		super(message);
	}

	toResponse(): SandboxResponse {
		return this.errors
			? validationResponse(this.errors)
			: messageResponse(this.status, this.message);
	}
}

export const invalid = (errors: FieldErrors) =>
	new PelcroError(400, 'The given data was invalid.', errors);
export const fieldError = (field: string, message: string) => invalid({ [field]: [message] });
export const notFound = () => new PelcroError(404, 'Resource not found.');
/** A business rule the request breaks: 400 with a message (e.g. R/api-core-cancel-subscription). */
export const refused = (message: string) => new PelcroError(400, message);
