import { PELCRO_DEMO_SITE, PELCRO_SEED } from '../../../sandbox/pelcro';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { locator, pelcroRequests, runPelcro } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.pelcro.data();
const last = () => pelcroRequests(sandbox).at(-1)!;

describe('Pelcro subscriptions', () => {
	it('creates a subscription sent as invoice, with its first invoice for the customer', async () => {
		const customer = data().customers.all()[10];
		const plan = data().plans.all()[2];
		const [created] = await runPelcro(sandbox, {
			resource: 'subscription',
			operation: 'create',
			customerId: locator(customer.id),
			planId: locator(plan.id),
			quantity: 3,
			collectionMethod: 'send_invoice',
			additionalFields: { auto_renew: false },
		});
		expect(last().body).toEqual({
			plan_id: plan.id,
			user_id: customer.id,
			quantity: 3,
			collection_method: 'send_invoice',
			auto_renew: false,
		});
		expect(created.json).toMatchObject({
			user_id: customer.id,
			plan_id: plan.id,
			status: 'active',
		});
		const invoices = await runPelcro(sandbox, {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { customer_id: String(customer.id) },
		});
		expect(
			invoices.some(
				(i) =>
					i.json.subscription_id === created.json.id && i.json.total === Number(plan.amount) * 3,
			),
		).toBe(true);
		expect(invoices.every((i) => i.json.user_id === customer.id)).toBe(true);
	});

	it('wants a source ID when charging automatically, before sending', async () => {
		await expect(
			runPelcro(sandbox, {
				resource: 'subscription',
				operation: 'create',
				customerId: locator(1),
				planId: locator(1),
				collectionMethod: 'charge_automatically',
			}),
		).rejects.toThrow('"Source ID" is required');
		expect(pelcroRequests(sandbox)).toHaveLength(0);
	});

	it('lists by status and customer as a comma list', async () => {
		const out = await runPelcro(sandbox, {
			resource: 'subscription',
			operation: 'getAll',
			returnAll: true,
			filters: { status: ['active', 'trialing'] },
		});
		expect(last().query.status).toBe('active,trialing');
		const expected = data()
			.subscriptions.all()
			.filter((s) => ['active', 'trialing'].includes(String(s.status)));
		expect(out).toHaveLength(expected.length);
		expect(expected.length).toBeGreaterThan(100);
	});

	it('cancels with mode and reason in the DELETE body, then renewing is refused', async () => {
		const subscription = data()
			.subscriptions.all()
			.find((s) => s.status === 'active')!;
		const [canceled] = await runPelcro(sandbox, {
			resource: 'subscription',
			operation: 'cancel',
			subscriptionId: String(subscription.id),
			mode: 'now',
			reason: 'Too expensive',
		});
		expect(last()).toMatchObject({
			method: 'DELETE',
			body: { mode: 'now', reason: 'Too expensive' },
		});
		expect(canceled.json).toMatchObject({ status: 'canceled', cancel_reason: 'Too expensive' });
		await expect(
			runPelcro(sandbox, {
				resource: 'subscription',
				operation: 'renew',
				subscriptionId: String(subscription.id),
				customerId: locator(subscription.user_id),
				planId: locator(subscription.plan_id),
				collectionMethod: 'send_invoice',
			}),
		).rejects.toThrow('Pelcro: Expired or canceled subscriptions cannot be renewed.');
	});

	it('renews with user_id in the query and the rest in the body', async () => {
		const subscription = data()
			.subscriptions.all()
			.find((s) => s.status === 'active')!;
		const [renewed] = await runPelcro(sandbox, {
			resource: 'subscription',
			operation: 'renew',
			subscriptionId: String(subscription.id),
			customerId: locator(subscription.user_id),
			planId: locator(subscription.plan_id),
			quantity: 2,
			source: 'Web',
			collectionMethod: 'send_invoice',
		});
		expect(last().query).toEqual({
			site_id: String(PELCRO_DEMO_SITE),
			user_id: String(subscription.user_id),
		});
		expect(last().body).toEqual({
			subscription_id: subscription.id,
			plan_id: subscription.plan_id,
			quantity: 2,
			source: 'Web',
			collection_method: 'send_invoice',
		});
		expect(renewed.json.phases).toHaveLength(2);
	});

	it('updates the end date as Unix seconds and redeems a gift', async () => {
		const subscription = data()
			.subscriptions.all()
			.find((s) => s.status === 'active')!;
		const end = new Date(
			(Number(subscription.current_period_end) + 40 * 86400) * 1000,
		).toISOString();
		await runPelcro(sandbox, {
			resource: 'subscription',
			operation: 'update',
			subscriptionId: String(subscription.id),
			updateFields: { end_date: end },
		});
		expect(last().body).toEqual({ end_date: Math.floor(Date.parse(end) / 1000) });
		const gift = data()
			.subscriptions.all()
			.find((s) => s.gift_code)!;
		const [redeemed] = await runPelcro(sandbox, {
			resource: 'subscription',
			operation: 'redeemGift',
			giftCode: String(gift.gift_code),
			customerId: locator(data().customers.all()[5].id),
		});
		expect(redeemed.json).toMatchObject({ status: 'active', gift_of_subscription_id: gift.id });
	});
});

describe('Pelcro invoices and charges', () => {
	it('creates an invoice from line items in cents, or from a total', async () => {
		const customer = data().customers.all()[1];
		const [fromItems] = await runPelcro(sandbox, {
			resource: 'invoice',
			operation: 'create',
			customerId: locator(customer.id),
			currency: 'CAD',
			lineItems: {
				item: [
					{ description: 'Print', unit_price: 1250, quantity: 2, tax_name: 'HST', tax_rate: 13 },
				],
			},
		});
		expect(last().body).toEqual({
			customer_id: customer.id,
			currency: 'cad',
			line_items: [
				{ description: 'Print', unit_price: 1250, quantity: 2, tax_name: 'HST', tax_rate: 13 },
			],
		});
		expect(fromItems.json).toMatchObject({ total: 2500, status: 'open' });
		await runPelcro(sandbox, {
			resource: 'invoice',
			operation: 'create',
			customerId: locator(customer.id),
			currency: 'usd',
			amountMode: 'total',
			total: 999,
		});
		expect(last().body).toEqual({ customer_id: customer.id, currency: 'usd', total: 999 });
	});

	it('pays offline, then voiding is refused; an open one can be voided or marked uncollectible', async () => {
		const [open, other, third] = data()
			.invoices.all()
			.filter((i) => i.status === 'open');
		const [paid] = await runPelcro(sandbox, {
			resource: 'invoice',
			operation: 'payOffline',
			invoiceId: String(open.id),
			reference: 'CHK-77',
			payment_category: 2,
		});
		expect(last()).toMatchObject({
			path: `/invoices/${String(open.id)}/pay_offline`,
			body: { reference: 'CHK-77', payment_category: 2 },
		});
		expect(paid.json.status).toBe('paid');
		await expect(
			runPelcro(sandbox, { resource: 'invoice', operation: 'void', invoiceId: String(open.id) }),
		).rejects.toMatchObject({ httpCode: '400' });
		const [voided] = await runPelcro(sandbox, {
			resource: 'invoice',
			operation: 'void',
			invoiceId: String(other.id),
		});
		expect(voided.json.status).toBe('void');
		const [lost] = await runPelcro(sandbox, {
			resource: 'invoice',
			operation: 'markUncollectible',
			invoiceId: String(third.id),
		});
		expect(last().path).toBe(`/invoices/${String(third.id)}/uncollectible`);
		expect(lost.json.status).toBe('uncollectible');
	});

	it('updates only the metadata of an invoice', async () => {
		const invoice = data().invoices.all()[0];
		const [out] = await runPelcro(sandbox, {
			resource: 'invoice',
			operation: 'updateMetadata',
			invoiceId: String(invoice.id),
			metadata: '{"po": "A-1"}',
		});
		expect(last().body).toEqual({ metadata: { po: 'A-1' } });
		expect(out.json.metadata).toEqual({ po: 'A-1' });
	});

	it('records an offline charge and reads charges', async () => {
		const customer = data().customers.all()[2];
		const [charge] = await runPelcro(sandbox, {
			resource: 'charge',
			operation: 'createOffline',
			customerId: locator(customer.id),
			amount: 4200,
			currency: 'usd',
			reference: 'WIRE-9',
			additionalFields: { payment_category: 3 },
		});
		expect(last().body).toEqual({
			customer_id: customer.id,
			amount: 4200,
			currency: 'usd',
			reference: 'WIRE-9',
			payment_category: 3,
		});
		expect(charge.json).toMatchObject({ user_id: customer.id, amount: 4200 });
		const all = await runPelcro(sandbox, {
			resource: 'charge',
			operation: 'getAll',
			returnAll: true,
		});
		expect(all).toHaveLength(PELCRO_SEED.charges + 1);
	});
});

describe('Pelcro coupons, plans and catalogue', () => {
	it('creates a percent coupon and keeps its plans when an update leaves Plans out', async () => {
		const plan = data().plans.all()[0];
		const [coupon] = await runPelcro(sandbox, {
			resource: 'coupon',
			operation: 'create',
			code: 'SPRING25',
			name: 'Spring',
			duration: 'once',
			discountType: 'percent',
			percentOff: 25,
			additionalFields: { plans: [Number(plan.id)] },
		});
		expect(last().body).toEqual({
			code: 'SPRING25',
			name: 'Spring',
			duration: 'once',
			percent_off: 25,
			plans: [plan.id],
		});
		const [updated] = await runPelcro(sandbox, {
			resource: 'coupon',
			operation: 'update',
			couponId: locator(coupon.json.id),
			updateFields: { name: 'Spring sale' },
		});
		expect(last()).toMatchObject({
			method: 'PUT',
			body: { name: 'Spring sale', plans: [plan.id] },
		});
		expect(updated.json).toMatchObject({ name: 'Spring sale', plans: [plan.id], percent_off: 25 });
	});

	it('refuses a coupon code with other characters than letters and digits', async () => {
		await expect(
			runPelcro(sandbox, {
				resource: 'coupon',
				operation: 'create',
				code: 'NO-WAY',
				name: 'x',
				percentOff: 5,
			}),
		).rejects.toThrow('"Code" may contain only letters and digits');
	});

	it('creates a plan with its amount in cents and a SKU under a shop product', async () => {
		const product = data().products.all()[0];
		const [plan] = await runPelcro(sandbox, {
			resource: 'plan',
			operation: 'create',
			productId: locator(product.id),
			nickname: 'Monthly',
			amount: 1500,
			currency: 'USD',
			interval: 'month',
		});
		expect(last().body).toEqual({
			product_id: product.id,
			nickname: 'Monthly',
			amount: 1500,
			currency: 'usd',
			interval: 'month',
		});
		expect(plan.json.amount).toBe(1500);
		const shop = data().ecommerceProducts.all()[0];
		const [sku] = await runPelcro(sandbox, {
			resource: 'sku',
			operation: 'create',
			ecommerceProductId: Number(shop.id),
			name: 'Mug',
			currency: 'usd',
			price: 1899,
			additionalFields: { inventory_type: 1, inventory_quantity: 5 },
		});
		expect(sku.json).toMatchObject({ product_id: shop.id, price: 1899, inventory_quantity: 5 });
		const skus = await runPelcro(sandbox, {
			resource: 'sku',
			operation: 'getAll',
			returnAll: true,
			filters: { product_id: String(shop.id) },
		});
		expect(last().query['filter[product_id]']).toBe(`eq:${String(shop.id)}`);
		expect(skus.every((s) => s.json.product_id === shop.id)).toBe(true);
		expect(skus.some((s) => s.json.id === sku.json.id)).toBe(true);
	});

	it('creates an e-commerce order from SKU rows', async () => {
		const sku = data()
			.skus.all()
			.find((s) => !data().ecommerceProducts.get(Number(s.product_id))?.shippable)!;
		const customer = data().customers.all()[4];
		const [order] = await runPelcro(sandbox, {
			resource: 'ecommerceOrder',
			operation: 'create',
			customerId: locator(customer.id),
			items: { item: [{ skuId: Number(sku.id), quantity: 2 }] },
		});
		expect(last().body).toEqual({ user_id: customer.id, items: [{ sku_id: sku.id, quantity: 2 }] });
		expect(order.json).toMatchObject({ user_id: customer.id, total: Number(sku.price) * 2 });
	});
});

describe('Pelcro addresses and memberships', () => {
	it('creates an address with site_id in the body as well as the query', async () => {
		const customer = data().customers.all()[6];
		const [address] = await runPelcro(sandbox, {
			resource: 'address',
			operation: 'create',
			customerId: locator(customer.id),
			type: 'billing',
			line1: '5 Queen St',
			country: 'ca',
			additionalFields: { state: 'ON', city: 'Toronto' },
		});
		expect(last().body).toEqual({
			site_id: PELCRO_DEMO_SITE,
			customer_id: customer.id,
			type: 'billing',
			line1: '5 Queen St',
			country: 'CA',
			state: 'ON',
			city: 'Toronto',
		});
		expect(address.json).toMatchObject({ user_id: customer.id, country: 'CA' });
		await expect(
			runPelcro(sandbox, {
				resource: 'address',
				operation: 'create',
				customerId: locator(customer.id),
				line1: 'x',
				country: 'US',
			}),
		).rejects.toThrow('"State" is required for addresses in US');
	});

	it('invites and adds members, lists them by subscription and removes one', async () => {
		const plan = data()
			.plans.all()
			.find((p) => p.type === 'membership')!;
		const subscription = data()
			.subscriptions.all()
			.find((s) => s.plan_id === plan.id && s.status === 'active')!;
		const [invited] = await runPelcro(sandbox, {
			resource: 'membership',
			operation: 'invite',
			subscriptionId: String(subscription.id),
			email: 'seat@example.com',
		});
		expect(invited.json).toMatchObject({ status: 'pending', email: 'seat@example.com' });
		const newcomer = data().customers.all()[200];
		const [member] = await runPelcro(sandbox, {
			resource: 'membership',
			operation: 'create',
			subscriptionId: String(subscription.id),
			customerId: locator(newcomer.id),
		});
		expect(member.json).toMatchObject({ status: 'active', user_id: newcomer.id });
		const members = await runPelcro(sandbox, {
			resource: 'membership',
			operation: 'getAll',
			returnAll: true,
			filters: { subscription_id: String(subscription.id) },
		});
		expect(last().query['filter[subscription_id]']).toBe(`eq:${String(subscription.id)}`);
		expect(members.map((m) => m.json.id)).toEqual(
			expect.arrayContaining([invited.json.id, member.json.id]),
		);
		await runPelcro(sandbox, {
			resource: 'membership',
			operation: 'delete',
			membershipId: String(member.json.id),
		});
		expect(data().memberships.get(Number(member.json.id))).toBeUndefined();
	});
});
