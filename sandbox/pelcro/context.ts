import type { Params } from '../router';
import type { Query, SandboxResponse } from '../types';
import type { PelcroData, Row } from './store';

/** What every Pelcro route handler gets. */
export interface Ctx {
	data: PelcroData;
	params: Params;
	/** The query string without `site_id`, which admission has checked. */
	query: Query;
	/** The JSON body (an empty object when none was sent). */
	body: Row;
	/** Scheme, host and mount, for the absolute links Laravel's paginator writes. */
	root: string;
	path: string;
	/** Queues a webhook event (dotted type) for delivery once the answer is on its way. */
	emit(type: string, object: Row, previous?: Row): void;
	/** POSTs to a webhook URL and tells whether it answered 200. */
	probe(url: string): Promise<boolean>;
}

export type Handler = (ctx: Ctx) => SandboxResponse | Promise<SandboxResponse>;

/** A single object: `{"data": {...}}` (docs.pelcro.com/reference/api-core-customers). */
export const one = (row: unknown, status = 200): SandboxResponse => ({
	status,
	json: { data: row },
});
