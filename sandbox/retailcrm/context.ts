import type { Nested } from '../brackets';
import type { Params } from '../router';
import type { Query, SandboxResponse } from '../types';
import type { RetailCrmData } from './data';
import { CrmError } from './errors';
import type { RetailCrmKey } from './keys';
import type { Actor } from './types';

/** What every RetailCRM route handler gets. */
export interface Ctx {
	data: RetailCrmData;
	params: Params;
	/** GET parameters with PHP brackets decoded (`filter[ids][]` → `filter.ids`). */
	query: Record<string, Nested>;
	/** POST form fields as sent (an entity is one field holding JSON). */
	form: Query;
	/** A POST body that is not form-urlencoded (JSON, or a raw file upload). */
	rawBody?: Buffer;
	/** The body's exact bytes, whatever its content type said. */
	bytes: Buffer;
	contentType: string;
	key: string;
	access: RetailCrmKey;
	actor: Actor;
	now: Date;
}

export type Handler = (ctx: Ctx) => SandboxResponse;

export const ok = (body: Record<string, unknown> = {}): SandboxResponse => ({
	status: 200,
	json: { success: true, ...body },
});
export const created = (body: Record<string, unknown> = {}): SandboxResponse => ({
	status: 201,
	json: { success: true, ...body },
});

/**
 * A method and the parameters it takes besides `apiKey`, the fields of its request class in
 * api-client-php (src/Model/Request/**: `filter`, `page`, `limit`, `by`, `site`, the entity's
 * field...). Any other query or form field is refused with RetailCRM's error body, so a
 * misspelt or misplaced name fails a test. That RetailCRM refuses extra fields rather than
 * ignoring them: no vendor source found; the simulator is strict on purpose.
 */
export function takes(names: readonly string[], handler: Handler): Handler {
	return (ctx) => {
		const given = [...Object.keys(ctx.query), ...Object.keys(ctx.form)].map(
			(name) => name.split('[')[0],
		);
		const extra = [...new Set(given.filter((name) => !names.includes(name)))];
		if (extra.length > 0) {
			throw new CrmError(
				400,
				'Errors in the input parameters',
				Object.fromEntries(
					extra.map((name) => [name, 'This form should not contain extra fields.']),
				),
			);
		}
		return handler(ctx);
	};
}

/** A list method's paging and filter (api-client-php src/Model/Request/Traits/PageLimitTrait.php). */
export const LIST_PARAMS = ['filter', 'page', 'limit'] as const;
