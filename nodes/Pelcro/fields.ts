import type { INodeProperties } from 'n8n-workflow';

import type { LocatorOptions } from '../shared/locators';
import { numericIdLocator } from '../shared/locators';

type Overrides = Partial<Pick<LocatorOptions, 'required' | 'description' | 'displayName'>>;

function locator(
	defaults: Pick<LocatorOptions, 'displayName' | 'description' | 'searchListMethod'>,
	name: string,
	overrides: Overrides,
): INodeProperties {
	return numericIdLocator({ ...defaults, name, ...overrides });
}

/** A customer picked from a list searchable by email, or given by ID. */
export const customerLocator = (name = 'customerId', overrides: Overrides = {}) =>
	locator(
		{
			displayName: 'Customer',
			description: 'The Pelcro customer',
			searchListMethod: 'searchCustomers',
		},
		name,
		overrides,
	);

export const planLocator = (name = 'planId', overrides: Overrides = {}) =>
	locator(
		{ displayName: 'Plan', description: 'The subscription plan', searchListMethod: 'searchPlans' },
		name,
		overrides,
	);

export const productLocator = (name = 'productId', overrides: Overrides = {}) =>
	locator(
		{
			displayName: 'Product',
			description: 'The subscription product',
			searchListMethod: 'searchProducts',
		},
		name,
		overrides,
	);

export const skuLocator = (name = 'skuId', overrides: Overrides = {}) =>
	locator(
		{ displayName: 'SKU', description: 'The e-commerce SKU', searchListMethod: 'searchSkus' },
		name,
		overrides,
	);

export const couponLocator = (name = 'couponId', overrides: Overrides = {}) =>
	locator(
		{ displayName: 'Coupon', description: 'The coupon', searchListMethod: 'searchCoupons' },
		name,
		overrides,
	);

/** A plain numeric ID of a record that has no list worth picking from (an invoice, say). */
export function idField(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: '12345',
		description,
	};
}

/** A money amount: Pelcro counts in the currency's smallest unit (RL/create-invoice: "minor units e.g. cents"). */
export function centsField(
	name: string,
	displayName: string,
	what: string,
	required = true,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		required,
		typeOptions: { minValue: 0 },
		default: 0,
		description: `${what}, in cents (the currency's smallest unit): 1000 is 10.00`,
	};
}

export const currencyField: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	required: true,
	default: 'usd',
	placeholder: 'usd',
	description: 'Three-letter ISO currency code, e.g. usd or cad',
};

/**
 * A JSON object of custom keys. `merge` where Pelcro documents that an update merges it
 * (customers: R/api-core-update-customer; coupons: RL/api-core-update-coupon).
 */
export function metadataField(merge: boolean): INodeProperties {
	return {
		displayName: 'Metadata',
		name: 'metadata',
		type: 'json',
		default: '{}',
		description: merge
			? 'Custom key-value pairs. Pelcro merges them into the stored metadata: keys not given are kept, and a key set to null is removed.'
			: 'Custom key-value pairs stored with the record',
	};
}

/** Relations returned as objects instead of IDs (docs.pelcro.com/reference/api-core-expanding-relationships). */
export function expandField(relations: Array<[name: string, value: string]>): INodeProperties {
	return {
		displayName: 'Expand',
		name: 'expand',
		type: 'multiOptions',
		options: relations
			.map(([name, value]) => ({ name, value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: [],
		description: 'Related records to include in full; without them Pelcro returns their IDs',
	};
}

/** `payment_category` of offline payments (R/api-core-pay-invoice). */
export const paymentCategoryField: INodeProperties = {
	displayName: 'Payment Category',
	name: 'payment_category',
	type: 'options',
	options: [
		{ name: 'Cash', value: 6 },
		{ name: 'Check', value: 2 },
		{ name: 'External', value: 5 },
		{ name: 'Transfer', value: 4 },
		{ name: 'Wire', value: 3 },
	],
	default: 5,
	description: 'How the money was received',
};

/** A list filter by customer, for lists whose customer filter is a plain ID. */
export function customerFilter(records: string): INodeProperties {
	return {
		displayName: 'Customer ID',
		name: 'customer_id',
		type: 'string',
		default: '',
		description: `Only this customer's ${records}`,
	};
}

export const trialDaysField: INodeProperties = {
	displayName: 'Trial Period Days',
	name: 'trial_period_days',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
};
