import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { request } from '../../shared/request';
import type { OperationInput } from '../../shared/executor';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { crudOperations } from '../crud';
import { centsField, couponLocator, metadataField } from '../fields';
import { unwrap } from '../PelcroProfile';
import { bodyOf } from '../requests';

/** Fields that stay editable after creation (RL/api-core-update-coupon). */
const editable: INodeProperties[] = [
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		default: '',
		description: 'The code customers type: letters and digits only, unique in the site',
	},
	{
		displayName: 'Max Redemptions',
		name: 'max_redemptions',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How often the coupon can be used in all; not lower than its redemptions so far',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{
		displayName: 'Plan Names or IDs',
		name: 'plans',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getPlans' },
		default: [],
		description:
			'Plans the coupon is limited to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Redeem By',
		name: 'redeem_by',
		type: 'dateTime',
		default: '',
		description: 'Last day the coupon can be used (a future date)',
	},
];

const CODE = /^[a-z0-9]+$/i;

function couponFields(params: Params, collection: string): IDataObject {
	const body = bodyOf(params, collection);
	if (body.code !== undefined && !CODE.test(String(body.code)))
		params.reject('Code', 'may contain only letters and digits');
	// "redeem_by: YYYY-MM-DD, must be a future date".
	if (body.redeem_by !== undefined) body.redeem_by = String(body.redeem_by).slice(0, 10);
	if (body.plans !== undefined) body.plans = params.idList('plans', body.plans).map(Number);
	return body;
}

function createBody(params: Params): IDataObject {
	const body: IDataObject = {
		code: params.required('code'),
		name: params.required('name'),
		duration: params.required('duration'),
	};
	if (!CODE.test(String(body.code))) params.invalid('code', 'may contain only letters and digits');
	// Either percent_off or amount_off with a currency, never both (R/api-core-create-coupon).
	if (params.string('discountType') === 'percent') {
		const percent = params.number('percentOff');
		if (percent < 0 || percent > 100) params.invalid('percentOff', 'must be between 0 and 100');
		body.percent_off = percent;
	} else {
		body.amount_off = params.positiveInteger('amountOff');
		body.currency = params.required('currency').toLowerCase();
	}
	if (body.duration === 'repeating')
		body.duration_in_months = params.positiveInteger('durationInMonths');
	return { ...body, ...couponFields(params, 'additionalFields') };
}

/**
 * Update. Pelcro replaces the plan restrictions with `plans`, and removes them all when the
 * field is left out (RL/api-core-update-coupon); so when the user does not set Plans, the
 * coupon's current plans are read and sent back unchanged.
 */
async function update({ client, params, itemIndex }: OperationInput) {
	const couponPath = path`/coupons/${params.id('couponId', { numeric: true })}`;
	const body = couponFields(params, 'updateFields');
	if (body.plans === undefined) {
		const current = unwrap(await request(client, { method: 'GET', path: couponPath }, itemIndex));
		body.plans = ((current.plans as unknown[]) ?? []).map((plan) =>
			typeof plan === 'object' && plan !== null ? (plan as IDataObject).id : plan,
		) as IDataObject[];
	}
	return unwrap(await request(client, { method: 'PUT', path: couponPath, body }, itemIndex));
}

const standard = crudOperations({
	noun: 'coupon',
	path: '/coupons',
	id: couponLocator(),
	required: [
		{ ...editable[0], required: true },
		{ ...editable[2], required: true },
		{
			displayName: 'Duration',
			name: 'duration',
			type: 'options',
			options: [
				{ name: 'Forever', value: 'forever' },
				{ name: 'Once', value: 'once' },
				{ name: 'Repeating', value: 'repeating' },
			],
			default: 'once',
			description: 'How long the discount applies to a subscription; fixed after creation',
		},
		{
			displayName: 'Duration in Months',
			name: 'durationInMonths',
			type: 'number',
			typeOptions: { minValue: 1 },
			displayOptions: { show: { duration: ['repeating'] } },
			default: 1,
		},
		{
			displayName: 'Discount Type',
			name: 'discountType',
			type: 'options',
			options: [
				{ name: 'Amount Off', value: 'amount' },
				{ name: 'Percent Off', value: 'percent' },
			],
			default: 'percent',
			description: 'Fixed after creation, as are the amount, percentage and currency',
		},
		{
			displayName: 'Percent Off',
			name: 'percentOff',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			displayOptions: { show: { discountType: ['percent'] } },
			default: 10,
		},
		{
			...centsField('amountOff', 'Amount Off', 'The discount'),
			displayOptions: { show: { discountType: ['amount'] } },
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			displayOptions: { show: { discountType: ['amount'] } },
			default: 'usd',
			description: 'Three-letter ISO currency code of the amount off',
		},
	],
	createBody,
	additional: [...editable.slice(1, 2), metadataField(false), ...editable.slice(3)],
	update: [...editable.slice(0, 3), metadataField(true), ...editable.slice(3)],
	descriptions: {
		update:
			'Name, code, expiry, redemption limit, plans and metadata. The discount, duration and currency cannot change after creation.',
	},
});

/** Coupons (R/api-core-create-coupon, RL/api-core-update-coupon). */
export const coupon: ResourceDefinition = {
	name: 'Coupon',
	value: 'coupon',
	operations: standard.map((operation) =>
		operation.value === 'update' ? { ...operation, run: update } : operation,
	),
};
