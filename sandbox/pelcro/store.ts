export type Row = Record<string, unknown>;

/** Rows of one kind, keyed by id; ids count up from `firstId`. */
export class Table {
	private rows = new Map<number, Row>();
	private nextId: number;

	constructor(firstId: number) {
		this.nextId = firstId;
	}

	insert(row: Row): Row {
		const stored = { id: this.nextId++, ...row };
		this.rows.set(stored.id as number, stored);
		return stored;
	}

	get(id: number): Row | undefined {
		return this.rows.get(id);
	}

	delete(id: number): void {
		this.rows.delete(id);
	}

	/** Rows in id order (Pelcro's lists come oldest first when unsorted; no vendor source). */
	all(): Row[] {
		return [...this.rows.values()];
	}

	get size(): number {
		return this.rows.size;
	}
}

export interface PelcroData {
	site: number;
	customers: Table;
	subscriptions: Table;
	plans: Table;
	products: Table;
	ecommerceProducts: Table;
	skus: Table;
	orders: Table;
	invoices: Table;
	charges: Table;
	coupons: Table;
	memberships: Table;
	addresses: Table;
	webhooks: Table;
	/** Webhook secrets by webhook id: returned once on create, never listed. */
	webhookSecrets: Map<number, string>;
}

export function emptyData(site: number): PelcroData {
	return {
		site,
		customers: new Table(6000),
		subscriptions: new Table(9000),
		plans: new Table(300),
		products: new Table(100),
		ecommerceProducts: new Table(500),
		skus: new Table(700),
		orders: new Table(4000),
		invoices: new Table(20000),
		charges: new Table(30000),
		coupons: new Table(800),
		memberships: new Table(1500),
		addresses: new Table(50000),
		webhooks: new Table(10),
		webhookSecrets: new Map(),
	};
}

/** Unix seconds, the format of Pelcro's `created_at` / `updated_at` (R/api-core-webhook). */
export const unixNow = () => Math.floor(Date.now() / 1000);

/** A copy of `row` without the named fields. */
export function without(row: Row, ...fields: string[]): Row {
	return Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key)));
}
