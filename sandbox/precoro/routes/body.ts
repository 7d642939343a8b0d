import { BLANK, invalid } from '../errors';
import type { Ctx } from '../context';
import type { Row } from '../types';

/** The JSON object a write sends; Precoro's DTOs are JSON (INT declares `application/json`). */
export function objectBody(ctx: Ctx): Row {
	if (ctx.invalidJson) throw invalid({ body: 'The body is not valid JSON.' });
	const body = ctx.body;
	if (body === undefined) return {};
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		throw invalid({ body: 'The body should be a JSON object.' });
	return body as Row;
}

/** INT declares no body for the workflow actions: anything sent is refused. */
export function noBody(ctx: Ctx): void {
	const body = objectBody(ctx);
	const names = Object.keys(body);
	if (names.length > 0)
		throw invalid(Object.fromEntries(names.map((n) => [n, 'This field was not expected.'])));
}

/** `{ "id": 5 }` naming a row of `table`; the field's message when it names none. */
export function reference<T>(
	value: unknown,
	name: string,
	find: (id: unknown) => T | undefined,
	required: boolean,
): T | undefined {
	if (value === undefined || value === null) {
		if (required) throw invalid({ [name]: BLANK });
		return undefined;
	}
	const id = (value as Row).id;
	const row = typeof value === 'object' ? find(id) : undefined;
	if (!row) throw invalid({ [name]: `No ${name} with id ${String(id)} was found.` });
	return row;
}

/** externalId: text of at most 255 characters (INT `PatchExternalIdDto`), or null to clear it. */
export function externalId(value: unknown, name = 'externalId'): string | null {
	if (value === null) return null;
	if (typeof value !== 'string' && typeof value !== 'number')
		throw invalid({ [name]: 'This value should be of type string.' });
	const text = String(value);
	if (text.length > 255)
		throw invalid({ [name]: 'This value is too long. It should have 255 characters or less.' });
	return text;
}
