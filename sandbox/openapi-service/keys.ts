/** Where the simulated service is served, and its demo tokens (no vendor source: notes.md). */
export const OPENAPI_SERVICE_MOUNT = '/openapi-service';
export const OPENAPI_SERVICE_DEMO_TOKEN = 'oas_demo_7f3a9c2e51b84d06';
export const OPENAPI_SERVICE_SECOND_TOKEN = 'oas_second_c41d8e0b9a7f2356';

/** token → account */
export const OPENAPI_SERVICE_ACCOUNTS: Record<string, string> = {
	[OPENAPI_SERVICE_DEMO_TOKEN]: 'demo',
	[OPENAPI_SERVICE_SECOND_TOKEN]: 'second',
};

/**
 * The seed gives no numbers for the limit, only the headers; 100 requests a minute is a
 * common plan and binds quickly at a test's time scale.
 */
export const OPENAPI_SERVICE_RATE_LIMIT = { limit: 100, windowMs: 60_000 };
