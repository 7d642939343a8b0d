import type { Nested } from '../brackets';
import type { Params } from '../router';
import type { Query, SandboxResponse } from '../types';
import type { RetailCrmData } from './data';
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
