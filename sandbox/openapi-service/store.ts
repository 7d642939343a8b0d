import { SeededRandom } from '../random';

/** One customer as the service keeps it; v1 and v2 show it in different shapes. */
export interface Customer {
	id: number;
	firstName: string;
	lastName: string | null;
	email: string;
	phone: string | null;
	status: 'active' | 'archived';
	tags: string[];
	createdAt: string;
	updatedAt: string;
}

export interface OrderLine {
	product_id: string;
	quantity: number;
	price: number;
}

export interface Order {
	id: number;
	customerId: number;
	status: 'pending' | 'paid' | 'shipped' | 'cancelled';
	currency: string;
	lines: OrderLine[];
	note?: string;
	createdAt: string;
	updatedAt: string;
}

export interface Product {
	id: string;
	sku: string;
	name: string;
	price: number;
	stock: number;
	active: boolean;
	createdAt: string;
	updatedAt: string;
}

export interface ServiceData {
	customers: Customer[];
	orders: Order[];
	products: Product[];
	nextCustomerId: number;
	nextOrderId: number;
}

export const SEED_SIZES = { customers: 230, orders: 260, products: 450 };

const FIRST = [
	'Ada',
	'Alan',
	'Grace',
	'Edsger',
	'Barbara',
	'Donald',
	'Frances',
	'Ken',
	'Radia',
	'Linus',
];
const LAST = [
	'Lovelace',
	'Turing',
	'Hopper',
	'Dijkstra',
	'Liskov',
	'Knuth',
	'Allen',
	'Thompson',
	'Perlman',
	null,
];
const GOODS = [
	'Mug',
	'Notebook',
	'Pen',
	'Lamp',
	'Chair',
	'Desk',
	'Cable',
	'Stand',
	'Bag',
	'Bottle',
];

/** Seeded records are dated in the past, hour by hour, so anything changed now is later. */
const SEED_START = Date.parse('2025-01-01T00:00:00.000Z');
const at = (hours: number) => new Date(SEED_START + hours * 3_600_000).toISOString();

export function seedService(seed: number): ServiceData {
	const random = new SeededRandom(seed);
	const customers: Customer[] = Array.from({ length: SEED_SIZES.customers }, (_, i) => {
		const firstName = random.pick(FIRST);
		const lastName = random.pick(LAST);
		return {
			id: i + 1,
			firstName,
			lastName,
			email: `${firstName.toLowerCase()}.${i + 1}@example.com`,
			phone: random.chance(0.6) ? `+31 20 ${random.int(1000000, 9999999)}` : null,
			status: random.chance(0.85) ? 'active' : 'archived',
			tags: random.chance(0.3) ? ['vip'] : [],
			createdAt: at(i),
			updatedAt: at(i),
		};
	});
	const products: Product[] = Array.from({ length: SEED_SIZES.products }, (_, i) => ({
		id: `prod_${String(i + 1).padStart(4, '0')}`,
		sku: `SKU-${10000 + i}`,
		name: `${random.pick(GOODS)} ${i + 1}`,
		price: random.money(2, 200),
		stock: random.int(0, 500),
		active: random.chance(0.9),
		createdAt: at(i),
		updatedAt: at(i),
	}));
	const orders: Order[] = Array.from({ length: SEED_SIZES.orders }, (_, i) => {
		const product = random.pick(products);
		const quantity = random.int(1, 4);
		return {
			id: 5001 + i,
			customerId: random.int(1, SEED_SIZES.customers),
			status: random.pick(['pending', 'paid', 'shipped', 'cancelled'] as const),
			currency: 'EUR',
			lines: [{ product_id: product.id, quantity, price: product.price }],
			createdAt: at(300 + i),
			updatedAt: at(300 + i),
		};
	});
	return {
		customers,
		orders,
		products,
		nextCustomerId: SEED_SIZES.customers + 1,
		nextOrderId: 5001 + SEED_SIZES.orders,
	};
}

export function customerV1(c: Customer) {
	return {
		id: c.id,
		name: [c.firstName, c.lastName].filter(Boolean).join(' '),
		email: c.email,
		phone: c.phone,
		status: c.status,
		referrer: null,
		created_at: c.createdAt,
		updated_at: c.updatedAt,
	};
}

export function customerV2(c: Customer) {
	return {
		id: c.id,
		first_name: c.firstName,
		last_name: c.lastName,
		email: c.email,
		phone: c.phone,
		status: c.status,
		tags: c.tags,
		created_at: c.createdAt,
		updated_at: c.updatedAt,
	};
}

const totalOf = (o: Order) =>
	Math.round(o.lines.reduce((sum, line) => sum + line.price * line.quantity, 0) * 100) / 100;

export function orderV1(o: Order) {
	return {
		id: o.id,
		customer_id: o.customerId,
		status: o.status,
		total: totalOf(o),
		currency: o.currency,
		lines: o.lines,
		...(o.note !== undefined ? { note: o.note } : {}),
		created_at: o.createdAt,
		updated_at: o.updatedAt,
	};
}

export function orderV2(o: Order) {
	return {
		id: o.id,
		customer: { id: o.customerId },
		status: o.status,
		total: { amount: totalOf(o), currency: o.currency },
		created_at: o.createdAt,
		updated_at: o.updatedAt,
	};
}

export function productOut(p: Product) {
	return {
		id: p.id,
		sku: p.sku,
		name: p.name,
		price: p.price,
		stock: p.stock,
		active: p.active,
		created_at: p.createdAt,
		updated_at: p.updatedAt,
	};
}
