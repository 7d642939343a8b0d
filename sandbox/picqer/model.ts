import type { PicqerData } from './data';
import { ErrorCode, PicqerError } from './errors';
import { picqerTime } from './time';
import type {
	Address,
	Order,
	OrderProduct,
	Picklist,
	PicklistProduct,
	PicklistStatus,
	Product,
	Row,
	StockEntry,
} from './types';

export const ORDER_ADDRESS_FIELDS = [
	'name',
	'contactname',
	'address',
	'address2',
	'zipcode',
	'city',
	'region',
	'country',
] as const;

export function fullAddress(address: Address): string {
	return [address.name, address.address, `${address.zipcode} ${address.city}`, address.country]
		.filter(Boolean)
		.join('\n');
}

/** Prefixes an address's fields as Picqer's orders and picklists do (`deliveryname`, ...). */
export function prefixed(prefix: 'delivery' | 'invoice', address: Address): Row {
	const row: Row = {};
	for (const field of ORDER_ADDRESS_FIELDS) row[`${prefix}${field}`] = address[field];
	row[`full_${prefix}_address`] = fullAddress(address);
	return row;
}

export function stockEntry(idwarehouse: number, stock: number): StockEntry {
	return {
		idwarehouse,
		stock,
		reserved: 0,
		reservedbackorders: 0,
		reservedpicklists: 0,
		reservedallocations: 0,
		freestock: stock,
	};
}

export function stockIn(product: Product, idwarehouse: number): StockEntry {
	let entry = product.stock.find((s) => s.idwarehouse === idwarehouse);
	if (!entry) {
		entry = stockEntry(idwarehouse, 0);
		product.stock.push(entry);
	}
	return entry;
}

/** Keeps the derived fields right after stock or reservations change. */
export function settleStock(entry: StockEntry): void {
	entry.reserved = entry.reservedbackorders + entry.reservedpicklists + entry.reservedallocations;
	entry.freestock = Math.max(0, entry.stock - entry.reserved);
}

export function orderLine(
	data: PicqerData,
	product: Product,
	amount: number,
	overrides: { price?: number; name?: string; remarks?: string | null } = {},
): OrderProduct {
	return {
		idorder_product: data.seq.orderProduct.next(),
		idproduct: product.idproduct,
		idvatgroup: product.idvatgroup,
		productcode: product.productcode,
		name: overrides.name ?? product.name,
		remarks: overrides.remarks ?? null,
		amount,
		amount_cancelled: 0,
		price: overrides.price ?? product.price,
		weight: (product.weight as number) ?? 0,
		partof_idorder_product: null,
		has_parts: false,
	};
}

/** A picklist for some of an order's lines, with the order's addresses copied. */
export function buildPicklist(
	data: PicqerData,
	order: Order,
	lines: { line: OrderProduct; amount: number }[],
	status: PicklistStatus,
	at: Date,
): Picklist {
	const idwarehouse = order.warehouses[0];
	const number = data.seq.picklistid.next();
	return data.picklists.create((idpicklist) => {
		const products: PicklistProduct[] = lines.map(({ line, amount }) => ({
			idpicklist_product: data.seq.picklistProduct.next(),
			idproduct: line.idproduct,
			idorder_product: line.idorder_product,
			idvatgroup: line.idvatgroup,
			productcode: line.productcode,
			name: line.name,
			remarks: line.remarks,
			amount,
			amount_picked: status === 'closed' ? amount : 0,
			price: line.price,
			weight: line.weight,
			stock_location: null,
			partof_idpicklist_product: null,
			has_parts: false,
		}));
		const total = products.reduce((sum, p) => sum + p.amount, 0);
		const time = picqerTime(at);
		return {
			idpicklist,
			picklistid: `P${at.getUTCFullYear()}-${String(number).padStart(5, '0')}`,
			idcustomer: order.idcustomer,
			idorder: order.idorder,
			idreturn: null,
			idwarehouse,
			idtemplate: order.idtemplate,
			idshippingprovider_profile: order.idshippingprovider_profile,
			idfulfilment_customer: null,
			deliveryname: order.deliveryname,
			deliverycontactname: order.deliverycontactname,
			deliveryaddress: order.deliveryaddress,
			deliveryaddress2: order.deliveryaddress2,
			deliveryzipcode: order.deliveryzipcode,
			deliverycity: order.deliverycity,
			deliveryregion: order.deliveryregion,
			deliverycountry: order.deliverycountry,
			telephone: order.telephone,
			emailaddress: order.emailaddress,
			reference: order.reference,
			idpicklist_batch: null,
			paused_reason: null,
			assigned_to_iduser: null,
			invoiced: order.invoiced,
			urgent: false,
			preferred_delivery_date: order.preferred_delivery_date,
			status,
			totalproducts: total,
			totalpicked: status === 'closed' ? total : 0,
			snoozed_until: null,
			closed_by_iduser: null,
			closed_at: status === 'closed' ? time : null,
			created: time,
			updated: time,
			products,
			tags: [],
		};
	});
}

export function requireProduct(data: PicqerData, id: unknown): Product {
	const product = data.products.get(Number(id));
	if (!product) throw new PicqerError(400, ErrorCode.notFound, `Product ${String(id)} not found`);
	return product;
}

/** Fields a new order gets when the caller leaves them out. */
export function orderDefaults(data: PicqerData): Row {
	return {
		idcustomer: null,
		idtemplate: data.templates.rows[0].idtemplate,
		idshippingprovider_profile: null,
		idfulfilment_customer: null,
		deliveryname: null,
		deliverycontactname: null,
		deliveryaddress: null,
		deliveryaddress2: null,
		deliveryzipcode: null,
		deliverycity: null,
		deliveryregion: null,
		deliverycountry: null,
		full_delivery_address: '',
		invoicename: null,
		invoicecontactname: null,
		invoiceaddress: null,
		invoiceaddress2: null,
		invoicezipcode: null,
		invoicecity: null,
		invoiceregion: null,
		invoicecountry: null,
		full_invoice_address: '',
		telephone: null,
		emailaddress: null,
		reference: null,
		customer_remarks: null,
		pickup_point_data: null,
		partialdelivery: false,
		auto_split: false,
		invoiced: false,
		preferred_delivery_date: null,
		discount: 0,
		calculatevat: true,
		language: 'nl',
		public_status_page: null,
		orderfields: [],
	};
}

export function createOrder(
	data: PicqerData,
	fields: Row & { status: Order['status']; products: OrderProduct[]; created: string },
): Order {
	const number = data.seq.orderid.next();
	return data.orders.create((idorder) => {
		const order = {
			idorder,
			idcustomer: null,
			orderid: `${fields.created.slice(0, 4)}${String(number).padStart(5, '0')}`,
			...orderDefaults(data),
			warehouses: [data.warehouses.rows[0].idwarehouse as number],
			tags: {},
			...fields,
			updated: fields.created,
		} as Order;
		order.public_status_page = `https://example.picqer.site/s/${idorder}`;
		return order;
	});
}
