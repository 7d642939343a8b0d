import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { created, ok, type Ctx, type Handler } from '../context';
import { ErrorCode, PicqerError, missing, notFound, wrongStatus } from '../errors';
import { equals, search, since, sinceId } from '../filters';
import { requireProduct } from '../model';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Row } from '../types';
import { positiveAmount } from './validation';

function purchaseLine(ctx: Ctx, input: Row): Row {
	if (input.idproduct === undefined || input.amount === undefined) {
		throw new PicqerError(
			400,
			ErrorCode.productLineIncomplete,
			'Every product line needs idproduct and amount',
		);
	}
	const product = requireProduct(ctx.data, input.idproduct);
	return {
		idpurchaseorder_product: ctx.data.seq.purchaseorderProduct.next(),
		idproduct: product.idproduct,
		idvatgroup: product.idvatgroup,
		productcode: product.productcode,
		productcode_supplier: product.productcode_supplier,
		name: product.name,
		barcode: product.barcode,
		price: input.price ?? product.fixedstockprice,
		amount: positiveAmount(input.amount, 'amount'),
		amountreceived: 0,
		delivery_date: input.delivery_date ?? null,
		weight: product.weight,
	};
}

const purchaseorders: ResourceSpec = {
	path: '/purchaseorders',
	label: 'Purchase order',
	table: (data) => data.purchaseorders,
	filters: {
		status: equals('status'),
		idsupplier: equals('idsupplier'),
		idwarehouse: equals('idwarehouse'),
		purchaseorderid: equals('purchaseorderid'),
		search: search('purchaseorderid', 'supplier_name', 'supplier_orderid'),
		sinceid: sinceId('idpurchaseorder'),
		updated_after: since('updated'),
	},
	create: {
		required: [],
		validate(ctx) {
			if (ctx.body.idsupplier == null && !ctx.body.supplier_name)
				throw missing(['idsupplier or supplier_name']);
			if (ctx.body.idsupplier != null && !ctx.data.suppliers.get(Number(ctx.body.idsupplier))) {
				throw new PicqerError(400, ErrorCode.notFound, 'Supplier not found');
			}
			if (ctx.body.idwarehouse != null && !ctx.data.warehouses.get(Number(ctx.body.idwarehouse))) {
				throw new PicqerError(400, ErrorCode.notFound, 'Warehouse not found');
			}
		},
		event: 'purchase_orders.created',
		build(ctx, idpurchaseorder) {
			const supplier =
				ctx.body.idsupplier == null
					? undefined
					: ctx.data.suppliers.get(Number(ctx.body.idsupplier));
			const time = picqerTime();
			const number = ctx.data.seq.purchaseorderid.next();
			return {
				idpurchaseorder,
				idsupplier: supplier?.idsupplier ?? null,
				idtemplate: null,
				idwarehouse: Number(ctx.body.idwarehouse ?? ctx.data.warehouses.rows[0].idwarehouse),
				idfulfilment_customer: null,
				purchaseorderid: `PO${time.slice(0, 4)}-${String(number).padStart(4, '0')}`,
				supplier_name: supplier?.name ?? String(ctx.body.supplier_name),
				supplier_orderid: ctx.body.supplier_orderid ?? null,
				status: 'concept',
				remarks: ctx.body.remarks ?? null,
				delivery_date: ctx.body.delivery_date ?? null,
				language: ctx.body.language ?? 'en',
				purchased_at: null,
				products: ((ctx.body.products as Row[] | undefined) ?? []).map((p) => purchaseLine(ctx, p)),
				created: time,
				updated: time,
			};
		},
	},
	update: {
		fields: ['supplier_orderid', 'remarks', 'delivery_date', 'language', 'idwarehouse'],
		event: 'purchase_orders.changed',
		validate: (_ctx, po) => {
			if (po.status === 'cancelled' || po.status === 'received') {
				throw wrongStatus(`Purchase order with status ${String(po.status)} cannot be changed`);
			}
		},
	},
};

function transition(from: string[], to: string, event?: string): Handler {
	return (ctx) => {
		const po = findOr404(purchaseorders, ctx);
		if (!from.includes(String(po.status))) {
			throw wrongStatus(`Purchase order with status ${String(po.status)} cannot become ${to}`);
		}
		po.status = to;
		po.updated = picqerTime();
		if (to === 'purchased') po.purchased_at = po.updated;
		if (event) ctx.emit(event, po);
		ctx.emit('purchase_orders.changed', po);
		return ok(po);
	};
}

const receipts: ResourceSpec = {
	path: '/receipts',
	label: 'Receipt',
	table: (data) => data.receipts,
	filters: {
		status: equals('status'),
		idwarehouse: equals('idwarehouse'),
		receiptid: equals('receiptid'),
		updated_after: since('updated'),
	},
	create: {
		required: ['idwarehouse'],
		validate(ctx) {
			if (!ctx.data.warehouses.get(Number(ctx.body.idwarehouse))) throw notFound('Warehouse');
			if (
				ctx.body.idpurchaseorder != null &&
				!ctx.data.purchaseorders.get(Number(ctx.body.idpurchaseorder))
			) {
				throw notFound('Purchase order');
			}
		},
		event: 'receipts.created',
		build(ctx, idreceipt) {
			const po =
				ctx.body.idpurchaseorder == null
					? undefined
					: ctx.data.purchaseorders.get(Number(ctx.body.idpurchaseorder));
			const supplierId = ctx.body.idsupplier ?? po?.idsupplier;
			const supplier = supplierId == null ? undefined : ctx.data.suppliers.get(Number(supplierId));
			const time = picqerTime();
			const number = ctx.data.seq.receiptid.next();
			return {
				idreceipt,
				idwarehouse: Number(ctx.body.idwarehouse),
				version: 2,
				supplier: supplier ? { idsupplier: supplier.idsupplier, name: supplier.name } : null,
				purchaseorder: po
					? { idpurchaseorder: po.idpurchaseorder, purchaseorderid: po.purchaseorderid }
					: null,
				receiptid: `R${time.slice(0, 4)}-${String(number).padStart(4, '0')}`,
				status: 'concept',
				remarks: ctx.body.remarks ?? null,
				completed_by: null,
				amount_received: 0,
				amount_received_excessive: 0,
				completed_at: null,
				created: time,
				updated: time,
			};
		},
	},
	update: { fields: ['remarks'] },
};

export function registerPurchasing(router: Router<Handler>): void {
	registerResource(router, purchaseorders);
	router.add(
		'POST',
		'/purchaseorders/:id/mark-as-purchased',
		transition(['concept'], 'purchased', 'purchase_orders.purchased'),
	);
	router.add(
		'POST',
		'/purchaseorders/:id/cancel',
		transition(['concept', 'purchased'], 'cancelled'),
	);
	router.add('GET', '/purchaseorders/:id/products', (ctx) =>
		ok(findOr404(purchaseorders, ctx).products),
	);
	router.add('POST', '/purchaseorders/:id/products', (ctx) => {
		const po = findOr404(purchaseorders, ctx);
		if (po.status !== 'concept')
			throw wrongStatus('Products can only be added to concept purchase orders');
		const line = purchaseLine(ctx, ctx.body);
		(po.products as Row[]).push(line);
		po.updated = picqerTime();
		return created(line);
	});
	registerComments(router, {
		path: '/purchaseorders',
		type: 'purchaseorder',
		label: 'Purchase order',
		table: purchaseorders.table,
	});
	registerResource(router, receipts);
}
