import type { Router } from '../../router';
import type { Ctx, Handler } from '../context';
import { one } from '../context';
import { applyChanges, mergeMetadata, mustExist, registerCrud, rowOf, validated } from '../crud';
import type { FieldErrors } from '../errors';
import { invalid, refused } from '../errors';
import { allowOnly } from '../lists';
import { invoiceRow, subscriptionRow } from '../seed';
import type { Row } from '../store';
import { unixNow, without } from '../store';
import type { Shape } from '../validation';
import { requiredWithoutAll } from '../validation';

const CURRENCY: Shape[string] = { type: 'string', max: 3 };
const PAYMENT_CATEGORIES = [2, 3, 4, 5, 6];
const COLLECTION_METHODS = ['charge_automatically', 'send_invoice'];
/** Subscription statuses (v2.4/reference/api-core-list-subcriptions). */
const SUBSCRIPTION_STATUSES = [
	'active',
	'canceled',
	'past_due',
	'trialing',
	'unpaid',
	'incomplete',
	'incomplete_expired',
	'extended',
];

const planOf = (ctx: Ctx, id: unknown) => ctx.data.plans.get(Number(id));

/** "source_id is required with collection_method=charge_automatically" (R/api-core-create-subscription). */
function sourceRule(body: Row, fallback: string): FieldErrors {
	const method = body.collection_method ?? fallback;
	return method === 'charge_automatically' &&
		(body.source_id === undefined || body.source_id === '')
		? {
				source_id: [
					'The source id field is required when collection method is charge_automatically.',
				],
			}
		: {};
}

/** The first invoice of a subscription or renewal phase; paid at once when charged automatically. */
function invoiceFor(ctx: Ctx, subscription: Row, plan: Row, reason: string): Row {
	const charged = subscription.collection_method === 'charge_automatically';
	const invoice = ctx.data.invoices.insert(
		invoiceRow({
			user_id: subscription.user_id,
			subscription_id: subscription.id,
			currency: String(plan.currency),
			total: Number(plan.amount) * Number(subscription.quantity),
			status: charged ? 'paid' : 'open',
			billing_reason: reason,
			created: unixNow(),
		}),
	);
	ctx.emit('invoice.created', invoice);
	return invoice;
}

const subscriptionFields: Shape = {
	plan_id: { type: 'integer' },
	user_id: { type: 'integer' },
	quantity: { type: 'integer', min: 1, max: 100000 },
	source_id: { type: 'string' },
	collection_method: { type: 'string', in: COLLECTION_METHODS },
	coupon_code: { type: 'string' },
	address_id: { type: 'integer' },
	trial_period_days: { type: 'integer', min: 0 },
	start_date: { type: 'integer' },
	billing_behavior: { type: 'string' },
	auto_renew: { type: 'boolean' },
	campaign_key: { type: 'string' },
	metadata: { type: 'object' },
	domains: { type: 'array' },
	ip_addresses: { type: 'array' },
	is_gift_donor: { type: 'boolean' },
	gift_recipient_email: { type: 'email' },
	gift_recipient_first_name: { type: 'string', max: 255 },
	gift_recipient_last_name: { type: 'string', max: 255 },
};

function couponFor(ctx: Ctx, code: unknown): Row | undefined {
	return ctx.data.coupons.all().find((c) => c.code === code);
}

function registerSubscriptions(router: Router<Handler>): void {
	// Renew and redeem before the `:id` routes: same segment count.
	router.add('POST', '/subscriptions/renew', (ctx) => {
		// `user_id` goes in the query next to site_id (R/api-core-renew-subscription).
		allowOnly(ctx.query, ['user_id']);
		const userId = Number(ctx.query.user_id);
		if (ctx.query.user_id === undefined)
			throw invalid({ user_id: ['The user id field is required.'] });
		validated(
			ctx,
			{
				subscription_id: { type: 'integer' },
				plan_id: { type: 'integer' },
				quantity: { type: 'integer', min: 1, max: 100000 },
				source: { type: 'string' },
				source_id: { type: 'string' },
				coupon_code: { type: 'string' },
				collection_method: { type: 'string', in: COLLECTION_METHODS },
				address_id: { type: 'integer' },
				auto_renew: { type: 'boolean' },
				campaign_key: { type: 'string' },
				replace_upcoming_phases: { type: 'boolean' },
			},
			['subscription_id', 'plan_id', 'quantity', 'source'],
			() => ({
				...mustExist(ctx, [['plan_id', 'plans']]),
				...sourceRule(ctx.body, 'send_invoice'),
			}),
		);
		const subscription = ctx.data.subscriptions.get(Number(ctx.body.subscription_id));
		if (!subscription || subscription.user_id !== userId)
			throw invalid({ subscription_id: ['The selected subscription id is invalid.'] });
		// Expired, canceled, gift-donor and pending-payment subscriptions cannot be renewed
		// (RL/api-core-renew-subscription).
		if (subscription.status === 'canceled' || subscription.ended_at)
			throw refused('Expired or canceled subscriptions cannot be renewed.');
		if (subscription.is_gift_donor) throw refused('Gift donor subscriptions cannot be renewed.');
		const phases = [...((subscription.phases as Row[]) ?? [])];
		const replace = ctx.body.replace_upcoming_phases === true;
		const kept = replace ? phases.slice(0, 1) : phases;
		// "max 10 phases unless replace_upcoming_phases: true".
		if (kept.length >= 10) throw refused('A subscription can have at most 10 phases.');
		const plan = planOf(ctx, ctx.body.plan_id) as Row;
		kept.push({
			plan_id: plan.id,
			quantity: ctx.body.quantity,
			start_date: subscription.current_period_end,
		});
		subscription.phases = kept;
		subscription.collection_method = ctx.body.collection_method ?? 'send_invoice';
		if (ctx.body.auto_renew !== undefined) subscription.auto_renew = ctx.body.auto_renew;
		subscription.updated_at = unixNow();
		invoiceFor(ctx, subscription, plan, 'subscription_update');
		ctx.emit('subscription.renewed', subscription);
		return one(subscription);
	});

	router.add('POST', '/subscriptions/redeem', (ctx) => {
		allowOnly(ctx.query, []);
		// Gift redemption (R/api-core-redeem-subscription).
		validated(
			ctx,
			{
				gift_code: { type: 'string' },
				user_id: { type: 'integer' },
				subscription_id: { type: 'integer' },
				address_id: { type: 'integer' },
			},
			['gift_code', 'user_id'],
			() =>
				mustExist(ctx, [
					['user_id', 'customers'],
					['address_id', 'addresses'],
				]),
		);
		const gift = ctx.data.subscriptions.all().find((s) => s.gift_code === ctx.body.gift_code);
		if (!gift || gift.gift_redeemed_at)
			throw invalid({ gift_code: ['The selected gift code is invalid.'] });
		gift.gift_redeemed_at = unixNow();
		const plan = planOf(ctx, gift.plan_id) as Row;
		const now = unixNow();
		const redeemed = ctx.data.subscriptions.insert(
			subscriptionRow({
				user_id: ctx.body.user_id,
				plan,
				quantity: 1,
				status: 'active',
				start: now,
				collection_method: 'send_invoice',
				extra: { address_id: ctx.body.address_id ?? null, gift_of_subscription_id: gift.id },
			}),
		);
		ctx.emit('subscription.created', redeemed);
		return one(redeemed, 201);
	});

	registerCrud(router, {
		path: '/subscriptions',
		table: 'subscriptions',
		list: {
			// Sortable by status only (R/api-core-filtering-and-sorting); `status` takes a comma list.
			sorts: ['status'],
			params: {
				status(row, value) {
					const wanted = value.split(',');
					if (wanted.some((status) => !SUBSCRIPTION_STATUSES.includes(status)))
						throw invalid({ status: ['The selected status is invalid.'] });
					return wanted.includes(String(row.status));
				},
				// No vendor source names the customer filter: the node and this simulator use `customer_id`.
				customer_id: (row, value) => String(row.user_id) === value,
			},
			expand: {
				plan: (ctx, row) => planOf(ctx, row.plan_id) ?? null,
				address: (ctx, row) =>
					row.address_id ? ctx.data.addresses.get(Number(row.address_id)) : null,
				coupon: (ctx, row) => (row.coupon_id ? ctx.data.coupons.get(Number(row.coupon_id)) : null),
				defaultSource: () => null,
				latestInvoice: (ctx, row) =>
					ctx.data.invoices
						.all()
						.filter((i) => i.subscription_id === row.id)
						.at(-1) ?? null,
				latestChurnPrediction: () => null,
			},
		},
		create: {
			shape: subscriptionFields,
			required: ['plan_id', 'user_id', 'quantity'],
			validate(ctx, body) {
				const errors: FieldErrors = {
					...mustExist(ctx, [
						['plan_id', 'plans'],
						['user_id', 'customers'],
						['address_id', 'addresses'],
					]),
					...sourceRule(body, 'charge_automatically'),
				};
				if (body.coupon_code !== undefined && !couponFor(ctx, body.coupon_code))
					errors.coupon_code = ['The selected coupon code is invalid.'];
				if (body.is_gift_donor === true && body.gift_recipient_email === undefined)
					errors.gift_recipient_email = [
						'The gift recipient email field is required when is gift donor is true.',
					];
				return errors;
			},
			build(ctx, body) {
				const plan = planOf(ctx, body.plan_id) as Row;
				const trial = Number(body.trial_period_days ?? 0);
				const start = Number(body.start_date ?? unixNow());
				const { user_id, quantity, collection_method, coupon_code } = body;
				const rest = without(
					body,
					'plan_id',
					'user_id',
					'quantity',
					'collection_method',
					'coupon_code',
					'source_id',
					'trial_period_days',
					'start_date',
				);
				return subscriptionRow({
					user_id,
					plan,
					quantity: Number(quantity),
					status: trial > 0 ? 'trialing' : 'active',
					start,
					collection_method: String(collection_method ?? 'charge_automatically'),
					extra: {
						...rest,
						metadata: (rest.metadata as Row) ?? {},
						coupon_id: couponFor(ctx, coupon_code)?.id ?? null,
						trial_end: trial > 0 ? start + trial * 86400 : null,
					},
				});
			},
			after: (ctx, row) =>
				void invoiceFor(ctx, row, planOf(ctx, row.plan_id) as Row, 'subscription_create'),
			event: 'subscription.created',
		},
		update: {
			// R/api-core-update-subscription.
			shape: {
				auto_renew: { type: 'boolean' },
				metadata: { type: 'object' },
				end_date: { type: 'integer' },
				collection_method: { type: 'string', in: COLLECTION_METHODS },
				shipments_remaining: { type: 'integer', min: 0 },
				domains: { type: 'array' },
				ip_addresses: { type: 'array' },
				recommended_plan_id: { type: 'integer' },
			},
			validate(ctx, body, row) {
				const errors = mustExist(ctx, [['recommended_plan_id', 'plans']]);
				// "end_date must be after current period end".
				if (typeof body.end_date === 'number' && body.end_date <= Number(row.current_period_end))
					errors.end_date = ['The end date must be a date after the current period end.'];
				return errors;
			},
			apply(_ctx, row, body) {
				const { end_date, ...rest } = body;
				applyChanges(row, rest);
				// Rounded to 23:59:59 UTC of that day.
				if (typeof end_date === 'number')
					row.current_period_end = Math.floor(end_date / 86400) * 86400 + 86399;
			},
			event: 'subscription.updated',
		},
	});

	router.add('DELETE', '/subscriptions/:id', (ctx) => {
		allowOnly(ctx.query, []);
		// Cancel: body `mode` (period_end | now) and optional `reason` (R/api-core-cancel-subscription).
		validated(
			ctx,
			{ mode: { type: 'string', in: ['period_end', 'now'] }, reason: { type: 'string', max: 255 } },
			['mode'],
		);
		const subscription = rowOf(ctx, 'subscriptions');
		if (subscription.status === 'canceled') throw refused('The subscription is already canceled.');
		if (subscription.gift_of_subscription_id)
			throw refused('Gift recipient subscriptions cannot be canceled.');
		const now = unixNow();
		subscription.canceled_at = now;
		subscription.cancel_reason = ctx.body.reason ?? null;
		if (ctx.body.mode === 'now') {
			subscription.status = 'canceled';
			subscription.ended_at = now;
		} else {
			subscription.cancel_at_period_end = true;
		}
		subscription.updated_at = now;
		ctx.emit('subscription.canceled', subscription);
		if (ctx.body.mode === 'now') ctx.emit('subscription.expired', subscription);
		return one(subscription);
	});
}

function invoiceAction(
	router: Router<Handler>,
	action: string,
	run: (ctx: Ctx, invoice: Row) => void,
): void {
	router.add('POST', `/invoices/:id/${action}`, (ctx) => {
		allowOnly(ctx.query, []);
		const invoice = rowOf(ctx, 'invoices');
		run(ctx, invoice);
		invoice.updated_at = unixNow();
		return one(invoice);
	});
}

function registerInvoices(router: Router<Handler>): void {
	registerCrud(router, {
		path: '/invoices',
		table: 'invoices',
		list: {
			// Filterable id, status, metadata.*; sortable id, status, created_at (R/api-core-filtering-and-sorting).
			filters: ['id', 'status', 'metadata'],
			sorts: ['id', 'status', 'created_at'],
			// No vendor source names a customer filter: the node and this simulator use `customer_id`.
			params: { customer_id: (row, value) => String(row.user_id) === value },
			expand: {
				subscription: (ctx, row) =>
					row.subscription_id ? ctx.data.subscriptions.get(Number(row.subscription_id)) : null,
			},
		},
		create: {
			// RL/create-invoice.
			shape: {
				customer_id: { type: 'integer' },
				customer_old_provider_id: { type: 'string' },
				currency: CURRENCY,
				line_items: { type: 'array' },
				total: { type: 'integer', min: 0 },
				subscription_id: { type: 'integer' },
				period_start: { type: 'integer' },
				period_end: { type: 'integer' },
				due_date: { type: 'integer' },
				status: { type: 'string', in: ['draft', 'open', 'paid', 'uncollectible', 'void'] },
				billing_reason: {
					type: 'string',
					in: [
						'manual',
						'subscription_create',
						'subscription_cycle',
						'subscription_update',
						'order_create',
					],
				},
			},
			required: ['currency'],
			validate(ctx, body) {
				const errors: FieldErrors = mustExist(ctx, [
					['customer_id', 'customers'],
					['subscription_id', 'subscriptions'],
				]);
				if (body.customer_id === undefined && body.customer_old_provider_id === undefined)
					errors.customer_id = [requiredWithoutAll('customer_id', ['customer_old_provider_id'])];
				const items = body.line_items as Row[] | undefined;
				if (items === undefined && body.total === undefined)
					errors.total = ['The total field is required when line items is not present.'];
				(items ?? []).forEach((item, index) => {
					const at = `line_items.${index}`;
					if (typeof item?.unit_price !== 'number')
						errors[`${at}.unit_price`] = [`The ${at}.unit_price field is required.`];
					if (typeof item?.quantity !== 'number')
						errors[`${at}.quantity`] = [`The ${at}.quantity field is required.`];
					if ((item?.tax_name === undefined) !== (item?.tax_rate === undefined))
						errors[`${at}.tax_rate`] = [
							`The ${at}.tax_name and ${at}.tax_rate fields are required together.`,
						];
					const unknown = Object.keys(item ?? {}).filter(
						(k) => !['description', 'unit_price', 'quantity', 'tax_name', 'tax_rate'].includes(k),
					);
					for (const key of unknown)
						errors[`${at}.${key}`] = [`The ${at}.${key} field is prohibited.`];
				});
				if (
					typeof body.period_start === 'number' &&
					typeof body.period_end === 'number' &&
					body.period_start > body.period_end
				)
					errors.period_start = ['The period start must be a date before or equal to period end.'];
				return errors;
			},
			build(ctx, body) {
				const customer =
					body.customer_id !== undefined
						? ctx.data.customers.get(Number(body.customer_id))
						: ctx.data.customers
								.all()
								.find((c) => c.old_provider_id === body.customer_old_provider_id);
				const items = body.line_items as Row[] | undefined;
				const total =
					items?.reduce((sum, item) => sum + Number(item.unit_price) * Number(item.quantity), 0) ??
					Number(body.total);
				return invoiceRow({
					user_id: customer?.id,
					subscription_id: body.subscription_id,
					currency: String(body.currency),
					total,
					status: String(body.status ?? 'open'),
					billing_reason: String(body.billing_reason ?? 'manual'),
					created: unixNow(),
					line_items: items ?? [{ description: 'Invoice total', unit_price: total, quantity: 1 }],
					extra: {
						period_start: body.period_start ?? null,
						period_end: body.period_end ?? null,
						due_date: body.due_date ?? null,
					},
				});
			},
			event: 'invoice.created',
		},
		// Update changes metadata only (sidebar "Update invoice metadata").
		update: {
			shape: { metadata: { type: 'object' } },
			apply: (_ctx, row, body) => mergeMetadata(row, body.metadata),
			event: 'invoice.updated',
		},
	});

	invoiceAction(router, 'pay_offline', (ctx, invoice) => {
		// `reference` required; payment_category 2 check, 3 wire, 4 transfer, 5 external, 6 cash (R/api-core-pay-invoice).
		validated(
			ctx,
			{
				reference: { type: 'string', max: 255 },
				payment_category: { type: 'integer', in: PAYMENT_CATEGORIES },
			},
			['reference'],
		);
		if (!['open', 'draft'].includes(String(invoice.status)))
			throw refused(`An invoice that is ${String(invoice.status)} cannot be paid.`);
		const now = unixNow();
		Object.assign(invoice, {
			status: 'paid',
			amount_paid: invoice.total,
			amount_due: 0,
			paid_at: now,
		});
		const charge = ctx.data.charges.insert({
			user_id: invoice.user_id,
			invoice_id: invoice.id,
			amount: invoice.total,
			currency: invoice.currency,
			status: 'succeeded',
			reference: ctx.body.reference,
			payment_category: ctx.body.payment_category ?? 5,
			offline: true,
			created_at: now,
			updated_at: now,
		});
		ctx.emit('charge.created', charge);
		ctx.emit('invoice.payment_succeeded', invoice);
		ctx.emit('invoice.paid', invoice);
	});
	invoiceAction(router, 'void', (ctx, invoice) => {
		validated(ctx, {});
		// Not if paid, uncollectible or partly paid (RL/api-core-void-invoice).
		if (
			['paid', 'uncollectible', 'void'].includes(String(invoice.status)) ||
			Number(invoice.amount_paid) > 0
		)
			throw refused(`An invoice that is ${String(invoice.status)} cannot be voided.`);
		invoice.status = 'void';
		ctx.emit('invoice.updated', invoice);
	});
	invoiceAction(router, 'uncollectible', (ctx, invoice) => {
		validated(ctx, {});
		// `uncollectible` is terminal (release 1.54); only an open invoice can become it.
		if (invoice.status !== 'open')
			throw refused(`An invoice that is ${String(invoice.status)} cannot be marked uncollectible.`);
		invoice.status = 'uncollectible';
		ctx.emit('invoice.updated', invoice);
	});
}

/** Subscription product fields; beyond name and old_provider_id (release 1.54) they follow notes.md. */
const productFields: Shape = {
	name: { type: 'string', max: 255 },
	description: { type: 'string', nullable: true },
	is_shippable: { type: 'boolean' },
	entitlements: { type: 'array' },
	old_provider_id: { type: 'string', max: 191, nullable: true },
};

function registerCatalog(router: Router<Handler>): void {
	// Plans (R/api-core-plan, R/api-core-create-plan); fields beyond type and interval follow notes.md.
	registerCrud(router, {
		path: '/plans',
		table: 'plans',
		list: {
			expand: { product: (ctx, row) => ctx.data.products.get(Number(row.product_id)) ?? null },
		},
		create: {
			shape: {
				product_id: { type: 'integer' },
				nickname: { type: 'string', max: 255 },
				amount: { type: 'integer', min: 0 },
				currency: CURRENCY,
				interval: { type: 'string', in: ['day', 'week', 'month', 'year'] },
				interval_count: { type: 'integer', min: 1 },
				type: { type: 'string', in: ['regular', 'membership'] },
				member_seat_capacity: { type: 'integer', min: 1 },
				description: { type: 'string', nullable: true },
				is_visible: { type: 'boolean' },
				trial_period_days: { type: 'integer', min: 0 },
				metadata: { type: 'object' },
			},
			required: ['product_id', 'nickname', 'amount', 'currency', 'interval'],
			validate: (ctx) => mustExist(ctx, [['product_id', 'products']]),
			build: (_ctx, body) => ({
				interval_count: 1,
				type: 'regular',
				is_visible: true,
				metadata: {},
				...body,
			}),
		},
		update: {
			shape: {
				nickname: { type: 'string', max: 255 },
				description: { type: 'string', nullable: true },
				is_visible: { type: 'boolean' },
				trial_period_days: { type: 'integer', min: 0 },
				metadata: { type: 'object' },
			},
		},
		remove: true,
	});
	// Subscription products (R/api-core-product.md); fields beyond name and old_provider_id follow notes.md.
	registerCrud(router, {
		path: '/products',
		table: 'products',
		list: {
			expand: { plans: (ctx, row) => ctx.data.plans.all().filter((p) => p.product_id === row.id) },
		},
		create: {
			shape: productFields,
			required: ['name'],
			build: (_ctx, body) => ({
				description: null,
				is_shippable: false,
				entitlements: [],
				old_provider_id: null,
				...body,
			}),
		},
		update: { shape: productFields },
		remove: true,
	});
	// Coupons (R/api-core-create-coupon, RL/api-core-update-coupon).
	const couponDiscount: Shape = {
		amount_off: { type: 'integer', min: 1 },
		percent_off: { type: 'number', min: 0, max: 100 },
		duration: { type: 'string', in: ['once', 'forever', 'repeating'] },
		currency: CURRENCY,
	};
	const couponEditable: Shape = {
		name: { type: 'string', max: 255 },
		code: { type: 'string', max: 255 },
		redeem_by: { type: 'string', nullable: true },
		max_redemptions: { type: 'integer', min: 1 },
		plans: { type: 'array' },
		metadata: { type: 'object' },
	};
	const couponRules = (ctx: Ctx, body: Row, except?: unknown): FieldErrors => {
		const errors: FieldErrors = {};
		// "It accepts only letters and numbers", unique within the site.
		if (typeof body.code === 'string' && !/^[a-z0-9]+$/i.test(body.code))
			errors.code = ['The code may only contain letters and numbers.'];
		else if (
			typeof body.code === 'string' &&
			ctx.data.coupons.all().some((c) => c.code === body.code && c.id !== except)
		)
			errors.code = ['The code has already been taken.'];
		if (
			typeof body.redeem_by === 'string' &&
			!(/^\d{4}-\d{2}-\d{2}$/.test(body.redeem_by) && Date.parse(body.redeem_by) > Date.now())
		)
			errors.redeem_by = ['The redeem by must be a date after today.'];
		for (const [index, id] of ((body.plans as unknown[]) ?? []).entries()) {
			if (typeof id !== 'number' || !ctx.data.plans.get(id))
				errors[`plans.${index}`] = [`The selected plans.${index} is invalid.`];
		}
		return errors;
	};
	registerCrud(router, {
		path: '/coupons',
		table: 'coupons',
		list: {},
		create: {
			shape: {
				...couponEditable,
				...couponDiscount,
				duration_in_months: { type: 'integer', min: 1 },
			},
			required: ['code', 'name', 'duration'],
			validate(ctx, body) {
				const errors = couponRules(ctx, body);
				// Either amount_off (with currency) or percent_off, not both.
				if ((body.amount_off === undefined) === (body.percent_off === undefined))
					errors.amount_off = ['The amount off field is required when percent off is not present.'];
				if (body.amount_off !== undefined && body.currency === undefined)
					errors.currency = ['The currency field is required when amount off is present.'];
				if (body.duration === 'repeating' && body.duration_in_months === undefined)
					errors.duration_in_months = [
						'The duration in months field is required when duration is repeating.',
					];
				return errors;
			},
			build: (_ctx, body) => ({
				amount_off: null,
				percent_off: null,
				currency: null,
				duration_in_months: null,
				redeem_by: null,
				max_redemptions: null,
				times_redeemed: 0,
				plans: [],
				metadata: {},
				...body,
			}),
		},
		update: {
			// amount_off, percent_off, duration and currency "are set at creation and cannot be changed.
			// If passed, they are silently ignored."
			shape: { ...couponEditable, ...couponDiscount },
			validate(ctx, body, row) {
				const errors = couponRules(ctx, body, row.id);
				if (
					typeof body.max_redemptions === 'number' &&
					body.max_redemptions < Number(row.times_redeemed)
				)
					errors.max_redemptions = [
						'The max redemptions may not be lower than the times redeemed.',
					];
				return errors;
			},
			apply(_ctx, row, body) {
				for (const key of ['name', 'code', 'redeem_by', 'max_redemptions']) {
					if (key in body) row[key] = body[key];
				}
				// "Plans are replaced ... If plans is omitted, all existing plan restrictions are removed."
				row.plans = (body.plans as unknown[]) ?? [];
				// Metadata is merged; an empty object clears it.
				if (body.metadata !== undefined) {
					if (Object.keys(body.metadata as Row).length === 0) row.metadata = {};
					else mergeMetadata(row, body.metadata);
				}
				row.updated_at = unixNow();
			},
		},
		remove: true,
	});
	// Offline charges (R/api-core-charges, R/api-core-create-offline-charge).
	registerCrud(router, {
		path: '/charges',
		table: 'charges',
		list: {},
		create: {
			shape: {
				customer_id: { type: 'integer' },
				amount: { type: 'integer', min: 1 },
				reference: { type: 'string', max: 255 },
				currency: CURRENCY,
				payment_category: { type: 'integer', in: PAYMENT_CATEGORIES },
				invoice_id: { type: 'integer' },
			},
			required: ['customer_id', 'amount', 'reference', 'currency'],
			validate: (ctx) =>
				mustExist(ctx, [
					['customer_id', 'customers'],
					['invoice_id', 'invoices'],
				]),
			build(ctx, body) {
				const invoice =
					body.invoice_id === undefined
						? undefined
						: ctx.data.invoices.get(Number(body.invoice_id));
				if (
					invoice &&
					['open', 'draft'].includes(String(invoice.status)) &&
					Number(body.amount) >= Number(invoice.amount_due)
				) {
					Object.assign(invoice, {
						status: 'paid',
						amount_paid: invoice.total,
						amount_due: 0,
						paid_at: unixNow(),
					});
					ctx.emit('invoice.paid', invoice);
				}
				const { customer_id, ...rest } = body;
				return {
					user_id: customer_id,
					status: 'succeeded',
					offline: true,
					payment_category: 5,
					invoice_id: null,
					...rest,
				};
			},
			event: 'charge.created',
		},
	});
}

export function registerBilling(router: Router<Handler>): void {
	registerSubscriptions(router);
	registerInvoices(router);
	registerCatalog(router);
}
