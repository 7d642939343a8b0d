/** Any stored RetailCRM object; the interfaces below add what the handlers rely on. */
export type Row = Record<string, unknown>;

/** Orders, customers and the like: an internal id, and an externalId unique within a site. */
export interface Entity extends Row {
	id: number;
	externalId?: string;
	site?: string;
}

export interface OrderItem extends Row {
	id: number;
	initialPrice: number;
	quantity: number;
	offer: Row;
	productName: string;
}

export interface Payment extends Row {
	id: number;
	externalId?: string;
	type: string;
	status: string;
	amount: number;
	paidAt?: string;
}

export interface Order extends Entity {
	number: string;
	site: string;
	status: string;
	createdAt: string;
	items: OrderItem[];
	/** Keyed by payment id, as RetailCRM returns them. */
	payments: Record<string, Payment>;
	customFields: Row;
}

export interface Customer extends Entity {
	site: string;
	createdAt: string;
	customFields: Row;
}

/** Who made a change: the API (and with which key) or a person in the CRM's UI. */
export type Actor = { source: 'api'; key: string } | { source: 'user'; userId: number };

export interface HistoryRecord {
	id: number;
	createdAt: string;
	created?: true;
	deleted?: true;
	source: 'api' | 'user';
	field: string;
	oldValue: unknown;
	newValue: unknown;
	/** The key that wrote it (API changes only); shown to callers as `apiKey.current`. */
	key?: string;
	userId?: number;
	site: string;
	/** The entity as RetailCRM shows it in the record: whole when created, a summary otherwise. */
	entity: Row;
	/** Where the change was on an order line or a payment. */
	item?: Row;
	payment?: Row;
	combinedTo?: Row;
	/** Which internal id the record is about, for the orderId / customerId filters. */
	entityId: number;
	entityExternalId?: string;
}
