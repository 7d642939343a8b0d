import type { Router } from '../../router';
import type { Ctx, Handler } from '../context';
import { one } from '../context';
import { mustExist, registerCrud, validated } from '../crud';
import type { FieldErrors } from '../errors';
import { allowOnly } from '../lists';
import type { Row } from '../store';
import { unixNow, without } from '../store';
import type { Shape } from '../validation';
import { requiredWithoutAll } from '../validation';

const customerOf = (ctx: Ctx, id: unknown) => ctx.data.customers.get(Number(id));
const ofCustomer = (rows: Row[], row: Row) =>
	rows.filter((r) => r.user_id === row.id && !r.deleted_at);

/** Fields of create/update customer (docs.pelcro.com/reference/api-core-create-customer, -update-customer). */
const customerFields: Shape = {
	// `email` may be null on create and update (release 1.54).
	email: { type: 'email', max: 255, nullable: true },
	first_name: { type: 'string', max: 255, nullable: true },
	last_name: { type: 'string', max: 255, nullable: true },
	// display_name up to 100 characters; email_hardbounce a boolean (R/api-core-create-customer).
	display_name: { type: 'string', max: 100, nullable: true },
	phone: { type: 'string', max: 255, nullable: true },
	email_hardbounce: { type: 'boolean' },
	mail_marketing: { type: 'boolean' },
	tele_marketing: { type: 'boolean' },
	metadata: { type: 'object' },
	old_provider_id: { type: 'string', max: 191, nullable: true },
};

function uniqueEmail(ctx: Ctx, email: unknown, except?: unknown): FieldErrors {
	if (typeof email !== 'string') return {};
	const taken = ctx.data.customers
		.all()
		.some(
			(c) =>
				!c.deleted_at && c.id !== except && String(c.email).toLowerCase() === email.toLowerCase(),
		);
	return taken ? { email: ['The email has already been taken.'] } : {};
}

/** "Non-numeric characters are stripped. Resulting digits must be between 5 and 20." */
function phoneRule(phone: unknown): FieldErrors {
	if (typeof phone !== 'string') return {};
	const digits = phone.replace(/\D/g, '').length;
	return digits < 5 || digits > 20 ? { phone: ['The phone must be between 5 and 20 digits.'] } : {};
}

const COUNTRIES_WITH_STATE = ['CA', 'US', 'AU'];

/** Address fields (docs.pelcro.com/reference/api-core-create-address). */
const addressFields: Shape = {
	type: { type: 'string', in: ['shipping', 'billing', 'account_primary'] },
	first_name: { type: 'string', max: 255, nullable: true },
	last_name: { type: 'string', max: 255, nullable: true },
	line1: { type: 'string', max: 255 },
	line2: { type: 'string', max: 255, nullable: true },
	city: { type: 'string', max: 255, nullable: true },
	state: { type: 'string', max: 255, nullable: true },
	country: { type: 'string', max: 2 },
	postal_code: { type: 'string', max: 45, nullable: true },
	phone: { type: 'string', nullable: true },
	old_provider_id: { type: 'string', max: 191, nullable: true },
	is_default: { type: 'boolean' },
	title: { type: 'string', max: 255, nullable: true },
	salutation: { type: 'string', max: 255, nullable: true },
	company: { type: 'string', max: 255, nullable: true },
	department: { type: 'string', max: 255, nullable: true },
	is_default_updated: { type: 'boolean' },
};

function stateRule(body: Row, existing?: Row): FieldErrors {
	const country = String(body.country ?? existing?.country ?? '').toUpperCase();
	const state = body.state ?? existing?.state;
	// "state: Required for CA, US, AU" (R/api-core-create-address).
	return COUNTRIES_WITH_STATE.includes(country) &&
		(state === undefined || state === null || state === '')
		? { state: ['The state field is required when country is CA, US or AU.'] }
		: {};
}

function makeDefault(ctx: Ctx, address: Row): void {
	// "Only one default address of the same type can be set at all times."
	for (const other of ctx.data.addresses.all()) {
		if (other !== address && other.user_id === address.user_id && other.type === address.type)
			other.is_default = false;
	}
}

export function registerPeople(router: Router<Handler>): void {
	registerCrud(router, {
		path: '/customers',
		table: 'customers',
		// Filterable email, first_name, last_name, metadata.*; sortable id, email
		// (R/api-core-filtering-and-sorting); expandable addresses, subscriptions, organization.
		list: {
			filters: ['email', 'first_name', 'last_name', 'metadata'],
			sorts: ['id', 'email'],
			expand: {
				addresses: (ctx, row) => ofCustomer(ctx.data.addresses.all(), row),
				subscriptions: (ctx, row) => ofCustomer(ctx.data.subscriptions.all(), row),
				organization: (_ctx, row) => row.organization ?? null,
			},
		},
		create: {
			shape: {
				...customerFields,
				skip_email_dns_validations: { type: 'boolean' },
				password: { type: 'string', max: 255 },
				password_type: { type: 'string', max: 50 },
			},
			validate(ctx, body) {
				// One of email / old_provider_id / display_name is required (R/api-core-create-customer).
				const named = ['email', 'old_provider_id', 'display_name'].some(
					(field) => typeof body[field] === 'string' && body[field] !== '',
				);
				if (!named)
					return { email: [requiredWithoutAll('email', ['old_provider_id', 'display_name'])] };
				return { ...phoneRule(body.phone), ...uniqueEmail(ctx, body.email) };
			},
			build: (_ctx, body) => {
				const rest = without(body, 'password', 'password_type', 'skip_email_dns_validations');
				return {
					email: null,
					first_name: null,
					last_name: null,
					display_name: null,
					phone: null,
					metadata: {},
					old_provider_id: null,
					default_source_id: null,
					organization: null,
					...rest,
				};
			},
			event: 'customer.created',
		},
		update: {
			shape: { ...customerFields, organization: { type: 'object', nullable: true } },
			validate: (ctx, body, row) => ({
				...phoneRule(body.phone),
				...uniqueEmail(ctx, body.email, row.id),
			}),
			event: 'customer.updated',
		},
		// Soft-deletes the customer and related objects and cancels active subscriptions
		// (R/api-core-delete-customer).
		remove(ctx, row) {
			const now = unixNow();
			row.deleted_at = now;
			for (const address of ofCustomer(ctx.data.addresses.all(), row)) address.deleted_at = now;
			for (const subscription of ofCustomer(ctx.data.subscriptions.all(), row)) {
				if (['active', 'trialing', 'past_due'].includes(String(subscription.status))) {
					subscription.status = 'canceled';
					subscription.canceled_at = now;
					subscription.ended_at = now;
					ctx.emit('subscription.canceled', subscription);
				}
			}
		},
	});

	registerCrud(router, {
		path: '/addresses',
		table: 'addresses',
		list: { expand: { user: (ctx, row) => customerOf(ctx, row.user_id) ?? null } },
		create: {
			shape: {
				...addressFields,
				// Listed under both Query and Body params (R/api-core-create-address).
				site_id: { type: 'integer' },
				customer_id: { type: 'integer' },
				customer_old_provider_id: { type: 'string' },
			},
			required: ['site_id', 'type', 'line1', 'country'],
			validate(ctx, body) {
				if (body.site_id !== ctx.data.site)
					return { site_id: ['The selected site id is invalid.'] };
				let customer: Row | undefined;
				if (body.customer_id !== undefined) customer = customerOf(ctx, body.customer_id);
				else if (body.customer_old_provider_id !== undefined)
					customer = ctx.data.customers
						.all()
						.find((c) => c.old_provider_id === body.customer_old_provider_id);
				else
					return { customer_id: [requiredWithoutAll('customer_id', ['customer_old_provider_id'])] };
				if (!customer || customer.deleted_at)
					return { customer_id: ['The selected customer id is invalid.'] };
				return stateRule(body);
			},
			build(ctx, body) {
				const { customer_id, customer_old_provider_id } = body;
				const rest = without(
					body,
					'site_id',
					'customer_id',
					'customer_old_provider_id',
					'is_default_updated',
				);
				const customer =
					customer_id !== undefined
						? customerOf(ctx, customer_id)
						: ctx.data.customers.all().find((c) => c.old_provider_id === customer_old_provider_id);
				return { user_id: customer?.id, is_default: false, ...rest };
			},
			event: 'address.created',
		},
		update: {
			shape: addressFields,
			validate: (_ctx, body, row) => stateRule(body, row),
			apply(ctx, row, body) {
				Object.assign(row, without(body, 'is_default_updated'), { updated_at: unixNow() });
				if (row.is_default === true) makeDefault(ctx, row);
			},
		},
		remove: (_ctx, row) => void (row.deleted_at = unixNow()),
	});

	/** Memberships: R/api-core-create-membership, R/api-core-invite-member, R/api-core-membership. */
	const membershipSubscription = (ctx: Ctx, id: unknown): Row | undefined => {
		const subscription = ctx.data.subscriptions.get(Number(id));
		const plan = subscription ? ctx.data.plans.get(Number(subscription.plan_id)) : undefined;
		return plan?.type === 'membership' ? subscription : undefined;
	};
	const seatsLeft = (ctx: Ctx, subscription: Row) => {
		const plan = ctx.data.plans.get(Number(subscription.plan_id)) as Row;
		const used = ctx.data.memberships
			.all()
			.filter((m) => m.subscription_id === subscription.id).length;
		return Number(plan.member_seat_capacity ?? 0) - used;
	};
	router.add('POST', '/memberships/invite', (ctx) => {
		allowOnly(ctx.query, []);
		validated(
			ctx,
			{
				email: { type: 'email', max: 255 },
				subscription_id: { type: 'integer' },
				old_provider_id: { type: 'string', max: 191 },
			},
			['email', 'subscription_id'],
			(): FieldErrors | undefined => {
				const subscription = membershipSubscription(ctx, ctx.body.subscription_id);
				if (!subscription) return { subscription_id: ['The selected subscription id is invalid.'] };
				const email = String(ctx.body.email).toLowerCase();
				if (
					ctx.data.memberships
						.all()
						.some(
							(m) =>
								m.subscription_id === subscription.id && String(m.email).toLowerCase() === email,
						)
				)
					return { email: ['The email has already been taken.'] };
				if (seatsLeft(ctx, subscription) <= 0)
					return { email: ['The subscription has no member seats left.'] };
				return undefined;
			},
		);
		const now = unixNow();
		const member = ctx.data.memberships.insert({
			subscription_id: ctx.body.subscription_id,
			user_id: null,
			email: ctx.body.email,
			status: 'pending',
			address_id: null,
			old_provider_id: ctx.body.old_provider_id ?? null,
			created_at: now,
			updated_at: now,
		});
		return one(member, 201);
	});
	registerCrud(router, {
		path: '/memberships',
		table: 'memberships',
		// "Filterable: members user_id, subscription_id" (R/api-core-filtering-and-sorting).
		list: { filters: ['user_id', 'subscription_id'] },
		create: {
			shape: {
				subscription_id: { type: 'integer' },
				customer_id: { type: 'integer' },
				address_id: { type: 'integer' },
				old_provider_id: { type: 'string', max: 191 },
			},
			required: ['subscription_id', 'customer_id'],
			validate(ctx, body) {
				const errors = mustExist(ctx, [['customer_id', 'customers']]);
				if (errors.customer_id) return errors;
				const subscription = membershipSubscription(ctx, body.subscription_id);
				if (!subscription) return { subscription_id: ['The selected subscription id is invalid.'] };
				if (
					ctx.data.memberships
						.all()
						.some((m) => m.subscription_id === subscription.id && m.user_id === body.customer_id)
				)
					return { customer_id: ['The customer id has already been taken.'] };
				if (seatsLeft(ctx, subscription) <= 0)
					return { customer_id: ['The subscription has no member seats left.'] };
				const address =
					body.address_id === undefined
						? undefined
						: ctx.data.addresses.get(Number(body.address_id));
				if (body.address_id !== undefined && address?.user_id !== body.customer_id)
					return { address_id: ['The selected address id is invalid.'] };
				return undefined;
			},
			build(ctx, body) {
				const customer = customerOf(ctx, body.customer_id) as Row;
				return {
					subscription_id: body.subscription_id,
					user_id: body.customer_id,
					email: customer.email,
					status: 'active',
					address_id: body.address_id ?? null,
					old_provider_id: body.old_provider_id ?? null,
				};
			},
		},
		update: { shape: { address_id: { type: 'integer', nullable: true } } },
		remove: true,
	});
}
