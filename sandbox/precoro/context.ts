import type { Params } from '../router';
import type { Query, SandboxResponse } from '../types';
import type { PrecoroData } from './data';
import type { PrecoroUser } from './keys';

/** What every Precoro route handler gets. */
export interface Ctx {
	data: PrecoroData;
	params: Params;
	/** Query parameters under the names sent, brackets included (`status[]`). */
	query: Query;
	/** The parsed JSON body, or undefined without one. */
	body: unknown;
	invalidJson: boolean;
	/** The token's user. */
	user: Omit<PrecoroUser, 'token'>;
	now: number;
	/** Answer lists with `current_page`/`total_pages` instead of `has_next_page`. */
	legacyPagination: boolean;
	/** Sends Precoro's thin webhook for a created (0) or updated (1) record. */
	notify(type: number | undefined, action: 0 | 1, id: number, idn?: number): void;
}

export type Handler = (ctx: Ctx) => SandboxResponse;

export const json = (status: number, body: unknown): SandboxResponse => ({ status, json: body });
