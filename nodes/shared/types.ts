import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';

export type Credentials = ICredentialDataDecryptedObject;

export type HeaderValue = string | string[] | number | undefined;
export type Headers = Record<string, HeaderValue>;

/** One call to a vendor, before authentication and retries. */
export interface RequestSpec {
	method: IHttpRequestMethods;
	/** Path below the vendor's base URL (already URL-encoded), or an absolute next-page link. */
	path: string;
	qs?: IDataObject;
	/** A Buffer is sent as is (a file upload). */
	body?: IDataObject | IDataObject[] | string | Buffer;
	headers?: IDataObject;
	/** Error statuses this call handles itself (returned, not thrown), e.g. a partial batch failure. */
	accept?: number[];
	/** The answer is a document to read as text (YAML, say), not JSON: its body comes back as is. */
	text?: boolean;
	/** The answer is a file: its bytes come back as a Buffer, with the headers that describe it. */
	binary?: boolean;
	/**
	 * Whether sending this call twice leaves the vendor as sending it once, where that differs from
	 * what its method says: a POST that edits or deletes one record by its id, say. A 5xx or a
	 * dropped connection is then retried; a create must never say so.
	 */
	idempotent?: boolean;
}

/** What came back, whatever the status. */
export interface RawResponse {
	statusCode: number;
	headers: Headers;
	body: unknown;
}

/** At most `limit` requests in any `intervalMs` window. */
export interface RateWindow {
	limit: number;
	intervalMs: number;
	/** The window as users know it, for messages: "per hour". */
	name?: string;
}

/** What a vendor's limit answer says in its body, for vendors that explain it there. */
export interface LimitAnswer {
	/** The limit that was hit, in the vendor's words. */
	window?: string;
	/** When the vendor takes requests again, epoch milliseconds. */
	retryAt?: number;
}

export interface RateLimitPolicy {
	/** The vendor's documented limits; the pacer keeps every one of them. */
	windows: RateWindow[];
	/**
	 * Whom the limit counts: each API key (default), or the whole API host, for vendors that
	 * limit per calling IP so that every key on this n8n shares one budget.
	 */
	scope?: 'key' | 'host';
	/** Statuses by which this vendor says "slow down" and ignores the request. */
	limitStatuses: number[];
	/** Header names the vendor uses, lower-cased. */
	headers?: { limit?: string; remaining?: string; reset?: string };
	/** A retry time the vendor puts in the body of a limit answer, in ms from now. */
	retryAfterFromBody?: (body: unknown) => number | undefined;
	/** Reads a limit answer whose body names the limit that was hit and when it opens again. */
	limitAnswer?: (body: unknown) => LimitAnswer | undefined;
	/**
	 * Limits, as a limit answer names them, that are not worth waiting for (a daily quota): the
	 * request fails at once, and so does every request of the account until the limit opens.
	 */
	failFast?: (window: string) => boolean;
	/** How many requests of one account may be unanswered at once; the vendor refuses more. */
	maxInFlight?: number;
	/** The same request (method, URL and query) is refused when it comes again within this time. */
	repeat?: { methods: IHttpRequestMethods[]; intervalMs: number };
}

export interface VendorError {
	message?: string;
	code?: string | number;
	/** Field-level validation messages. */
	details?: string[];
}

/** How a request body is put on the wire (JSON unless the vendor says otherwise). */
export type BodyEncoder = (
	body: RequestSpec['body'],
) => Pick<IHttpRequestOptions, 'body' | 'headers'>;

/** Everything the core needs to know about one vendor. */
export interface VendorProfile {
	/** The vendor's name as users know it, for messages. */
	displayName: string;
	credentialType: string;
	/** Checks the credential and returns the API root URL, without a trailing slash. */
	baseUrl: (credentials: Credentials) => string;
	/** Values that must never appear in output, errors or logs. */
	secrets: (credentials: Credentials) => string[];
	/**
	 * The `user:password` text a secret travels as in a Basic Authorization header, for vendors
	 * that authenticate that way, so an echoed header is masked whole.
	 */
	basicAuth?: (secret: string) => string;
	rateLimit: RateLimitPolicy;
	/** Reads the vendor's error body. */
	error: (body: unknown) => VendorError;
	/** Some vendors answer 2xx with a failure flag in the body. */
	isFailure?: (body: unknown) => boolean;
	encodeBody?: BodyEncoder;
	/** How arrays in query strings are written. */
	arrayFormat?: IHttpRequestOptions['arrayFormat'];
	timeoutMs?: number;
}
