import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { created, noContent, ok, type Ctx, type Handler } from '../context';
import { accepting, lineFields } from '../contract';
import { ErrorCode, PicqerError, missing, notFound, wrongStatus } from '../errors';
import { equals, search, since } from '../filters';
import { requireProduct, settleStock, stockIn } from '../model';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Row } from '../types';
import { stockPayload } from './products';
import { positiveAmount, requireDate } from './validation';

/**
 * A purchase order line: `idproduct`, `amount` required, `price` optional
 * (picqer.com/en/api/purchaseorders); `delivery_date` (picqer-php Client.php
 * `addProductToPurchaseorder`).
 */
const LINE_FIELDS = ['idproduct', 'amount', 'price', 'delivery_date'];

/** What one may write on a purchase order (picqer.com/en/api/purchaseorders, attributes). */
const PURCHASE_ORDER_FIELDS = [
	'idsupplier',
	'idtemplate',
	'idwarehouse',
	'supplier_name',
	'supplier_orderid',
	'remarks',
	'delivery_date',
	'language',
	'idfulfilment_customer',
];

function purchaseLine(ctx: Ctx, input: Row): Row {
	if (input.idproduct === undefined || input.amount === undefined) {
		throw new PicqerError(
			400,
			ErrorCode.productLineIncomplete,
			'Every product line needs idproduct and amount',
		);
	}
	const product = requireProduct(ctx.data, input.idproduct);
	requireDate(input.delivery_date, 'delivery_date');
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
	// Picqer WMS MCP server (third party): "status, search, updated_after, idsupplier,
	// idwarehouse". What `search` matches: no vendor source.
	filters: {
		status: equals('status'),
		idsupplier: equals('idsupplier'),
		idwarehouse: equals('idwarehouse'),
		search: search('purchaseorderid', 'supplier_name', 'supplier_orderid'),
		updated_after: since('updated'),
	},
	create: {
		fields: [...PURCHASE_ORDER_FIELDS, 'products'],
		// "products … required"; supplier_name "if no idsupplier is provided".
		required: ['products'],
		validate(ctx) {
			requireDate(ctx.body.delivery_date, 'delivery_date');
			if (!Array.isArray(ctx.body.products) || ctx.body.products.length === 0)
				throw missing(['products']);
			lineFields(ctx.body.products as Row[], LINE_FIELDS, 'products');
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
	// PUT: picqer-php Client.php `updatePurchaseorder`; the writable attributes but the supplier.
	update: {
		fields: [
			'idtemplate',
			'idwarehouse',
			'supplier_orderid',
			'remarks',
			'delivery_date',
			'language',
		],
		event: 'purchase_orders.changed',
		validate: (ctx, po) => {
			requireDate(ctx.body.delivery_date, 'delivery_date');
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

/**
 * Receipts v2: picqer.com/en/api/receipts (attributes: `idwarehouse` optional, "we will select the
 * first warehouse"; `version` "currently 1 or 2"; "Either a supplier or a purchase order is
 * required"; status "processing or completed"; filters `receiptid`, `status`, `updated_after`).
 * `idpurchaseorder`, `idsupplier`, `completed_after` filters, receiving products and completing:
 * Picqer WMS MCP server (third party).
 */
const receipts: ResourceSpec = {
	path: '/receipts',
	label: 'Receipt',
	table: (data) => data.receipts,
	filters: {
		receiptid: equals('receiptid'),
		status: equals('status'),
		updated_after: since('updated'),
		completed_after: (row, value) => row.completed_at != null && since('completed_at')(row, value),
		idpurchaseorder: (row, value) =>
			String((row.purchaseorder as Row | null)?.idpurchaseorder) === value,
		idsupplier: (row, value) => String((row.supplier as Row | null)?.idsupplier) === value,
	},
	create: {
		fields: ['idpurchaseorder', 'idsupplier', 'idwarehouse', 'version'],
		required: [],
		validate(ctx) {
			if (ctx.body.idpurchaseorder == null && ctx.body.idsupplier == null)
				throw missing(['idpurchaseorder or idsupplier']);
			if (ctx.body.version != null && ![1, 2].includes(Number(ctx.body.version))) {
				throw new PicqerError(400, ErrorCode.missingParameters, 'Field "version" must be 1 or 2');
			}
			if (ctx.body.idwarehouse != null && !ctx.data.warehouses.get(Number(ctx.body.idwarehouse)))
				throw notFound('Warehouse');
			if (
				ctx.body.idpurchaseorder != null &&
				!ctx.data.purchaseorders.get(Number(ctx.body.idpurchaseorder))
			) {
				throw notFound('Purchase order');
			}
			if (ctx.body.idsupplier != null && !ctx.data.suppliers.get(Number(ctx.body.idsupplier)))
				throw notFound('Supplier');
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
				idwarehouse: Number(
					ctx.body.idwarehouse ?? po?.idwarehouse ?? ctx.data.warehouses.rows[0].idwarehouse,
				),
				version: Number(ctx.body.version ?? 2),
				supplier: supplier ? { idsupplier: supplier.idsupplier, name: supplier.name } : null,
				purchaseorder: po
					? { idpurchaseorder: po.idpurchaseorder, purchaseorderid: po.purchaseorderid }
					: null,
				receiptid: `R${time.slice(0, 4)}-${String(number).padStart(4, '0')}`,
				status: 'processing',
				completed_by: null,
				amount_received: 0,
				completed_at: null,
				products: [],
				created: time,
				updated: time,
			};
		},
	},
	// PUT `{status: "completed"}` completes a receipt (Picqer WMS MCP server).
	update: {
		fields: ['status'],
		event: 'receipts.completed',
		validate(ctx, receipt) {
			if (ctx.body.status !== 'completed')
				throw new PicqerError(400, ErrorCode.missingParameters, 'Field "status" must be completed');
			if (receipt.status === 'completed') throw wrongStatus('Receipt is already completed');
			receipt.completed_at = picqerTime();
			receipt.completed_by = { iduser: ctx.data.users.rows[0].iduser, name: 'API' };
		},
	},
};

/**
 * POST /receipts/{id}/products `{idproduct, amount, idlocation, idpurchaseorder_product}` (or a
 * `strategy`): registers a received product (Picqer WMS MCP server, third party; no official
 * source found). The stock goes up in the receipt's warehouse and the purchase order line's
 * received amount with it. Without a purchase order line, the first open line of the product on
 * the receipt's purchase order (or the supplier's) is taken.
 */
const receiveProduct: Handler = (ctx) => {
	const receipt = findOr404(receipts, ctx);
	if (receipt.status === 'completed') throw wrongStatus('Receipt is already completed');
	const product = requireProduct(ctx.data, ctx.body.idproduct);
	const amount = positiveAmount(ctx.body.amount, 'amount');
	const location =
		ctx.body.idlocation == null ? undefined : ctx.data.locations.get(Number(ctx.body.idlocation));
	if (ctx.body.idlocation != null && !location) throw notFound('Location');
	const candidates = ctx.data.purchaseorders.rows.filter((po) => {
		const linked = receipt.purchaseorder as Row | null;
		if (linked) return po.idpurchaseorder === linked.idpurchaseorder;
		return po.idsupplier === (receipt.supplier as Row | null)?.idsupplier;
	});
	const lines = candidates.flatMap((po) => (po.products as Row[]).map((line) => ({ po, line })));
	const wanted = ctx.body.idpurchaseorder_product;
	const match =
		wanted == null
			? lines.find(
					({ line }) =>
						line.idproduct === product.idproduct &&
						(line.amountreceived as number) < (line.amount as number),
				)
			: lines.find(({ line }) => line.idpurchaseorder_product === Number(wanted));
	if (wanted != null && !match) throw notFound('Purchase order product');
	if (match) match.line.amountreceived = (match.line.amountreceived as number) + amount;
	const entry = stockIn(product, receipt.idwarehouse as number);
	entry.stock += amount;
	settleStock(entry);
	const received = {
		idreceipt_product: ctx.data.seq.receiptProduct.next(),
		idpurchaseorder_product: match?.line.idpurchaseorder_product ?? null,
		idproduct: product.idproduct,
		idpurchaseorder: match?.po.idpurchaseorder ?? null,
		productcode: product.productcode,
		name: product.name,
		amount,
		idlocation: location?.idlocation ?? null,
		received_at: picqerTime(),
	};
	(receipt.products as Row[]).push(received);
	receipt.amount_received = (receipt.amount_received as number) + amount;
	receipt.updated = picqerTime();
	ctx.emit('receipts.product_received', { ...receipt, product: received });
	ctx.emit('products.stock_changed', stockPayload(product));
	return created(received);
};

export function registerPurchasing(router: Router<Handler>): void {
	registerResource(router, purchaseorders);
	// picqer-php Client.php `markPurchaseorderAsPurchased`, `cancelPurchaseorder`,
	// `getPurchaseorderProducts`, `addProductToPurchaseorder`, `updatePurchaseorderProduct`,
	// `removePurchaseorderProduct`.
	router.add(
		'POST',
		'/purchaseorders/:id/mark-as-purchased',
		accepting({}, transition(['concept'], 'purchased', 'purchase_orders.purchased')),
	);
	router.add(
		'POST',
		'/purchaseorders/:id/cancel',
		accepting({}, transition(['concept', 'purchased'], 'cancelled')),
	);
	router.add(
		'GET',
		'/purchaseorders/:id/products',
		accepting({}, (ctx) => ok(findOr404(purchaseorders, ctx).products)),
	);
	router.add(
		'POST',
		'/purchaseorders/:id/products',
		accepting({ body: LINE_FIELDS, required: ['idproduct', 'amount'] }, (ctx) => {
			const po = findOr404(purchaseorders, ctx);
			if (po.status !== 'concept')
				throw wrongStatus('Products can only be added to concept purchase orders');
			const line = purchaseLine(ctx, ctx.body);
			(po.products as Row[]).push(line);
			po.updated = picqerTime();
			return created(line);
		}),
	);
	const lineOf = (ctx: Parameters<Handler>[0]) => {
		const po = findOr404(purchaseorders, ctx);
		const lines = po.products as Row[];
		const line = lines.find((l) => String(l.idpurchaseorder_product) === ctx.params.idline);
		if (!line) throw notFound('Purchase order product');
		return { po, lines, line };
	};
	// `{amount, price, delivery_date}` (Picqer WMS MCP server).
	router.add(
		'PUT',
		'/purchaseorders/:id/products/:idline',
		accepting({ body: ['amount', 'price', 'delivery_date'] }, (ctx) => {
			const { po, line } = lineOf(ctx);
			requireDate(ctx.body.delivery_date, 'delivery_date');
			if (ctx.body.amount !== undefined) line.amount = positiveAmount(ctx.body.amount, 'amount');
			if (ctx.body.price !== undefined) line.price = Number(ctx.body.price);
			if (ctx.body.delivery_date !== undefined) line.delivery_date = ctx.body.delivery_date;
			po.updated = picqerTime();
			return ok(line);
		}),
	);
	router.add(
		'DELETE',
		'/purchaseorders/:id/products/:idline',
		accepting({}, (ctx) => {
			const { po, lines, line } = lineOf(ctx);
			lines.splice(lines.indexOf(line), 1);
			po.updated = picqerTime();
			return noContent();
		}),
	);
	registerComments(router, {
		path: '/purchaseorders',
		type: 'purchaseorder',
		label: 'Purchase order',
		table: purchaseorders.table,
	});
	registerResource(router, receipts);
	router.add(
		'POST',
		'/receipts/:id/products',
		accepting(
			{
				body: ['idproduct', 'amount', 'idlocation', 'idpurchaseorder_product', 'strategy'],
				required: ['idproduct', 'amount'],
			},
			receiveProduct,
		),
	);
	registerComments(router, {
		path: '/receipts',
		type: 'receipt',
		label: 'Receipt',
		table: receipts.table,
	});
}
