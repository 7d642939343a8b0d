import type { RetailCrmData } from '../data';
import { CrmError } from '../errors';
import { creationChanges, fieldChanges, itemChanges, paymentChanges } from '../history';
import { crmTime } from '../time';
import type { Actor, Customer, Entity, Order, OrderItem, Payment, Row } from '../types';
import { createCustomer } from './customers';

/** Fields a create or edit may set directly; items, customer and payments are resolved below. */
const ORDER_FIELDS = [
	'externalId',
	'number',
	'status',
	'orderType',
	'orderMethod',
	'firstName',
	'lastName',
	'patronymic',
	'phone',
	'additionalPhone',
	'email',
	'managerId',
	'delivery',
	'customFields',
	'customerComment',
	'managerComment',
	'discountManualAmount',
	'countryIso',
	'call',
	'expired',
	'contragent',
	'shipmentStore',
] as const;

export const orderSummary = (o: Entity): Row => ({
	id: o.id,
	...(o.externalId ? { externalId: o.externalId } : {}),
	site: o.site,
	status: o.status,
	number: o.number,
});

type Errors = Record<string, string>;

function referenceError(
	data: RetailCrmData,
	errors: Errors,
	book: string,
	field: string,
	value: unknown,
): void {
	if (value !== undefined && value !== null && !data.reference[book]?.[String(value)])
		errors[field] = `The value "${String(value)}" is not a valid choice.`;
}

/**
 * Resolves `offer{id|externalId|xmlId}` the way RetailCRM reports a miss
 * ("items[0].offer.id: Offer with id 1 not found.": api-client-go client_test.go, the 460 answer).
 */
function findOffer(
	data: RetailCrmData,
	offer: Row,
	errors: Errors,
	at: string,
): Entity | undefined {
	const [key, value] = (['id', 'externalId', 'xmlId'] as const)
		.map((k) => [k, offer[k]] as const)
		.find(([, v]) => v !== undefined && v !== null) ?? ['id', undefined];
	const found =
		value === undefined
			? undefined
			: key === 'id'
				? data.offers.get(Number(value))
				: data.offers.rows.find((o) => o[key] === String(value));
	if (!found) errors[`${at}.offer.${key}`] = `Offer with ${key} ${String(value)} not found.`;
	return found;
}

function resolveCustomer(
	data: RetailCrmData,
	ref: Row,
	site: string,
	errors: Errors,
): Customer | undefined {
	const found =
		ref.id !== undefined
			? data.customers.get(Number(ref.id))
			: ref.externalId !== undefined
				? data.customers.byExternalId(String(ref.externalId), [site])
				: undefined;
	if (!found) {
		const key = ref.id !== undefined ? 'id' : 'externalId';
		errors[`customer.${key}`] = `Customer with ${key}=${String(ref[key])} not found.`;
	}
	return found;
}

interface Resolved {
	fields: Row;
	items?: OrderItem[];
	customer?: Customer;
	payments?: Payment[];
}

/**
 * Checks an order input against the instance; throws `Order is not loaded` with the error map
 * (as retailcrm/1C-configuration PR #150 shows a real answer: "Order is not loaded" with
 * `{"customer.externalId": "Customer with externalId=… not found."}`). The other messages
 * follow that pattern; their exact wording: no vendor source found.
 */
export function resolveOrderInput(
	data: RetailCrmData,
	input: Row,
	site: string,
	self?: Order,
): Resolved {
	const errors: Errors = {};
	referenceError(data, errors, 'statuses', 'status', input.status);
	referenceError(data, errors, 'order-types', 'orderType', input.orderType);
	referenceError(data, errors, 'order-methods', 'orderMethod', input.orderMethod);
	const delivery = input.delivery as Row | undefined;
	referenceError(data, errors, 'delivery-types', 'delivery.code', delivery?.code);
	if (
		input.managerId !== undefined &&
		input.managerId !== null &&
		!data.users.get(Number(input.managerId))
	)
		errors.managerId = `User with id=${String(input.managerId)} not found.`;
	if (input.externalId !== undefined && input.externalId !== null) {
		const taken = data.orders.byExternalId(String(input.externalId), [site]);
		if (taken && taken !== self)
			errors.externalId = `Order with externalId=${String(input.externalId)} already exists.`;
	}
	const customer =
		typeof input.customer === 'object' && input.customer !== null
			? resolveCustomer(data, input.customer as Row, site, errors)
			: undefined;
	let items: OrderItem[] | undefined;
	if (Array.isArray(input.items)) {
		items = (input.items as Row[]).map((item, i) => {
			const existing = self?.items.find(
				(line) => item.id !== undefined && line.id === Number(item.id),
			);
			const offer =
				existing && item.offer === undefined
					? undefined
					: findOffer(data, (item.offer ?? {}) as Row, errors, `items[${i}]`);
			const price = (offer?.prices as { price: number }[] | undefined)?.[0]?.price ?? 0;
			const quantity = Number(item.quantity ?? existing?.quantity ?? 1);
			if (!(quantity > 0)) errors[`items[${i}].quantity`] = 'This value should be greater than 0.';
			return {
				...(existing ?? {}),
				id: existing?.id ?? 0,
				initialPrice: Number(item.initialPrice ?? existing?.initialPrice ?? price),
				quantity,
				offer: offer
					? { id: offer.id, externalId: offer.externalId, xmlId: offer.xmlId, name: offer.name }
					: (existing?.offer ?? {}),
				productName: String(item.productName ?? existing?.productName ?? offer?.name ?? ''),
				status: String(item.status ?? existing?.status ?? 'new'),
			};
		});
	}
	let payments: Payment[] | undefined;
	if (Array.isArray(input.payments)) {
		payments = (input.payments as Row[]).map((p, i) => {
			referenceError(data, errors, 'payment-types', `payments[${i}].type`, p.type);
			referenceError(data, errors, 'payment-statuses', `payments[${i}].status`, p.status);
			return {
				id: 0,
				type: String(p.type ?? 'cash'),
				status: String(p.status ?? 'not-paid'),
				amount: Number(p.amount ?? 0),
				...(p.paidAt ? { paidAt: String(p.paidAt) } : {}),
				...(p.externalId ? { externalId: String(p.externalId) } : {}),
			};
		});
	}
	if (Object.keys(errors).length > 0) throw new CrmError(400, 'Order is not loaded', errors);
	const fields = Object.fromEntries(
		ORDER_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]),
	);
	return { fields, items, customer, payments };
}

/**
 * summ, totalSumm and prepaySum from the lines, delivery and paid payments (fields of
 * api-client-php src/Model/Entity/Orders/Order.php; RetailCRM's exact arithmetic, discounts
 * included: no vendor source found).
 */
export function recalculate(order: Order): void {
	const summ = order.items.reduce((sum, i) => sum + i.initialPrice * i.quantity, 0);
	const deliveryCost = Number((order.delivery as Row | undefined)?.cost ?? 0);
	const discount = Number(order.discountManualAmount ?? 0);
	order.summ = Math.round(summ * 100) / 100;
	order.totalSumm = Math.round((summ + deliveryCost - discount) * 100) / 100;
	order.prepaySum = Object.values(order.payments)
		.filter((p) => p.status === 'paid')
		.reduce((sum, p) => sum + p.amount, 0);
}

function customerRef(customer: Customer): Row {
	return {
		type: 'customer',
		id: customer.id,
		...(customer.externalId ? { externalId: customer.externalId } : {}),
		site: customer.site,
		firstName: customer.firstName,
		lastName: customer.lastName,
		email: customer.email,
	};
}

/**
 * The order's customer: the one named, or a new one from the order's contact data (RetailCRM
 * creates one for an order without a customer; the rules it matches contacts by: no vendor
 * source found).
 */
function customerFor(
	data: RetailCrmData,
	resolved: Resolved,
	site: string,
	actor: Actor,
	now: Date,
): Customer {
	if (resolved.customer) return resolved.customer;
	const { firstName, lastName, email, phone } = resolved.fields;
	return createCustomer(
		data,
		{ firstName, lastName, email, phones: phone ? [{ number: phone }] : [] },
		site,
		actor,
		now,
	);
}

export function createOrder(
	data: RetailCrmData,
	input: Row,
	site: string,
	actor: Actor,
	now = new Date(),
): Order {
	const resolved = resolveOrderInput(data, input, site);
	const customer = customerFor(data, resolved, site, actor, now);
	const time = crmTime(now);
	const order = data.orders.create((id) => {
		const row = {
			id,
			number: `${id}A`,
			site,
			status: 'new',
			orderType: 'eshop-individual',
			orderMethod: 'shopping-cart',
			createdAt: time,
			statusUpdatedAt: time,
			currency: 'EUR',
			countryIso: 'NL',
			contragent: { contragentType: 'individual' },
			call: false,
			expired: false,
			fromApi: actor.source === 'api',
			customFields: {},
			...resolved.fields,
			customer: customerRef(customer),
			items: (resolved.items ?? []).map((item) => ({ ...item, id: data.seq.orderItem.next() })),
			payments: {} as Record<string, Payment>,
		} as Order;
		for (const payment of resolved.payments ?? []) {
			const id = data.seq.payment.next();
			row.payments[id] = { ...payment, id };
		}
		return row;
	});
	recalculate(order);
	customer.ordersCount = Number(customer.ordersCount ?? 0) + 1;
	data.orderHistory.add(order, creationChanges(order), actor, orderSummary, now);
	return order;
}

/** Applies an edit and records one history entry per changed field. */
export function editOrder(
	data: RetailCrmData,
	order: Order,
	input: Row,
	actor: Actor,
	now = new Date(),
): void {
	const resolved = resolveOrderInput(data, input, order.site, order);
	const before = JSON.parse(JSON.stringify(order)) as Order;
	const { customFields, delivery, ...fields } = resolved.fields;
	Object.assign(order, fields);
	if (customFields && typeof customFields === 'object')
		order.customFields = { ...order.customFields, ...(customFields as Row) };
	if (delivery && typeof delivery === 'object')
		order.delivery = { ...((order.delivery as Row) ?? {}), ...(delivery as Row) };
	if (resolved.customer) order.customer = customerRef(resolved.customer);
	if (resolved.items)
		order.items = resolved.items.map((item) =>
			item.id ? item : { ...item, id: data.seq.orderItem.next() },
		);
	if (order.status !== before.status) order.statusUpdatedAt = crmTime(now);
	recalculate(order);
	const changes = [
		...fieldChanges(before, order),
		...itemChanges(before.items, order.items),
		...paymentChanges(before.payments, order.payments),
	];
	data.orderHistory.add(order, changes, actor, orderSummary, now);
}

/** Replaces an order's payments map, recording the difference. */
export function changePayments(
	data: RetailCrmData,
	order: Order,
	payments: Record<string, Payment>,
	actor: Actor,
	now = new Date(),
): void {
	const before = order.payments;
	order.payments = payments;
	recalculate(order);
	data.orderHistory.add(order, paymentChanges(before, payments), actor, orderSummary, now);
}

/** The lines a combined order keeps, by technique (api-client-php src/Enum/CombineTechnique.php). */
export type CombineTechnique = 'merge' | 'ours' | 'summ' | 'theirs';

/**
 * Combines `merged` into `result`: the result keeps its own lines (`ours`), takes the merged
 * order's (`theirs`), keeps both (`merge`), or adds quantities of the same offer (`summ`); the
 * merged order is removed and its history says where it went (`combinedTo`,
 * help.retailcrm.pro/Developers/ApiHistory). What RetailCRM does for each technique beyond the
 * names: no vendor source found.
 */
export function combineOrders(
	data: RetailCrmData,
	merged: Order,
	result: Order,
	technique: CombineTechnique,
	actor: Actor,
	now = new Date(),
): void {
	const before = JSON.parse(JSON.stringify(result)) as Order;
	const moved = merged.items.map((item) => ({ ...item, id: data.seq.orderItem.next() }));
	if (technique === 'theirs') result.items = moved;
	else if (technique === 'merge') result.items = [...result.items, ...moved];
	else if (technique === 'summ') {
		const offerOf = (item: Row) => JSON.stringify((item.offer as Row | undefined)?.id ?? null);
		const items = result.items.map((item) => ({ ...item }));
		for (const item of moved) {
			const same = items.find((line) => offerOf(line) === offerOf(item));
			if (same) same.quantity = Number(same.quantity) + Number(item.quantity);
			else items.push(item);
		}
		result.items = items;
	}
	recalculate(result);
	data.orderHistory.add(result, itemChanges(before.items, result.items), actor, orderSummary, now);
	data.orders.remove(merged.id);
	data.orderHistory.add(
		merged,
		[
			{
				field: 'id',
				oldValue: merged.id,
				newValue: null,
				deleted: true,
				combinedTo: orderSummary(result),
			},
		],
		actor,
		orderSummary,
		now,
	);
}
