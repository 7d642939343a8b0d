/** API key of the demo account (any password is accepted, as Picqer ignores it). */
export const PICQER_DEMO_KEY = 'picqer-demo-key';
/** A second account with its own data and its own rate-limit budget. */
export const PICQER_SECOND_KEY = 'picqer-second-key';
/** Where the sandbox serves Picqer's /api/v1; the node's "Base URL override" is url + this. */
export const PICQER_MOUNT = '/picqer/api/v1';
/** Picqer's documented default budget per API key. */
export const PICQER_RATE_LIMIT_PER_MINUTE = 500;
/** Picqer pages every list by 100 rows. */
export const PICQER_PAGE_SIZE = 100;

/** Account name (used as rate-limit identity) for each key. */
export const PICQER_ACCOUNTS: Record<string, string> = {
	[PICQER_DEMO_KEY]: 'demo',
	[PICQER_SECOND_KEY]: 'second',
};
