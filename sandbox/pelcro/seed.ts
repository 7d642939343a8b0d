import { SeededRandom } from '../random';
import { PELCRO_SEED } from './keys';
import type { PelcroData, Row } from './store';
import { emptyData } from './store';

const FIRST = [
	'Ada',
	'Ben',
	'Chloe',
	'Dev',
	'Elif',
	'Finn',
	'Gia',
	'Hugo',
	'Ines',
	'Jon',
	'Kira',
	'Luca',
];
const LAST = [
	'Archer',
	'Baker',
	'Costa',
	'Dubois',
	'Evans',
	'Fischer',
	'Garcia',
	'Haddad',
	'Ivanova',
];
const CURRENCIES = ['usd', 'cad', 'eur'] as const;
const INTERVALS = ['month', 'year', 'week'] as const;
const SUBSCRIPTION_STATUSES = [
	'active',
	'active',
	'active',
	'canceled',
	'past_due',
	'trialing',
] as const;
const INVOICE_STATUSES = ['paid', 'paid', 'open', 'draft', 'void', 'uncollectible'] as const;

/** Seeded rows use fixed times, so every run shows the same data. */
export const SEED_START = 1_735_689_600;

export function seedPelcro(seed: number, site: number): PelcroData {
	const random = new SeededRandom(seed);
	const data = emptyData(site);
	const time = (index: number) => ({
		created_at: SEED_START + index * 3600,
		updated_at: SEED_START + index * 3600,
	});

	for (let i = 0; i < PELCRO_SEED.products; i++) {
		data.products.insert({
			name: `Product ${i + 1}`,
			description: `Subscription product ${i + 1}`,
			is_shippable: i % 3 === 0,
			entitlements: i % 2 === 0 ? ['premium'] : [],
			old_provider_id: null,
			...time(i),
		});
	}
	const products = data.products.all();
	for (let i = 0; i < PELCRO_SEED.plans; i++) {
		const currency = random.pick(CURRENCIES);
		data.plans.insert({
			product_id: products[i % products.length].id,
			nickname: `Plan ${i + 1}`,
			amount: random.int(5, 60) * 100,
			currency,
			interval: random.pick(INTERVALS),
			interval_count: 1,
			type: i % 6 === 5 ? 'membership' : 'regular',
			member_seat_capacity: i % 6 === 5 ? 20 : null,
			description: null,
			is_visible: true,
			...time(i),
		});
	}
	const plans = data.plans.all();

	for (let i = 0; i < PELCRO_SEED.customers; i++) {
		const first = random.pick(FIRST);
		const last = random.pick(LAST);
		data.customers.insert({
			email: `${first.toLowerCase()}.${last.toLowerCase()}.${i + 1}@example.com`,
			first_name: first,
			last_name: last,
			display_name: `${first} ${last}`,
			phone: null,
			mail_marketing: random.chance(0.5),
			tele_marketing: false,
			metadata: i % 4 === 0 ? { tier: random.pick(['gold', 'silver']) } : {},
			old_provider_id: null,
			default_source_id: null,
			organization: null,
			...time(i),
		});
	}
	const customers = data.customers.all();
	customers.forEach((customer, i) => {
		data.addresses.insert({
			user_id: customer.id,
			type: 'shipping',
			first_name: customer.first_name,
			last_name: customer.last_name,
			line1: `${random.int(1, 999)} Main Street`,
			line2: null,
			city: random.pick(['Toronto', 'Montreal', 'New York', 'Boston']),
			state: random.pick(['ON', 'QC', 'NY', 'MA']),
			country: random.pick(['CA', 'US']),
			postal_code: `${random.int(10000, 99999)}`,
			phone: null,
			is_default: true,
			old_provider_id: null,
			...time(i),
		});
	});

	for (let i = 0; i < PELCRO_SEED.subscriptions; i++) {
		const customer = customers[i % customers.length];
		const plan = plans[i % plans.length];
		const status = random.pick(SUBSCRIPTION_STATUSES);
		const start = SEED_START + i * 3600;
		data.subscriptions.insert(
			subscriptionRow({
				user_id: customer.id,
				plan,
				quantity: 1,
				status,
				start,
				collection_method: 'send_invoice',
				gift_code: i % 50 === 7 ? `GIFT${1000 + i}` : null,
			}),
		);
	}
	const subscriptions = data.subscriptions.all();

	for (let i = 0; i < PELCRO_SEED.invoices; i++) {
		const subscription = subscriptions[i % subscriptions.length];
		const plan = plans.find((p) => p.id === subscription.plan_id) as Row;
		const status = random.pick(INVOICE_STATUSES);
		data.invoices.insert(
			invoiceRow({
				user_id: subscription.user_id,
				subscription_id: subscription.id,
				currency: plan.currency as string,
				total: plan.amount as number,
				status,
				billing_reason: 'subscription_cycle',
				created: SEED_START + i * 3600,
			}),
		);
	}
	const invoices = data.invoices.all();

	for (let i = 0; i < PELCRO_SEED.charges; i++) {
		const invoice = invoices[i % invoices.length];
		data.charges.insert({
			user_id: invoice.user_id,
			invoice_id: invoice.id,
			amount: invoice.total,
			currency: invoice.currency,
			status: 'succeeded',
			reference: `SEED-${i + 1}`,
			payment_category: 5,
			offline: true,
			...time(i),
		});
	}

	for (let i = 0; i < PELCRO_SEED.coupons; i++) {
		const percent = i % 2 === 0;
		data.coupons.insert({
			code: `SAVE${i + 1}`,
			name: `Coupon ${i + 1}`,
			duration: random.pick(['once', 'forever', 'repeating']),
			duration_in_months: null,
			percent_off: percent ? random.int(5, 50) : null,
			amount_off: percent ? null : random.int(1, 20) * 100,
			currency: percent ? null : 'usd',
			redeem_by: null,
			max_redemptions: null,
			times_redeemed: 0,
			plans: [],
			metadata: {},
			...time(i),
		});
	}

	for (let i = 0; i < PELCRO_SEED.ecommerceProducts; i++) {
		data.ecommerceProducts.insert({
			name: `Shop item ${i + 1}`,
			caption: null,
			description: `A thing sold in the shop (${i + 1})`,
			shippable: i % 2 === 0,
			countries: [],
			image: null,
			sites: [site],
			...time(i),
		});
	}
	const shopProducts = data.ecommerceProducts.all();
	for (let i = 0; i < PELCRO_SEED.skus; i++) {
		const product = shopProducts[i % shopProducts.length];
		data.skus.insert({
			product_id: product.id,
			name: `${String(product.name)} / variant ${Math.floor(i / shopProducts.length) + 1}`,
			active: true,
			currency: 'usd',
			price: random.int(3, 90) * 100,
			weight: random.int(100, 2000),
			countries: [],
			image: null,
			inventory_type: i % 3 === 0 ? 1 : 0,
			inventory_quantity: i % 3 === 0 ? random.int(5, 100) : null,
			inventory_description: null,
			metadata: {},
			entitlements: [],
			expires_at: null,
			...time(i),
		});
	}
	const skus = data.skus.all();
	for (let i = 0; i < PELCRO_SEED.orders; i++) {
		const customer = customers[i % customers.length];
		const sku = skus[i % skus.length];
		const quantity = random.int(1, 3);
		data.orders.insert(
			orderRow({
				user_id: customer.id,
				items: [{ sku_id: sku.id, quantity, amount: (sku.price as number) * quantity }],
				currency: sku.currency as string,
				status: random.pick(['paid', 'fulfilled', 'created']),
				address_id: null,
				created: SEED_START + i * 3600,
			}),
		);
	}

	const memberships = subscriptions.filter((s) => {
		const plan = plans.find((p) => p.id === s.plan_id);
		return plan?.type === 'membership' && s.status === 'active';
	});
	for (let i = 0; i < PELCRO_SEED.memberships; i++) {
		const subscription = memberships[i % memberships.length];
		const customer = customers[(i * 7 + 3) % customers.length];
		data.memberships.insert({
			subscription_id: subscription.id,
			user_id: customer.id,
			email: customer.email,
			status: 'active',
			address_id: null,
			old_provider_id: null,
			...time(i),
		});
	}
	return data;
}

export function subscriptionRow(input: {
	user_id: unknown;
	plan: Row;
	quantity: number;
	status: string;
	start: number;
	collection_method: string;
	gift_code?: string | null;
	extra?: Row;
}): Row {
	const days = input.plan.interval === 'year' ? 365 : input.plan.interval === 'week' ? 7 : 30;
	return {
		user_id: input.user_id,
		plan_id: input.plan.id,
		quantity: input.quantity,
		status: input.status,
		collection_method: input.collection_method,
		auto_renew: true,
		cancel_at_period_end: false,
		canceled_at: input.status === 'canceled' ? input.start + 86400 : null,
		ended_at: input.status === 'canceled' ? input.start + 86400 : null,
		current_period_start: input.start,
		current_period_end: input.start + days * 86400,
		address_id: null,
		coupon_id: null,
		gift_code: input.gift_code ?? null,
		is_gift_donor: false,
		metadata: {},
		phases: [{ plan_id: input.plan.id, quantity: input.quantity, start_date: input.start }],
		shipments_remaining: null,
		domains: [],
		ip_addresses: [],
		recommended_plan_id: null,
		created_at: input.start,
		updated_at: input.start,
		...(input.extra ?? {}),
	};
}

export function invoiceRow(input: {
	user_id: unknown;
	subscription_id?: unknown;
	currency: string;
	total: number;
	status: string;
	billing_reason: string;
	created: number;
	line_items?: Row[];
	extra?: Row;
}): Row {
	return {
		user_id: input.user_id,
		subscription_id: input.subscription_id ?? null,
		currency: input.currency,
		status: input.status,
		billing_reason: input.billing_reason,
		// Amounts are in the currency's minor unit, e.g. cents (RL/create-invoice).
		total: input.total,
		amount_due: input.status === 'paid' ? 0 : input.total,
		amount_paid: input.status === 'paid' ? input.total : 0,
		line_items: input.line_items ?? [
			{ description: 'Subscription', unit_price: input.total, quantity: 1 },
		],
		metadata: {},
		paid_at: input.status === 'paid' ? input.created : null,
		created_at: input.created,
		updated_at: input.created,
		...(input.extra ?? {}),
	};
}

export function orderRow(input: {
	user_id: unknown;
	items: Row[];
	currency: string;
	status: string;
	address_id: unknown;
	created: number;
}): Row {
	const total = input.items.reduce((sum, item) => sum + Number(item.amount ?? 0), 0);
	return {
		user_id: input.user_id,
		items: input.items,
		currency: input.currency,
		status: input.status,
		subtotal: total,
		total,
		address_id: input.address_id,
		coupon_code: null,
		metadata: {},
		created_at: input.created,
		updated_at: input.created,
	};
}
