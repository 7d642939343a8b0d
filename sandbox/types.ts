/** Query string as parsed by the sandbox: a repeated key becomes an array. */
export type Query = Record<string, string | string[]>;

/** One request as a vendor module sees it: the mount prefix is already stripped. */
export interface SandboxRequest {
	vendor: string;
	method: string;
	path: string;
	query: Query;
	headers: Record<string, string>;
	/** The caller's address, for vendors that count requests per IP. */
	remoteAddress: string;
	rawBody: string;
	/** The body's exact bytes, for vendors that take raw uploads. */
	rawBytes: Buffer;
	/** Fields of a form-urlencoded body (repeated keys become arrays); undefined otherwise. */
	form?: Query;
	/** Parsed JSON, the raw text when it is not JSON, or undefined when the body is empty. */
	body: unknown;
	/** True when a body was sent but could not be parsed as JSON. */
	invalidJson: boolean;
}

export interface SandboxResponse {
	status: number;
	headers?: Record<string, string>;
	/** Serialised as JSON; ignored when `text` is set. */
	json?: unknown;
	/** Sent verbatim, for non-JSON answers. */
	text?: string;
	/** Sent as is, for binary answers (file downloads); wins over `text` and `json`. */
	bytes?: Buffer;
}

/** A fixed window size and how many requests fit in it; several may apply at once. */
export interface RateWindow {
	limit: number;
	/** Length of the window at time scale 1. */
	windowMs: number;
}

export interface RateWindowState {
	limit: number;
	remaining: number;
	/** Milliseconds (already scaled) until the oldest counted request leaves the window. */
	resetMs: number;
}

export interface RateState {
	allowed: boolean;
	windows: RateWindowState[];
}

/** What a caller proved about itself: the account it acts for. */
export interface Admitted {
	account: string;
	/** What the vendor counts requests by when that is not the account (e.g. the caller's IP). */
	rateKey?: string;
}

/** Everything the generic server needs to know about one vendor. */
export interface VendorModule<Handle = unknown> {
	name: string;
	/** Path prefix the vendor is served under, e.g. `/picqer/api/v1`. */
	mount: string;
	/** Query parameters that carry a credential; the request log notes when one is in the URL. */
	credentialParams?: readonly string[];
	/** The object tests use to drive the vendor (exposed on the Sandbox). */
	handle: Handle;
	/** Checks headers and credentials; returns the account or the vendor's refusal. */
	admit(req: SandboxRequest): Admitted | SandboxResponse;
	/** The windows that apply to an account right now. */
	rateWindows(account: string): RateWindow[];
	rateLimitHeaders(state: RateState): Record<string, string>;
	/** Exactly what the vendor answers when the caller is over budget. */
	rateLimited(state: RateState): SandboxResponse;
	/** For vendors that keep their own counters: whether `serve` refused this request for the rate. */
	isRateLimited?(response: SandboxResponse): boolean;
	/** The vendor's error body for a status, used by `status` faults without a body. */
	errorResponse(status: number, message: string): SandboxResponse;
	serve(req: SandboxRequest, who: Admitted): SandboxResponse | Promise<SandboxResponse>;
	/** Vendor-specific admin routes under `/__sandbox/<name>/`; undefined means not found. */
	admin?(method: string, path: string, body: unknown): Promise<SandboxResponse | undefined>;
	reset(): void;
	close?(): Promise<void>;
}

export function isResponse(value: Admitted | SandboxResponse): value is SandboxResponse {
	return 'status' in value;
}

/** What the server hands every vendor module when it is created. */
export interface VendorContext {
	seed: number;
	deliverer: import('./webhooks').WebhookDeliverer;
	/** The sandbox's rate-limit settings, for vendors that keep their own counters. */
	limits?: { timeScale(): number; enabled(): boolean };
}
