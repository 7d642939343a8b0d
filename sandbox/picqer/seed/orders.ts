import type { SeededRandom } from '../../random';
import type { PicqerData } from '../data';
import { buildPicklist, createOrder, orderLine, prefixed, settleStock, stockIn } from '../model';
import { parsePicqerTime, picqerTime } from '../time';
import type { Order, OrderStatus } from '../types';
import { SEED_EPOCH, randomAddress } from './reference';

export const SEED_ORDERS = 2000;
export const SEED_PICKLISTS = 300;
export const SEED_BACKORDERS = 40;

/** Old orders are done; the newest ones are still moving through the warehouse. */
function statusFor(random: SeededRandom, index: number, total: number): OrderStatus {
	const fromEnd = total - index;
	if (fromEnd <= 30) return random.pick(['concept', 'concept', 'expected', 'processing'] as const);
	if (fromEnd <= 260)
		return random.pick(['processing', 'processing', 'processing', 'paused', 'completed'] as const);
	return random.chance(0.05) ? 'cancelled' : 'completed';
}

export function seedOrders(data: PicqerData, random: SeededRandom, total = SEED_ORDERS): void {
	let clock = SEED_EPOCH;
	const tagList = data.tags.rows;
	for (let i = 0; i < total; i++) {
		clock += random.int(4, 10) * 3_600_000 + random.int(0, 3_599) * 1000;
		const guest = random.chance(0.1);
		const customer = guest ? undefined : random.pick(data.customers.rows);
		const address =
			customer?.addresses.find((a) => a.defaultdelivery) ?? randomAddress(random, 'Guest');
		const invoice = customer?.addresses.find((a) => a.defaultinvoice) ?? address;
		const lines = [];
		const count = random.int(1, 4);
		for (let l = 0; l < count; l++) {
			lines.push(orderLine(data, random.pick(data.products.rows), random.int(1, 3)));
		}
		const status = statusFor(random, i, total);
		const created = new Date(clock);
		const updated =
			status === 'completed' ? new Date(clock + random.int(1, 48) * 3_600_000) : created;
		const tags: Order['tags'] = {};
		if (random.chance(0.25)) {
			const tag = random.pick(tagList);
			tags[tag.title] = tag;
		}
		const order = createOrder(data, {
			idcustomer: customer?.idcustomer ?? null,
			...prefixed('delivery', address),
			...prefixed('invoice', invoice),
			telephone: customer?.telephone ?? null,
			emailaddress: customer?.emailaddress ?? `guest${i}@example.com`,
			reference: random.chance(0.7) ? `WEB-${100000 + i}` : null,
			language: customer?.language ?? 'en',
			invoiced: status === 'completed',
			status,
			products: lines,
			tags,
			created: picqerTime(created),
		});
		order.updated = picqerTime(updated);
	}
	seedPicklists(data, random);
	seedBackorders(data, random);
}

/** Picklists for the newest processed orders: closed for completed ones, open for the rest. */
function seedPicklists(data: PicqerData, random: SeededRandom): void {
	const processed = data.orders.rows
		.filter((o) => o.status === 'completed' || o.status === 'processing' || o.status === 'paused')
		.slice(-SEED_PICKLISTS);
	for (const order of processed) {
		const closed = order.status === 'completed';
		const status = closed ? 'closed' : random.chance(0.1) ? 'snoozed' : 'new';
		const lines = order.products.map((line) => ({ line, amount: line.amount }));
		const created = parsePicqerTime(order.created);
		const picklist = buildPicklist(data, order, lines, status, new Date(created));
		if (status === 'snoozed')
			picklist.snoozed_until = picqerTime(new Date(created + 7 * 86_400_000));
		if (closed) {
			picklist.closed_at = order.updated;
			picklist.closed_by_iduser = data.users.rows[1].iduser;
			picklist.updated = order.updated;
			continue;
		}
		for (const item of picklist.products) {
			const entry = stockIn(data.products.get(item.idproduct)!, picklist.idwarehouse);
			entry.reservedpicklists += item.amount;
			entry.stock = Math.max(entry.stock, entry.reservedpicklists);
			settleStock(entry);
		}
	}
}

function seedBackorders(data: PicqerData, random: SeededRandom): void {
	const open = data.orders.rows.filter((o) => o.status === 'processing');
	for (let i = 0; i < SEED_BACKORDERS; i++) {
		const order = open[i % open.length];
		const line = random.pick(order.products);
		const amount = random.int(1, 5);
		order.products.push(orderLine(data, data.products.get(line.idproduct)!, amount));
		const idwarehouse = order.warehouses[0];
		data.backorders.create((idbackorder) => ({
			idbackorder,
			idorder: order.idorder,
			idproduct: line.idproduct,
			idcustomer: order.idcustomer,
			idwarehouse,
			amount,
			amount_available: 0,
			priority: i + 1,
			part_of_idbackorder: null,
			parts_per_parent: null,
			created_at: order.created,
		}));
	}
}
