import type { SandboxResponse } from '../types';

/**
 * Thrown by handlers; the module answers with its body. Precoro's error bodies are documented
 * only for 429 (help.precoro.com "How to handle API rate limits") and validation errors
 * (`{"errors":{"errors":{"field":"message"}}}`, hotgluexyz/target-precoro client.py); the
 * `{"message": …}` form of the others is what open-connector reads first (no vendor sample seen).
 */
export class PrecoroError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly fields?: Record<string, string>,
	) {
		super(message);
	}

	toResponse(): SandboxResponse {
		return {
			status: this.status,
			json: this.fields ? { errors: { errors: this.fields } } : { message: this.message },
		};
	}
}

export const notFound = (what = 'Not Found') => new PrecoroError(404, what);

/** A validation error with Precoro's nested field messages. */
export const invalid = (fields: Record<string, string>) =>
	new PrecoroError(400, 'Validation failed', fields);

/**
 * An action the document's state does not allow: 422 (the wiki's API client tests
 * `confirm(idn, { expect: 422 })`, 04-target/api-client.md; body not documented).
 */
export const notAllowed = (message: string) => new PrecoroError(422, message);

export const BLANK = 'This value should not be blank.';
export const NOT_EXPECTED = 'This field was not expected.';
