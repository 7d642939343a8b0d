import type { SeededRandom } from '../../random';
import type { PicqerData } from '../data';
import type { Row } from '../types';
import { seedTime } from './reference';

export const SEED_PURCHASE_ORDERS = 120;
export const SEED_RECEIPTS = 60;
export const SEED_RETURNS = 80;
export const SEED_STOCK_HISTORY = 400;

const PURCHASE_STATUSES = [
	'concept',
	'purchased',
	'purchased',
	'received',
	'received',
	'received',
	'cancelled',
] as const;

export function seedPurchaseOrders(data: PicqerData, random: SeededRandom): void {
	for (let i = 0; i < SEED_PURCHASE_ORDERS; i++) {
		const supplier = random.pick(data.suppliers.rows);
		const status = random.pick(PURCHASE_STATUSES);
		const created = seedTime(i * 4 * 86_400_000);
		const number = data.seq.purchaseorderid.next();
		const products: Row[] = [];
		for (let p = random.int(1, 5); p > 0; p--) {
			const product = random.pick(data.products.rows);
			const amount = random.int(6, 120);
			products.push({
				idpurchaseorder_product: data.seq.purchaseorderProduct.next(),
				idproduct: product.idproduct,
				idvatgroup: product.idvatgroup,
				productcode: product.productcode,
				productcode_supplier: product.productcode_supplier,
				name: product.name,
				barcode: product.barcode,
				price: product.fixedstockprice,
				amount,
				amountreceived: status === 'received' ? amount : 0,
				delivery_date: null,
				weight: product.weight,
			});
		}
		data.purchaseorders.create((idpurchaseorder) => ({
			idpurchaseorder,
			idsupplier: supplier.idsupplier,
			idtemplate: null,
			idwarehouse: data.warehouses.rows[i % 2].idwarehouse,
			idfulfilment_customer: null,
			purchaseorderid: `PO${created.slice(0, 4)}-${String(number).padStart(4, '0')}`,
			supplier_name: supplier.name,
			supplier_orderid: status === 'concept' ? null : `SO-${random.int(10000, 99999)}`,
			status,
			remarks: null,
			delivery_date: seedTime((i * 4 + 10) * 86_400_000).slice(0, 10),
			language: 'en',
			purchased_at: status === 'concept' ? null : seedTime(i * 4 * 86_400_000 + 3_600_000),
			products,
			created,
			updated: created,
		}));
	}
}

export function seedReceipts(data: PicqerData, random: SeededRandom): void {
	const received = data.purchaseorders.rows.filter(
		(po) => po.status !== 'concept' && po.status !== 'cancelled',
	);
	for (let i = 0; i < SEED_RECEIPTS; i++) {
		const po = received[i % received.length];
		const supplier = data.suppliers.get(po.idsupplier as number)!;
		const completed = po.status === 'received';
		const created = seedTime((i * 8 + 6) * 86_400_000);
		const amount = (po.products as Row[]).reduce((sum, p) => sum + (p.amount as number), 0);
		const number = data.seq.receiptid.next();
		data.receipts.create((idreceipt) => ({
			idreceipt,
			idwarehouse: po.idwarehouse,
			version: 2,
			supplier: { idsupplier: supplier.idsupplier, name: supplier.name },
			purchaseorder: { idpurchaseorder: po.idpurchaseorder, purchaseorderid: po.purchaseorderid },
			receiptid: `R${created.slice(0, 4)}-${String(number).padStart(4, '0')}`,
			// "processing or completed" (picqer.com/en/api/receipts).
			status: completed ? 'completed' : random.pick(['processing', 'processing']),
			remarks: null,
			completed_by: completed ? { iduser: data.users.rows[2].iduser } : null,
			amount_received: completed ? amount : 0,
			amount_received_excessive: 0,
			completed_at: completed ? created : null,
			products: [],
			created,
			updated: created,
		}));
	}
}

export function seedReturns(data: PicqerData, random: SeededRandom): void {
	const completed = data.orders.rows.filter((o) => o.status === 'completed');
	const statuses = data.returnStatuses.rows;
	for (let i = 0; i < SEED_RETURNS; i++) {
		const order = completed[Math.floor((i * completed.length) / SEED_RETURNS)];
		const status = random.pick(statuses);
		const line = random.pick(order.products);
		const number = data.seq.returnid.next();
		const created = order.updated;
		data.returns.create((idreturn) => ({
			idreturn,
			idorder: order.idorder,
			idcustomer: order.idcustomer,
			idtemplate: order.idtemplate,
			returnid: `RET${created.slice(0, 4)}-${String(number).padStart(4, '0')}`,
			orderid: order.orderid,
			reference: order.reference,
			emailaddress: order.emailaddress,
			telephone: order.telephone,
			name: order.deliveryname,
			contactname: order.deliverycontactname,
			address: order.deliveryaddress,
			address2: null,
			zipcode: order.deliveryzipcode,
			city: order.deliverycity,
			region: null,
			country: order.deliverycountry,
			language: order.language,
			idreturn_status: status.idreturn_status,
			status: status.name,
			returned_products: [
				{
					idreturn_product: data.seq.returnProduct.next(),
					idorder_product: line.idorder_product,
					idproduct: line.idproduct,
					idreturn_reason: random.pick(data.returnReasons.rows).idreturn_reason,
					productcode: line.productcode,
					name: line.name,
					price: line.price,
					amount: 1,
					amount_received: status.status === 'completed' ? 1 : 0,
				},
			],
			replacement_products: [],
			created,
			updated: created,
		}));
	}
}

export function seedStockHistory(data: PicqerData, random: SeededRandom): void {
	const reasons = ['Stock count', 'Received goods', 'Damaged', 'Correction', null];
	for (let i = 0; i < SEED_STOCK_HISTORY; i++) {
		const product = data.products.rows[(i * 37) % data.products.size];
		const entry = product.stock[i % 2];
		const change = random.int(-5, 20);
		data.stockhistory.create((idproduct_stock_history) => ({
			idproduct_stock_history,
			idproduct: product.idproduct,
			idwarehouse: entry.idwarehouse,
			idlocation: null,
			iduser: data.users.rows[i % data.users.size].iduser,
			old_stock: Math.max(0, entry.stock - change),
			stock_change: change,
			new_stock: Math.max(0, entry.stock - change) + change,
			reason: random.pick(reasons),
			change_type: 'manual',
			changed_at: seedTime(i * 5_400_000),
		}));
	}
}
