import type { Params } from '../router';
import type { Query, SandboxResponse } from '../types';
import type { PicqerData } from './data';
import { ErrorCode, PicqerError } from './errors';
import type { Row } from './types';

/** What every Picqer route handler gets. */
export interface Ctx {
	data: PicqerData;
	params: Params;
	query: Query;
	/** The JSON body; `{}` when none was sent. */
	body: Row;
	/** Queues a webhook event; deliveries happen after the response, never before. */
	emit(event: string, payload: unknown): void;
}

export type Handler = (ctx: Ctx) => SandboxResponse;

export const ok = (json: unknown): SandboxResponse => ({ status: 200, json });
export const created = (json: unknown): SandboxResponse => ({ status: 201, json });
export const noContent = (): SandboxResponse => ({ status: 204 });

export function queryValue(query: Query, name: string): string | undefined {
	const value = query[name];
	return Array.isArray(value) ? value[value.length - 1] : value;
}

/** Positive integer from a body field, or a Picqer 400 naming the field. */
export function intField(body: Row, field: string): number {
	const value = Number(body[field]);
	if (!Number.isInteger(value)) {
		throw new PicqerError(400, ErrorCode.missingParameters, `Field "${field}" must be an integer`);
	}
	return value;
}
