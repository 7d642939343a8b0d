import type { SeededRandom } from '../../random';
import type { RetailCrmData } from '../data';
import type { FieldChange } from '../history';
import { RETAILCRM_OTHER_KEY, RETAILCRM_SEED } from '../keys';
import { customerSummary } from '../model/customers';
import { orderSummary, recalculate } from '../model/orders';
import { crmTime } from '../time';
import type { Actor, Entity, Order, Payment } from '../types';
import { siteOf } from './people';
import { DELIVERY_TYPES, ORDER_METHODS, ORDER_TYPES, PAYMENT_TYPES, STATUSES } from './reference';

const MINUTE = 60_000;

interface SeedEvent {
	at: number;
	entity: Entity;
	change: FieldChange;
	actor: Actor;
}

export function seedOrders(data: RetailCrmData, random: SeededRandom, start: Date): void {
	const statuses = Object.keys(STATUSES);
	const managers = data.users.rows.filter((u) => u.isManager);
	const customersOf = (site: string) => data.customers.rows.filter((c) => c.site === site);
	const bySite = new Map(
		[...new Set(data.customers.rows.map((c) => c.site))].map((s) => [s, customersOf(s)]),
	);
	const events: SeedEvent[] = [];
	for (let i = 0; i < RETAILCRM_SEED.orders; i++) {
		const site = siteOf(i);
		const customer = random.pick(bySite.get(site) ?? []);
		const createdAt = start.getTime() + i * 20 * MINUTE;
		const status = i % 6 === 0 ? 'new' : random.pick(statuses);
		const manager = random.pick(managers);
		const delivery = random.pick(DELIVERY_TYPES);
		const order = data.orders.create((id) => {
			const items = Array.from({ length: random.int(1, 3) }, () => {
				const offer = random.pick(data.offers.rows);
				return {
					id: data.seq.orderItem.next(),
					initialPrice: (offer.prices as { price: number }[])[0].price,
					quantity: random.int(1, 4),
					offer: {
						id: offer.id,
						externalId: offer.externalId,
						xmlId: offer.xmlId,
						name: offer.name,
					},
					productName: String(offer.name),
					status: 'new',
				};
			});
			return {
				id,
				number: `${id}A`,
				externalId: i % 3 === 1 ? undefined : `WEB-${String(i + 1).padStart(5, '0')}`,
				site,
				status,
				orderType: ORDER_TYPES[i % 10 === 0 ? 1 : 0],
				orderMethod: random.pick(ORDER_METHODS),
				createdAt: crmTime(new Date(createdAt)),
				statusUpdatedAt: crmTime(new Date(createdAt)),
				currency: 'EUR',
				countryIso: 'NL',
				firstName: customer.firstName,
				lastName: customer.lastName,
				email: customer.email,
				phone: (customer.phones as { number: string }[])[0]?.number,
				customer: {
					type: 'customer',
					id: customer.id,
					...(customer.externalId ? { externalId: customer.externalId } : {}),
					site: customer.site,
					firstName: customer.firstName,
					lastName: customer.lastName,
					email: customer.email,
				},
				managerId: manager.id,
				contragent: { contragentType: 'individual' },
				call: false,
				expired: false,
				fromApi: i % 5 === 0,
				delivery: {
					code: delivery,
					cost: delivery === 'self-delivery' ? 0 : 5,
					netCost: delivery === 'self-delivery' ? 0 : 4,
					address: customer.address,
				},
				customFields: { nps: random.int(0, 10), gift_wrap: i % 7 === 0 },
				items,
				payments: {} as Record<string, Payment>,
			} as Order;
		});
		customer.ordersCount = Number(customer.ordersCount) + 1;
		const paid = STATUSES[status][1] !== 'new' && STATUSES[status][1] !== 'cancel';
		recalculate(order);
		const paymentId = data.seq.payment.next();
		order.payments[paymentId] = {
			id: paymentId,
			type: random.pick(PAYMENT_TYPES),
			status: paid ? 'paid' : 'not-paid',
			amount: Number(order.totalSumm),
			...(paid ? { paidAt: crmTime(new Date(createdAt + 30 * MINUTE)) } : {}),
		};
		recalculate(order);
		const actor: Actor =
			i % 5 === 0
				? { source: 'api', key: RETAILCRM_OTHER_KEY }
				: { source: 'user', userId: manager.id };
		events.push({
			at: createdAt,
			entity: order,
			actor,
			change: { field: 'status', oldValue: null, newValue: { code: 'new' }, created: true },
		});
		if (status !== 'new') {
			const at = createdAt + random.int(30, 4000) * MINUTE;
			order.statusUpdatedAt = crmTime(new Date(at));
			events.push({
				at,
				entity: order,
				actor: { source: 'user', userId: manager.id },
				change: { field: 'status', oldValue: { code: 'new' }, newValue: { code: status } },
			});
		}
	}
	events.sort((a, b) => a.at - b.at || a.entity.id - b.entity.id);
	for (const event of events) {
		data.orderHistory.add(
			event.entity,
			[event.change],
			event.actor,
			orderSummary,
			new Date(event.at),
		);
	}
	for (const customer of data.customers.rows) {
		data.customerHistory.add(
			customer,
			[{ field: 'first_name', oldValue: null, newValue: customer.firstName, created: true }],
			{ source: 'user', userId: Number(customer.managerId) },
			customerSummary,
			new Date(`${customer.createdAt.replace(' ', 'T')}Z`),
		);
	}
}
