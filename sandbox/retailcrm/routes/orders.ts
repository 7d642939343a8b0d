import type { Router } from '../../router';
import { LIST_PARAMS, created, ok, takes, type Ctx, type Handler } from '../context';
import type { RetailCrmData } from '../data';
import { CrmError, NOT_A_CHOICE, invalidInput, notFound } from '../errors';
import {
	applyFilters,
	customFields,
	dateFrom,
	dateTo,
	equals,
	inList,
	many,
	type Filter,
} from '../filters';
import { fieldChanges } from '../history';
import {
	changePayments,
	combineOrders,
	createOrder,
	editOrder,
	orderSummary,
	type CombineTechnique,
} from '../model/orders';
import {
	byInternalId,
	entity,
	findBy,
	listOf,
	paginate,
	param,
	siteParam,
	visible,
} from '../params';
import { STATUSES } from '../seed/reference';
import type { Order, Payment, Row } from '../types';
import { byEntityExternalId, byEntityId, historyList } from './history';
import { blank } from './resource';
import { MAX_UPLOAD, batchUpload, uploadLimit } from './upload';

/**
 * Order list filters, a subset of api-client-php src/Model/Filter/Orders/OrderFilter.php with its
 * types (lists are `filter[x][]`). `customer` searches the customer's name, as OrderFilter's
 * `customer` does in RetailCRM's order list (the exact matching: no vendor source found).
 */
const ORDER_FILTERS: Record<string, Filter<Order>> = {
	ids: inList('id'),
	externalIds: inList('externalId'),
	numbers: inList('number'),
	customerId: (o, v) => String((o.customer as Row | undefined)?.id) === v,
	customerExternalId: (o, v) => String((o.customer as Row | undefined)?.externalId) === v,
	email: equals('email'),
	customer: (o, v) =>
		`${String(o.firstName ?? '')} ${String(o.lastName ?? '')}`
			.toLowerCase()
			.includes(String(v).toLowerCase()),
	extendedStatus: many((o, v) =>
		listOf(v).some((code) => code === o.status || code === STATUSES[o.status]?.[1]),
	),
	sites: inList('site'),
	orderTypes: inList('orderType'),
	orderMethods: inList('orderMethod'),
	paymentStatuses: many((o, v) =>
		Object.values(o.payments).some((p) => listOf(v).includes(p.status)),
	),
	paymentTypes: many((o, v) => Object.values(o.payments).some((p) => listOf(v).includes(p.type))),
	deliveryTypes: many((o, v) => listOf(v).includes(String((o.delivery as Row | undefined)?.code))),
	managers: inList('managerId'),
	createdAtFrom: dateFrom('createdAt'),
	createdAtTo: dateTo('createdAt'),
	statusUpdatedAtFrom: dateFrom('statusUpdatedAt'),
	statusUpdatedAtTo: dateTo('statusUpdatedAt'),
	customFields: customFields(),
};

const listOrders: Handler = (ctx) => {
	const rows = ctx.data.orders.rows.filter((o) => visible(ctx, o));
	const page = paginate(ctx, applyFilters(ctx, rows, ORDER_FILTERS).reverse());
	return ok({ pagination: page.pagination, orders: page.items });
};

/** GET /orders/statuses?ids[]=…&externalIds[]=…: the short status view. */
const orderStatuses: Handler = (ctx) => {
	const ids = listOf(ctx.query.ids);
	const externalIds = listOf(ctx.query.externalIds);
	if (ids.length + externalIds.length > 500)
		throw invalidInput({ ids: 'This collection should contain 500 elements or less.' });
	const orders = ctx.data.orders.rows.filter(
		(o) =>
			visible(ctx, o) &&
			(ids.includes(String(o.id)) ||
				(o.externalId !== undefined && externalIds.includes(o.externalId))),
	);
	return ok({
		orders: orders.map((o) => ({
			id: o.id,
			...(o.externalId ? { externalId: o.externalId } : {}),
			status: o.status,
			group: STATUSES[o.status]?.[1],
		})),
	});
};

/** POST /orders/upload: each order stands alone; any failure makes the answer a 460. */
const uploadOrders: Handler = (ctx) => {
	const orders = entity<Row[]>(ctx, 'orders', 'array');
	const site = siteParam(ctx, true) as string;
	if (orders.length > MAX_UPLOAD) throw invalidInput(uploadLimit('orders'));
	return batchUpload(
		orders,
		'Orders',
		(input) => createOrder(ctx.data, input, site, ctx.actor, ctx.now),
		(done) => ({ orders: done }),
	);
};

/** POST /orders/fix-external-ids: `orders=[{id, externalId}]`. */
const fixExternalIds: Handler = (ctx) => {
	const pairs = entity<Row[]>(ctx, 'orders', 'array');
	const targets = pairs.map((pair, i) => {
		const order = ctx.data.orders.get(Number(pair.id));
		if (!order || !visible(ctx, order))
			throw new CrmError(400, 'Errors in the entity format', {
				[`orders[${i}].id`]: 'Order not found.',
			});
		return [order, String(pair.externalId)] as const;
	});
	for (const [order, externalId] of targets) {
		const before = { externalId: order.externalId };
		order.externalId = externalId;
		ctx.data.orderHistory.add(
			order,
			fieldChanges(before, { externalId }),
			ctx.actor,
			orderSummary,
			ctx.now,
		);
	}
	return ok();
};

function findPayment(data: RetailCrmData, ctx: Ctx, value: string): [Order, Payment] {
	const internal = byInternalId(ctx);
	for (const order of data.orders.rows) {
		if (!visible(ctx, order)) continue;
		const payment = Object.values(order.payments).find((p) =>
			internal ? String(p.id) === value : p.externalId === value,
		);
		if (payment) return [order, payment];
	}
	throw notFound();
}

const PAYMENT_FIELDS = ['type', 'status', 'amount', 'paidAt', 'comment', 'externalId'] as const;

function paymentInput(ctx: Ctx, input: Row, errors: Record<string, string>): Partial<Payment> {
	const fields = Object.fromEntries(
		PAYMENT_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]),
	) as Partial<Payment>;
	if (fields.type !== undefined && !ctx.data.reference['payment-types'][fields.type])
		errors.type = `The value "${fields.type}" is not a valid choice.`;
	if (fields.status !== undefined && !ctx.data.reference['payment-statuses'][fields.status])
		errors.status = `The value "${fields.status}" is not a valid choice.`;
	if (fields.amount !== undefined) fields.amount = Number(fields.amount);
	return fields;
}

const createPayment: Handler = (ctx) => {
	const input = entity<Row>(ctx, 'payment');
	const ref = (input.order ?? {}) as Row;
	const errors: Record<string, string> = {};
	const fields = paymentInput(ctx, input, errors);
	if (fields.type === undefined) errors.type = 'This value should not be blank.';
	let order: Order | undefined;
	if (ref.id !== undefined) order = ctx.data.orders.get(Number(ref.id));
	else if (ref.externalId !== undefined) {
		const site = siteParam(ctx, true);
		order = ctx.data.orders.byExternalId(String(ref.externalId), site ? [site] : undefined);
	}
	if (!order || !visible(ctx, order)) errors.order = 'Order not found.';
	if (Object.keys(errors).length > 0 || !order)
		throw new CrmError(400, 'Payment is not created', errors);
	const id = ctx.data.seq.payment.next();
	const payment: Payment = { status: 'not-paid', amount: 0, ...fields, id } as Payment;
	changePayments(ctx.data, order, { ...order.payments, [id]: payment }, ctx.actor, ctx.now);
	return created({ id });
};

const editPayment: Handler = (ctx) => {
	const [order, payment] = findPayment(ctx.data, ctx, ctx.params.id);
	const errors: Record<string, string> = {};
	const fields = paymentInput(ctx, entity<Row>(ctx, 'payment'), errors);
	// The externalId may only be changed when the payment is addressed by id.
	if (!byInternalId(ctx)) delete fields.externalId;
	if (Object.keys(errors).length > 0) throw new CrmError(400, 'Payment is not edited', errors);
	const updated = { ...payment, ...fields };
	changePayments(ctx.data, order, { ...order.payments, [payment.id]: updated }, ctx.actor, ctx.now);
	return ok({ id: payment.id });
};

const TECHNIQUES: readonly string[] = ['merge', 'ours', 'summ', 'theirs'];

/**
 * POST /orders/combine: `order` and `resultOrder` as `{id}` JSON fields and `technique`
 * (api-client-php src/Model/Request/Orders/OrdersCombineRequest.php, src/Enum/CombineTechnique.php);
 * answered `{success: true, errors: []}` (tests/src/ResourceGroup/OrdersTest.php testCombine).
 */
const combine: Handler = (ctx) => {
	const technique = param(ctx, 'technique');
	if (technique === undefined || technique === '') throw invalidInput({ technique: blank });
	if (!TECHNIQUES.includes(technique)) throw invalidInput({ technique: NOT_A_CHOICE });
	const find = (field: string) => {
		const ref = entity<Row>(ctx, field);
		const order = ctx.data.orders.get(Number(ref.id));
		if (!order || !visible(ctx, order)) throw notFound();
		return order;
	};
	const merged = find('order');
	const result = find('resultOrder');
	if (merged === result) throw invalidInput({ order: 'The orders to combine must differ.' });
	combineOrders(ctx.data, merged, result, technique as CombineTechnique, ctx.actor, ctx.now);
	return ok({ errors: [] });
};

const deletePayment: Handler = (ctx) => {
	const order = ctx.data.orders.rows.find(
		(o) => visible(ctx, o) && o.payments[ctx.params.id] !== undefined,
	);
	if (!order) throw notFound();
	const rest = { ...order.payments };
	delete rest[ctx.params.id];
	changePayments(ctx.data, order, rest, ctx.actor, ctx.now);
	return ok();
};

/**
 * api-client-php src/ResourceGroup/Orders.php; each method takes the fields of its request
 * class (src/Model/Request/Orders/*Request.php), nothing else.
 */
export function registerOrders(router: Router<Handler>): void {
	router
		.add('GET', '/api/v5/orders', takes(LIST_PARAMS, listOrders))
		// OrdersStatusesRequest: ids, externalIds.
		.add('GET', '/api/v5/orders/statuses', takes(['ids', 'externalIds'], orderStatuses))
		.add(
			'GET',
			'/api/v5/orders/history',
			takes(LIST_PARAMS, (ctx) =>
				historyList(ctx, ctx.data.orderHistory, 'order', {
					orderId: byEntityId(),
					orderExternalId: byEntityExternalId(),
				}),
			),
		)
		// OrdersCreateRequest: site, order; answered 201 with id and order (OrdersTest testCreate).
		.add(
			'POST',
			'/api/v5/orders/create',
			takes(['order', 'site'], (ctx) => {
				const input = entity<Row>(ctx, 'order');
				const site = siteParam(ctx, true) as string;
				const order = createOrder(ctx.data, input, site, ctx.actor, ctx.now);
				return created({ id: order.id, order });
			}),
		)
		.add('POST', '/api/v5/orders/upload', takes(['orders', 'site'], uploadOrders))
		.add('POST', '/api/v5/orders/fix-external-ids', takes(['orders'], fixExternalIds))
		.add('POST', '/api/v5/orders/combine', takes(['order', 'resultOrder', 'technique'], combine))
		.add('POST', '/api/v5/orders/payments/create', takes(['payment', 'site'], createPayment))
		// OrdersPaymentsEditRequest extends the create request with `by`.
		.add('POST', '/api/v5/orders/payments/:id/edit', takes(['payment', 'by', 'site'], editPayment))
		// Orders::paymentsDelete(int $id) sends no parameters at all.
		.add('POST', '/api/v5/orders/payments/:id/delete', takes([], deletePayment))
		.add(
			'GET',
			'/api/v5/orders/:id',
			takes(['by', 'site'], (ctx) => ok({ order: findBy(ctx, ctx.data.orders) })),
		)
		.add(
			'POST',
			'/api/v5/orders/:id/edit',
			takes(['order', 'by', 'site'], (ctx) => {
				const order = findBy(ctx, ctx.data.orders);
				editOrder(ctx.data, order, entity<Row>(ctx, 'order'), ctx.actor, ctx.now);
				return ok({ id: order.id, order });
			}),
		);
}
