/** Mounted like the API root: `https://api.precoro.com/purchaseorders` has no version prefix. */
export const PRECORO_MOUNT = '/precoro';

export interface PrecoroUser {
	id: number;
	email: string;
	firstname: string;
	lastname: string;
	/** The user's API token; Precoro issues one per user and company. */
	token: string;
	roles: string[];
}

/** A buyer and the two approvers of the seeded approval flow, each with a token. */
export const PRECORO_USERS: readonly PrecoroUser[] = [
	{
		id: 101,
		email: 'anna.buyer@acme.example',
		firstname: 'Anna',
		lastname: 'Buyer',
		token: 'prc_tok_anna_7Hq2xK9mW4vB',
		roles: ['ROLE_ADMIN', 'ROLE_BUYER'],
	},
	{
		id: 102,
		email: 'bob.approver@acme.example',
		firstname: 'Bob',
		lastname: 'Approver',
		token: 'prc_tok_bob_3Zt8pL1nQ6cD',
		roles: ['ROLE_APPROVER'],
	},
	{
		id: 103,
		email: 'carol.approver@acme.example',
		firstname: 'Carol',
		lastname: 'Approver',
		token: 'prc_tok_carol_5Rj4sN2yU8eF',
		roles: ['ROLE_APPROVER'],
	},
];

export const [PRECORO_BUYER, PRECORO_FIRST_APPROVER, PRECORO_SECOND_APPROVER] = PRECORO_USERS;
export const PRECORO_DEMO_TOKEN = PRECORO_BUYER.token;
export const PRECORO_DEMO_EMAIL = PRECORO_BUYER.email;

export interface PrecoroLimits {
	perSecond: number;
	perMinute: number;
	perHour: number;
	perDay: number;
	/** How long the same GET is refused after the first, at time scale 1. */
	repeatMs: number;
}

/**
 * help.precoro.com "Using API in Precoro" (300/min, 1,500/h, 3,000/day) and "How to handle API
 * rate limits" (1 request a second; the same GET not within a minute).
 */
export const PRECORO_DEFAULT_LIMITS: PrecoroLimits = {
	perSecond: 1,
	perMinute: 300,
	perHour: 1500,
	perDay: 3000,
	repeatMs: 60_000,
};

/** per_page values Precoro accepts (its Postman collection's introduction). */
export const PRECORO_PAGE_SIZES = [10, 20, 50, 100, 200];
/** Precoro's own webhook limit (help.precoro.com "How to set up and use webhooks"). */
export const PRECORO_MAX_WEBHOOKS = 5;

/** A user as the API shows it: everything but the token. */
export function publicUser(user: PrecoroUser): Omit<PrecoroUser, 'token'> {
	const { id, email, firstname, lastname, roles } = user;
	return { id, email, firstname, lastname, roles };
}
