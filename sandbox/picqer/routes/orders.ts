import type { Router } from '../../router';
import { registerComments, registerTags } from '../attachments';
import { created, noContent, ok, queryValue, type Ctx, type Handler } from '../context';
import { accepting, lineFields } from '../contract';
import { ErrorCode, PicqerError, notFound, wrongStatus } from '../errors';
import { beforeId, equals, hasTag, search, since, sinceId, until } from '../filters';
import {
	ORDER_ADDRESS_FIELDS,
	buildPicklist,
	createOrder,
	fullAddress,
	orderLine,
	requireProduct,
	settleStock,
	stockIn,
} from '../model';
import { findOr404, pageOf, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Address, Order, OrderProduct, OrderStatus, Row } from '../types';
import { releasePicklist } from './picklists';
import { positiveAmount, requireCountry, requireDate } from './validation';

const ADDRESS_PREFIXES = ['delivery', 'invoice'] as const;

/**
 * The order attributes one may write: picqer.com/en/api/orders; Pipedream components/picqer
 * create-order and update-order.
 */
const ORDER_FIELDS = [
	'idtemplate',
	'idshippingprovider_profile',
	...ADDRESS_PREFIXES.flatMap((p) => ORDER_ADDRESS_FIELDS.map((f) => `${p}${f}`)),
	'telephone',
	'emailaddress',
	'reference',
	'customer_remarks',
	'partialdelivery',
	'discount',
	'invoiced',
	'preferred_delivery_date',
	'language',
];

/** An order line's fields (picqer.com/en/api/orders, `products.*`). */
const LINE_FIELDS = ['idproduct', 'amount', 'price', 'name', 'remarks'];

/** Order line from `{idproduct, amount, price?, name?, remarks?}`; error 23 when incomplete. */
function lineFrom(ctx: Ctx, input: Row): OrderProduct {
	if (input.idproduct === undefined || input.amount === undefined) {
		throw new PicqerError(
			400,
			ErrorCode.productLineIncomplete,
			'Every product line needs idproduct and amount',
		);
	}
	const product = requireProduct(ctx.data, input.idproduct);
	return orderLine(ctx.data, product, positiveAmount(input.amount, 'amount'), {
		price: input.price === undefined ? undefined : Number(input.price),
		name: input.name === undefined ? undefined : String(input.name),
		remarks: input.remarks === undefined ? null : String(input.remarks),
	});
}

function fillAddresses(order: Row): void {
	for (const prefix of ADDRESS_PREFIXES) {
		const address = Object.fromEntries(
			ORDER_ADDRESS_FIELDS.map((f) => [f, order[`${prefix}${f}`]]),
		);
		order[`full_${prefix}_address`] = fullAddress(address as unknown as Address);
	}
}

function checkFormats(body: Row): void {
	for (const prefix of ADDRESS_PREFIXES) {
		const field = `${prefix}country`;
		if (body[field] != null) requireCountry(body[field], field);
	}
	requireDate(body.preferred_delivery_date, 'preferred_delivery_date');
}

export function setOrderStatus(ctx: Ctx, order: Order, status: OrderStatus): void {
	if (order.status === status) return;
	order.status = status;
	order.updated = picqerTime();
	ctx.emit('orders.status_changed', order);
}

/** Everything on an order line that is neither cancelled, picklisted nor backordered. */
function unassigned(ctx: Ctx, order: Order, line: OrderProduct): number {
	const picklisted = ctx.data.picklists.rows
		.filter((p) => p.idorder === order.idorder && p.status !== 'cancelled')
		.flatMap((p) => p.products)
		.filter((p) => p.idorder_product === line.idorder_product)
		.reduce((sum, p) => sum + p.amount, 0);
	return line.amount - line.amount_cancelled - picklisted;
}

/**
 * POST /orders/{id}/process: reserve what is in stock on a new picklist and
 * backorder the rest, as Picqer does.
 */
const processOrder: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status !== 'concept' && order.status !== 'expected') {
		throw new PicqerError(400, ErrorCode.alreadyProcessed, 'Order is already processed');
	}
	if (order.products.length === 0) {
		throw new PicqerError(400, ErrorCode.orderWithoutProducts, 'Order has no products');
	}
	const idwarehouse = order.warehouses[0];
	const picklistLines: { line: OrderProduct; amount: number }[] = [];
	for (const line of order.products) {
		const product = requireProduct(ctx.data, line.idproduct);
		const entry = stockIn(product, idwarehouse);
		const wanted = unassigned(ctx, order, line);
		const available =
			product.type === 'unlimited_stock' ? wanted : Math.min(wanted, entry.freestock);
		if (available > 0) {
			picklistLines.push({ line, amount: available });
			entry.reservedpicklists += available;
			settleStock(entry);
		}
		if (wanted > available) {
			ctx.data.backorders.create((idbackorder) => ({
				idbackorder,
				idorder: order.idorder,
				idproduct: line.idproduct,
				idcustomer: order.idcustomer,
				idwarehouse,
				amount: wanted - available,
				amount_available: 0,
				priority: ctx.data.backorders.size + 1,
				part_of_idbackorder: null,
				parts_per_parent: null,
				created_at: picqerTime(),
			}));
		}
	}
	setOrderStatus(ctx, order, 'processing');
	if (picklistLines.length > 0) {
		const picklist = buildPicklist(ctx.data, order, picklistLines, 'new', new Date());
		ctx.emit('picklists.created', picklist);
	}
	return ok(order);
};

/**
 * POST pause `{reason}`: "Suspends processing of orders with 'processing' status", with "A
 * reason for pausing the order" (Pipedream components/picqer pause-order; Picqer WMS MCP
 * server). Whether Picqer insists on the reason: no vendor source; the simulator does.
 */
const pauseOrder: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status !== 'processing')
		throw wrongStatus(`Order with status ${order.status} cannot be paused`);
	order.paused_reason = String(ctx.body.reason);
	setOrderStatus(ctx, order, 'paused');
	ctx.emit('orders.paused', order);
	return ok(order);
};

const resumeOrder: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status !== 'paused')
		throw wrongStatus(`Order with status ${order.status} cannot be resumed`);
	order.paused_reason = null;
	setOrderStatus(ctx, order, 'processing');
	ctx.emit('orders.resumed', order);
	return ok(order);
};

/** Free stock of one product in the order's warehouse, after what is reserved. */
function freeStock(ctx: Ctx, order: Order, line: OrderProduct) {
	return stockIn(requireProduct(ctx.data, line.idproduct), order.warehouses[0]);
}

/**
 * POST allocate: reserves the stock of a concept order (picqer-php Client.php
 * `allocateStockForOrder`; "Reserve stock for concept order", Picqer WMS MCP server).
 */
const allocateOrder: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status !== 'concept' && order.status !== 'expected')
		throw wrongStatus(`Order with status ${order.status} cannot be allocated`);
	if (order.allocated) return ok(order);
	for (const line of order.products) {
		const entry = freeStock(ctx, order, line);
		entry.reservedallocations += line.amount - line.amount_cancelled;
		settleStock(entry);
	}
	order.allocated = true;
	order.updated = picqerTime();
	ctx.emit('orders.allocated', order);
	return ok(order);
};

/** POST deallocate: gives the reservation back (picqer-php Client.php `deallocateStockForOrder`). */
const deallocateOrder: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (!order.allocated) throw wrongStatus('Order has no allocated stock');
	for (const line of order.products) {
		const entry = freeStock(ctx, order, line);
		entry.reservedallocations = Math.max(
			0,
			entry.reservedallocations - (line.amount - line.amount_cancelled),
		);
		settleStock(entry);
	}
	order.allocated = false;
	order.updated = picqerTime();
	return ok(order);
};

/**
 * POST process-backorders: turns this order's backorders that now have stock into a picklist
 * (picqer-php Client.php `processOrderBackorders`; `prefer_bulk_locations`, Picqer WMS MCP
 * server).
 */
const processOrderBackorders: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status !== 'processing')
		throw wrongStatus(`Order with status ${order.status} has no backorders to process`);
	const lines: { line: OrderProduct; amount: number }[] = [];
	for (const backorder of ctx.data.backorders.rows.filter((b) => b.idorder === order.idorder)) {
		const line = order.products.find((l) => l.idproduct === backorder.idproduct);
		if (!line) continue;
		const entry = freeStock(ctx, order, line);
		if (entry.freestock < backorder.amount) continue;
		entry.reservedpicklists += backorder.amount;
		settleStock(entry);
		lines.push({ line, amount: backorder.amount });
		ctx.data.backorders.remove(backorder.idbackorder);
	}
	if (lines.length > 0) {
		const picklist = buildPicklist(ctx.data, order, lines, 'new', new Date());
		ctx.emit('picklists.created', picklist);
	}
	return ok(order);
};

/**
 * POST change-to-concept: "Converts expected orders back to concept status for editing"
 * (Pipedream components/picqer change-order-to-concept; picqer.com/en/api/changelog,
 * 16 September 2025).
 */
const changeToConcept: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status !== 'expected')
		throw wrongStatus(`Order with status ${order.status} cannot be changed to concept`);
	setOrderStatus(ctx, order, 'concept');
	return ok(order);
};

/** DELETE /orders/{id} cancels the order, its open picklists and its backorders. */
const cancelOrder: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status === 'completed' || order.status === 'cancelled') {
		throw wrongStatus(`Order with status ${order.status} cannot be cancelled`);
	}
	for (const picklist of ctx.data.picklists.rows) {
		if (
			picklist.idorder === order.idorder &&
			(picklist.status === 'new' || picklist.status === 'snoozed')
		) {
			releasePicklist(ctx, picklist);
			picklist.status = 'cancelled';
			ctx.emit('picklists.cancelled', picklist);
		}
	}
	for (const backorder of ctx.data.backorders.rows.filter((b) => b.idorder === order.idorder)) {
		ctx.data.backorders.remove(backorder.idbackorder);
	}
	setOrderStatus(ctx, order, 'cancelled');
	return noContent();
};

const addProduct: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	if (order.status !== 'concept') throw wrongStatus('Products can only be added to concept orders');
	order.products.push(lineFrom(ctx, ctx.body));
	order.updated = picqerTime();
	return created(order);
};

/** GET /orders/{id}/productstatus: per line, how much is picklisted, picked, backordered. */
const productStatus: Handler = (ctx) => {
	const order = findOr404(orders, ctx);
	const picklists = ctx.data.picklists.rows.filter(
		(p) => p.idorder === order.idorder && p.status !== 'cancelled',
	);
	return ok(
		order.products.map((line) => {
			const items = picklists
				.flatMap((p) => p.products)
				.filter((p) => p.idorder_product === line.idorder_product);
			const backordered = ctx.data.backorders.rows
				.filter((b) => b.idorder === order.idorder && b.idproduct === line.idproduct)
				.reduce((sum, b) => sum + b.amount, 0);
			const shipped = picklists
				.filter((p) => p.status === 'closed')
				.flatMap((p) => p.products)
				.filter((p) => p.idorder_product === line.idorder_product)
				.reduce((sum, p) => sum + p.amount, 0);
			return {
				idorder_product: line.idorder_product,
				idproduct: line.idproduct,
				productcode: line.productcode,
				name: line.name,
				amount: line.amount,
				amount_cancelled: line.amount_cancelled,
				amount_picklisted: items.reduce((sum, p) => sum + p.amount, 0),
				amount_picked: items.reduce((sum, p) => sum + p.amount_picked, 0),
				amount_backordered: backordered,
				amount_shipped: shipped,
			};
		}),
	);
};

export const orders: ResourceSpec<Order> = {
	path: '/orders',
	label: 'Order',
	table: (data) => data.orders,
	// Pipedream components/picqer search-orders; `orderid`: picqer-php Client.php
	// `getOrderByOrderid`; `tag`: picqer.com/en/api/changelog (16 September 2025).
	filters: {
		search: search('orderid', 'reference', 'deliveryname', 'invoicename', 'deliverycontactname'),
		orderid: equals('orderid'),
		sinceid: sinceId('idorder'),
		beforeid: beforeId('idorder'),
		sincedate: since('updated'),
		untildate: until('updated'),
		status: equals('status'),
		reference: equals('reference'),
		emailaddress: equals('emailaddress'),
		idcustomer: equals('idcustomer'),
		idwarehouse: (row, value) => row.warehouses.some((id) => String(id) === value),
		idfulfilment_customer: equals('idfulfilment_customer'),
		tag: hasTag(),
	},
	update: {
		fields: ORDER_FIELDS,
		validate(ctx, order) {
			checkFormats(ctx.body);
			if (order.status === 'cancelled' || order.status === 'completed') {
				throw wrongStatus(`Order with status ${order.status} cannot be changed`);
			}
		},
	},
};

function validateOrderBody(ctx: Ctx): void {
	checkFormats(ctx.body);
	if (ctx.body.idcustomer != null && !ctx.data.customers.get(Number(ctx.body.idcustomer))) {
		throw new PicqerError(
			400,
			ErrorCode.notFound,
			`Customer ${String(ctx.body.idcustomer)} not found`,
		);
	}
	if (ctx.body.products !== undefined && !Array.isArray(ctx.body.products)) {
		throw new PicqerError(400, ErrorCode.productLineIncomplete, '"products" must be an array');
	}
	lineFields((ctx.body.products as Row[] | undefined) ?? [], LINE_FIELDS, 'products');
}

/** POST /orders: a concept order; address fields default to the customer's addresses. */
const createOrderHandler: Handler = (ctx) => {
	validateOrderBody(ctx);
	const { body, data } = ctx;
	const fields: Row = {};
	for (const field of ORDER_FIELDS) if (body[field] !== undefined) fields[field] = body[field];
	const customer =
		body.idcustomer != null ? data.customers.get(Number(body.idcustomer)) : undefined;
	if (customer) {
		for (const prefix of ADDRESS_PREFIXES) {
			const flag = prefix === 'delivery' ? 'defaultdelivery' : 'defaultinvoice';
			const address = customer.addresses.find((a) => a[flag]) ?? customer.addresses[0];
			if (!address || fields[`${prefix}name`] !== undefined) continue;
			for (const f of ORDER_ADDRESS_FIELDS) fields[`${prefix}${f}`] = address[f];
		}
		fields.emailaddress ??= customer.emailaddress;
		fields.telephone ??= customer.telephone;
	}
	if (Array.isArray(body.warehouses) && body.warehouses.length > 0) {
		const ids = (body.warehouses as unknown[]).map(Number);
		if (ids.some((id) => !data.warehouses.get(id))) throw notFound('Warehouse');
		fields.warehouses = ids;
	}
	const lines = ((body.products as Row[] | undefined) ?? []).map((input) => lineFrom(ctx, input));
	const order = createOrder(data, {
		...fields,
		idcustomer: customer?.idcustomer ?? null,
		status: 'concept',
		products: lines,
		created: picqerTime(),
	});
	fillAddresses(order);
	ctx.emit('orders.created', order);
	return created(order);
};

const notes = {
	list: ((ctx) => {
		const order = findOr404(orders, ctx);
		return ok(
			pageOf(
				ctx.data.orderNotes.rows.filter((n) => n.idorder === order.idorder),
				ctx,
			),
		);
	}) as Handler,
	add: ((ctx) => {
		const order = findOr404(orders, ctx);
		const note = ctx.data.orderNotes.create((idorder_note) => ({
			idorder_note,
			idorder: order.idorder,
			iduser: ctx.data.users.rows[0].iduser,
			note: String(ctx.body.note),
			created: picqerTime(),
		}));
		ctx.emit('orders.notes.created', { ...order, note });
		return created(note);
	}) as Handler,
};

export function registerOrders(router: Router<Handler>): void {
	const createFields = [
		...ORDER_FIELDS,
		'idcustomer',
		'idfulfilment_customer',
		'warehouses',
		'products',
		'orderfields',
	];
	router.add('POST', '/orders', accepting({ body: createFields }, createOrderHandler));
	registerResource(router, orders);
	// DELETE cancels; `?force=true` also when picklists exist (Pipedream issue #19333 quoting
	// picqer.com/en/api/orders; picqer-php Client.php `cancelOrder`).
	router.add('DELETE', '/orders/:id', accepting({ query: ['force'] }, cancelOrder));
	// picqer-php Client.php `processOrder`; Pipedream pause-order; `resume`: Picqer WMS MCP server.
	router.add('POST', '/orders/:id/process', accepting({}, processOrder));
	router.add(
		'POST',
		'/orders/:id/pause',
		accepting({ body: ['reason'], required: ['reason'] }, pauseOrder),
	);
	router.add('POST', '/orders/:id/resume', accepting({}, resumeOrder));
	router.add('POST', '/orders/:id/allocate', accepting({}, allocateOrder));
	router.add('POST', '/orders/:id/deallocate', accepting({}, deallocateOrder));
	router.add(
		'POST',
		'/orders/:id/process-backorders',
		accepting({ body: ['prefer_bulk_locations'] }, processOrderBackorders),
	);
	router.add('POST', '/orders/:id/change-to-concept', accepting({}, changeToConcept));
	// "add product to order - POST …/orders/{idorder}/products" (Pipedream issue #19333).
	router.add(
		'POST',
		'/orders/:id/products',
		accepting({ body: LINE_FIELDS, required: ['idproduct', 'amount'] }, addProduct),
	);
	router.add('GET', '/orders/:id/productstatus', accepting({}, productStatus));
	router.add(
		'GET',
		'/orders/:id/backorders',
		accepting({}, (ctx) => {
			const order = findOr404(orders, ctx);
			return ok(ctx.data.backorders.rows.filter((b) => b.idorder === order.idorder));
		}),
	);
	// No vendor source found for this list; the simulator's own (its `status` filter too).
	router.add(
		'GET',
		'/orders/:id/picklists',
		accepting({ query: ['status'] }, (ctx) => {
			const order = findOr404(orders, ctx);
			const status = queryValue(ctx.query, 'status');
			return ok(
				ctx.data.picklists.rows.filter(
					(p) => p.idorder === order.idorder && (!status || p.status === status),
				),
			);
		}),
	);
	// `{note}`: picqer-php Client.php `addOrderNote`; notes are paged like other lists.
	router.add('GET', '/orders/:id/notes', accepting({ query: ['offset'] }, notes.list));
	router.add(
		'POST',
		'/orders/:id/notes',
		accepting({ body: ['note'], required: ['note'] }, notes.add),
	);
	const owner = { path: '/orders', type: 'order', label: 'Order', table: orders.table };
	registerComments(router, owner);
	registerTags(router, owner);
}
