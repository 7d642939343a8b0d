import { Collection } from './store';
import type {
	Backorder,
	Customer,
	Hook,
	Order,
	Picklist,
	PicklistBatch,
	Product,
	Tag,
} from './types';

/** A running number for ids of nested rows (address lines, order lines, ...). */
export class Sequence {
	constructor(private value: number) {}

	next(): number {
		return this.value++;
	}
}

/** Everything one Picqer account holds. */
export interface PicqerData {
	warehouses: Collection;
	vatgroups: Collection;
	tags: Collection<Tag>;
	users: Collection;
	templates: Collection;
	shippingproviders: Collection;
	suppliers: Collection;
	locations: Collection;
	customers: Collection<Customer>;
	products: Collection<Product>;
	orders: Collection<Order>;
	picklists: Collection<Picklist>;
	picklistBatches: Collection<PicklistBatch>;
	shipments: Collection;
	purchaseorders: Collection;
	receipts: Collection;
	returns: Collection;
	returnStatuses: Collection;
	returnReasons: Collection;
	backorders: Collection<Backorder>;
	stockhistory: Collection;
	hooks: Collection<Hook>;
	comments: Collection;
	orderNotes: Collection;
	returnLogs: Collection;
	seq: {
		customerAddress: Sequence;
		orderProduct: Sequence;
		picklistProduct: Sequence;
		purchaseorderProduct: Sequence;
		returnProduct: Sequence;
		receiptProduct: Sequence;
		orderid: Sequence;
		picklistid: Sequence;
		purchaseorderid: Sequence;
		receiptid: Sequence;
		returnid: Sequence;
		customerid: Sequence;
	};
	/** Comments, tags and notes attached to other rows: `${resource}:${id}` → ids. */
	attached: Map<string, number[]>;
}

export function emptyData(): PicqerData {
	return {
		warehouses: new Collection('idwarehouse', 18),
		vatgroups: new Collection('idvatgroup', 31),
		tags: new Collection<Tag>('idtag', 501),
		users: new Collection('iduser', 801),
		templates: new Collection('idtemplate', 61),
		shippingproviders: new Collection('idshippingprovider', 71),
		suppliers: new Collection('idsupplier', 901),
		locations: new Collection('idlocation', 4001),
		customers: new Collection<Customer>('idcustomer', 10001),
		products: new Collection<Product>('idproduct', 20001),
		orders: new Collection<Order>('idorder', 100001),
		picklists: new Collection<Picklist>('idpicklist', 300001),
		picklistBatches: new Collection<PicklistBatch>('idpicklist_batch', 3101),
		shipments: new Collection('idshipment', 600001),
		purchaseorders: new Collection('idpurchaseorder', 40001),
		receipts: new Collection('idreceipt', 45001),
		returns: new Collection('idreturn', 50001),
		returnStatuses: new Collection('idreturn_status', 1),
		returnReasons: new Collection('idreturn_reason', 1),
		backorders: new Collection<Backorder>('idbackorder', 700001),
		stockhistory: new Collection('idproduct_stock_history', 900001),
		hooks: new Collection<Hook>('idhook', 221),
		comments: new Collection('idcomment', 80001),
		orderNotes: new Collection('idorder_note', 85001),
		returnLogs: new Collection('idreturn_log', 87001),
		seq: {
			customerAddress: new Sequence(15001),
			orderProduct: new Sequence(1000001),
			picklistProduct: new Sequence(3000001),
			purchaseorderProduct: new Sequence(410001),
			returnProduct: new Sequence(510001),
			receiptProduct: new Sequence(460001),
			orderid: new Sequence(1),
			picklistid: new Sequence(1),
			purchaseorderid: new Sequence(1),
			receiptid: new Sequence(1),
			returnid: new Sequence(1),
			customerid: new Sequence(1),
		},
		attached: new Map(),
	};
}

export function attachedIds(data: PicqerData, owner: string, id: number): number[] {
	const key = `${owner}:${id}`;
	let ids = data.attached.get(key);
	if (!ids) data.attached.set(key, (ids = []));
	return ids;
}
