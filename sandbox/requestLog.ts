import type { Query } from './types';

export interface ReceivedRequest {
	vendor: string;
	method: string;
	/** Path without the vendor's mount prefix, e.g. `/orders`. */
	path: string;
	query: Query;
	/** Lower-cased names; the auth header is kept, so never print a whole entry. */
	headers: Record<string, string>;
	body: unknown;
	/** Epoch milliseconds when the request arrived. */
	at: number;
	/** Status answered, once known (absent when the socket was destroyed). */
	status?: number;
	/** The vendor ignored the request because the caller was over budget. */
	rateLimited?: boolean;
	/** A credential came in the query string (see `VendorModule.credentialParams`). */
	credentialInUrl?: boolean;
	/** Kind of the injected fault that took this request, if any. */
	fault?: string;
}

export interface RequestFilter {
	vendor?: string;
	method?: string;
	path?: string | RegExp;
	rateLimited?: boolean;
}

export type RequestPredicate = (entry: ReceivedRequest) => boolean;

function matches(entry: ReceivedRequest, filter: RequestFilter): boolean {
	if (filter.vendor !== undefined && entry.vendor !== filter.vendor) return false;
	if (filter.method !== undefined && entry.method !== filter.method.toUpperCase()) return false;
	if (filter.rateLimited !== undefined && Boolean(entry.rateLimited) !== filter.rateLimited)
		return false;
	if (typeof filter.path === 'string' && entry.path !== filter.path) return false;
	if (filter.path instanceof RegExp && !filter.path.test(entry.path)) return false;
	return true;
}

/** Every request that reached a vendor mount, in arrival order. */
export class RequestLog {
	private entries: ReceivedRequest[] = [];

	add(entry: ReceivedRequest): ReceivedRequest {
		this.entries.push(entry);
		return entry;
	}

	get all(): readonly ReceivedRequest[] {
		return this.entries;
	}

	get length(): number {
		return this.entries.length;
	}

	filter(filter: RequestFilter | RequestPredicate = {}): ReceivedRequest[] {
		const test: RequestPredicate =
			typeof filter === 'function' ? filter : (entry) => matches(entry, filter);
		return this.entries.filter(test);
	}

	count(filter: RequestFilter | RequestPredicate = {}): number {
		return this.filter(filter).length;
	}

	last(filter: RequestFilter | RequestPredicate = {}): ReceivedRequest | undefined {
		const found = this.filter(filter);
		return found[found.length - 1];
	}

	clear(): void {
		this.entries = [];
	}

	[Symbol.iterator](): Iterator<ReceivedRequest> {
		return this.entries[Symbol.iterator]();
	}

	toJSON(): ReceivedRequest[] {
		return this.entries;
	}
}
