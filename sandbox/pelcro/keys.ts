/** Where the sandbox serves Pelcro's Core API; the credential's custom base URL is url + this. */
export const PELCRO_MOUNT = '/pelcro/api/v1/core';
/** API key and site of the demo account. */
export const PELCRO_DEMO_KEY = 'pelcro-demo-key';
export const PELCRO_DEMO_SITE = 1025;
/** A second account with its own site, data and rate-limit budget. */
export const PELCRO_SECOND_KEY = 'pelcro-second-key';
export const PELCRO_SECOND_SITE = 2050;
/**
 * "Up to 120 API operations (reads or writes) per minute, per account"
 * (docs.pelcro.com/v2.4/reference/api-core-rate-limits).
 */
export const PELCRO_RATE_LIMIT_PER_MINUTE = 120;
/** "Max 10 webhooks per account" (docs.pelcro.com/reference/api-core-webhook). */
export const PELCRO_WEBHOOK_LIMIT = 10;
/** Default and largest page size (docs.pelcro.com/reference/api-core-pagination-limits). */
export const PELCRO_DEFAULT_PAGE_SIZE = 10;
export const PELCRO_MAX_PAGE_SIZE = 100;

export interface PelcroAccount {
	name: string;
	site: number;
}

export const PELCRO_ACCOUNTS: Record<string, PelcroAccount> = {
	[PELCRO_DEMO_KEY]: { name: 'demo', site: PELCRO_DEMO_SITE },
	[PELCRO_SECOND_KEY]: { name: 'second', site: PELCRO_SECOND_SITE },
};

/** Seeded row counts: every list spans several pages of 10, the larger ones several of 100. */
export const PELCRO_SEED = {
	customers: 230,
	subscriptions: 260,
	plans: 24,
	products: 12,
	ecommerceProducts: 15,
	skus: 45,
	orders: 140,
	invoices: 240,
	charges: 150,
	coupons: 30,
	memberships: 30,
	addresses: 230,
} as const;
