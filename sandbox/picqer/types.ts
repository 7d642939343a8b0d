/** Any stored Picqer object; the typed interfaces below add what the handlers rely on. */
export type Row = Record<string, unknown>;

export interface Address {
	name: string;
	contactname: string | null;
	address: string;
	address2: string | null;
	zipcode: string;
	city: string;
	region: string | null;
	country: string;
}

export interface CustomerAddress extends Address {
	idcustomer_address: number;
	defaultinvoice: boolean;
	defaultdelivery: boolean;
}

export interface Customer extends Row {
	idcustomer: number;
	customerid: string;
	name: string;
	emailaddress: string | null;
	addresses: CustomerAddress[];
	tags: Tag[];
}

export interface StockEntry {
	idwarehouse: number;
	stock: number;
	reserved: number;
	reservedbackorders: number;
	reservedpicklists: number;
	reservedallocations: number;
	freestock: number;
}

export interface Product extends Row {
	idproduct: number;
	idvatgroup: number;
	productcode: string;
	name: string;
	price: number;
	barcode: string | null;
	type: string;
	active: boolean;
	stock: StockEntry[];
	tags: Tag[];
	created: string;
	updated: string;
}

export interface OrderProduct {
	idorder_product: number;
	idproduct: number;
	idvatgroup: number;
	productcode: string;
	name: string;
	remarks: string | null;
	amount: number;
	amount_cancelled: number;
	price: number;
	weight: number;
	partof_idorder_product: null;
	has_parts: boolean;
}

export type OrderStatus =
	| 'expected'
	| 'concept'
	| 'processing'
	| 'paused'
	| 'completed'
	| 'cancelled';

export interface Order extends Row {
	idorder: number;
	idcustomer: number | null;
	orderid: string;
	reference: string | null;
	emailaddress: string | null;
	status: OrderStatus;
	warehouses: number[];
	products: OrderProduct[];
	/** Picqer keys order tags by title. */
	tags: Record<string, Tag>;
	created: string;
	updated: string;
}

export interface PicklistProduct {
	idpicklist_product: number;
	idproduct: number;
	idorder_product: number | null;
	idvatgroup: number;
	productcode: string;
	name: string;
	remarks: string | null;
	amount: number;
	amount_picked: number;
	price: number;
	weight: number;
	stock_location: string | null;
	partof_idpicklist_product: null;
	has_parts: boolean;
}

/** "new, paused, closed, snoozed, cancelled" (picqer.com/en/api/picklists). */
export type PicklistStatus = 'new' | 'paused' | 'closed' | 'snoozed' | 'cancelled';

export interface Picklist extends Row {
	idpicklist: number;
	picklistid: string;
	idorder: number | null;
	idwarehouse: number;
	status: PicklistStatus;
	idpicklist_batch: number | null;
	paused_reason: string | null;
	assigned_to_iduser: number | null;
	snoozed_until: string | null;
	closed_at: string | null;
	totalproducts: number;
	totalpicked: number;
	products: PicklistProduct[];
	tags: Tag[];
	updated: string;
}

export interface Tag extends Row {
	idtag: number;
	title: string;
	color: string;
	inherit: boolean;
	textColor: string;
}

export interface Hook extends Row {
	idhook: number;
	name: string;
	event: string;
	address: string;
	active: boolean;
	/** Kept server-side; the API only says whether there is one. */
	secretValue: string | null;
}

export interface Backorder extends Row {
	idbackorder: number;
	idorder: number;
	idproduct: number;
	idcustomer: number | null;
	idwarehouse: number;
	amount: number;
	created_at: string;
}

/** A picklist batch: picqer.com/en/api/picklist-batches (attributes). */
export interface PicklistBatch extends Row {
	idpicklist_batch: number;
	picklist_batchid: number;
	idwarehouse: number;
	type: 'singles' | 'normal';
	status: 'open' | 'completed';
	assigned_to: { iduser: number; full_name: string; username: string } | null;
	completed_by: null;
	total_products: number;
	total_picklists: number;
	completed_at: string | null;
	created_at: string;
	updated_at: string;
}
