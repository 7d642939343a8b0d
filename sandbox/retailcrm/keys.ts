/** Where the sandbox serves a RetailCRM instance; the credential's instance URL is url + this. */
export const RETAILCRM_MOUNT = '/retailcrm';
/** Site (store) codes of the instance; keys and orders refer to them. */
export const RETAILCRM_SITE_MAIN = 'main-store';
export const RETAILCRM_SITE_OUTLET = 'outlet';
export const RETAILCRM_SITES = [RETAILCRM_SITE_MAIN, RETAILCRM_SITE_OUTLET] as const;
/** A key with full access to every site, so methods that need a site ask for `site`. */
export const RETAILCRM_DEMO_KEY = 'retailcrm-demo-key';
/** A key limited to the outlet site: `site` is implied and other sites' data is hidden. */
export const RETAILCRM_SINGLE_SITE_KEY = 'retailcrm-outlet-key';
/** A third full-access key, e.g. another integration whose writes the node must not echo. */
export const RETAILCRM_OTHER_KEY = 'retailcrm-other-key';
/** RetailCRM's documented budget: 10 requests per second from one IP. */
export const RETAILCRM_RATE_LIMIT_PER_SECOND = 10;
/**
 * Page sizes every paginated method accepts; 20 is the default (help.retailcrm.pro/api_v5_en.html,
 * GET /api/v5/costs: "limit [20|50|100]"; api-client-php src/Model/Request/Traits/PageLimitTrait.php).
 */
export const RETAILCRM_PAGE_LIMITS = [20, 50, 100] as const;
/** `/store/inventories` also takes 250 (api-client-php src/Enum/PaginationLimit.php LIMIT_250). */
export const RETAILCRM_INVENTORY_PAGE_LIMITS = [...RETAILCRM_PAGE_LIMITS, 250] as const;

export interface RetailCrmKey {
	sites: readonly string[];
	siteAccess: 'access_full' | 'access_selective';
}

export const RETAILCRM_KEYS: Record<string, RetailCrmKey> = {
	[RETAILCRM_DEMO_KEY]: { sites: RETAILCRM_SITES, siteAccess: 'access_full' },
	[RETAILCRM_OTHER_KEY]: { sites: RETAILCRM_SITES, siteAccess: 'access_full' },
	[RETAILCRM_SINGLE_SITE_KEY]: { sites: [RETAILCRM_SITE_OUTLET], siteAccess: 'access_selective' },
};

/** Seeded row counts (orders and the outlet's share are exact multiples of 100). */
export const RETAILCRM_SEED = {
	orders: 1200,
	outletOrders: 400,
	customers: 600,
	corporateCustomers: 60,
	products: 320,
	tasks: 150,
	users: 12,
	costs: 250,
	files: 45,
} as const;
