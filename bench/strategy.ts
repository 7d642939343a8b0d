import type { IDataObject } from 'n8n-workflow';

import type { Account } from './transport';
import type { BenchVendor } from './vendors';

/** One fetch of a list, as one execution would do it. */
export interface FetchJob {
	vendor: BenchVendor;
	account: Account;
	/** The sandbox's limit per (scaled) window during this run. */
	perWindow: number;
	/** The scaled window, in ms. */
	windowMs: number;
	/** Records wanted; undefined is Return All. */
	wanted?: number;
	/** The credential's Processes Sharing This Credential. */
	processes: number;
}

export interface Fetched {
	records: IDataObject[];
	/** Why the fetch gave up, when it did. */
	failure?: string;
}

/** A way of fetching a list under a rate limit: this package's core, or a baseline. */
export interface Strategy {
	/** Short column name. */
	name: string;
	/** What it imitates, for the README and the JSON. */
	imitates: string;
	fetch(job: FetchJob): Promise<Fetched>;
}
