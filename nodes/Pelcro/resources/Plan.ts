import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/operations';
import { crudOperations } from '../crud';
import {
	centsField,
	currencyField,
	metadataField,
	planLocator,
	productLocator,
	trialDaysField,
} from '../fields';
import { numericId } from '../requests';

const description: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
};
const visible: INodeProperties = {
	displayName: 'Is Visible',
	name: 'is_visible',
	type: 'boolean',
	default: true,
	description: 'Whether customers can see and pick the plan',
};
const nickname: INodeProperties = {
	displayName: 'Nickname',
	name: 'nickname',
	type: 'string',
	default: '',
	description: 'The name of the plan',
};

/**
 * Plans: GET/POST /plans, GET/PUT/DELETE /plans/{id} (R/api-core-plan). Types regular and
 * membership and the day/week/month/year interval are documented; the other field names follow
 * notes.md (no vendor source for them).
 */
export const plan: ResourceDefinition = {
	name: 'Plan',
	value: 'plan',
	operations: crudOperations({
		noun: 'plan',
		path: '/plans',
		id: planLocator(),
		expand: {
			displayName: 'Expand',
			name: 'expand',
			type: 'multiOptions',
			options: [{ name: 'Product', value: 'product' }],
			default: [],
			description: 'Related records to include in full; without them Pelcro returns their IDs',
		},
		required: [
			productLocator(),
			{ ...nickname, required: true },
			centsField('amount', 'Amount', 'The price of one period'),
			currencyField,
			{
				displayName: 'Interval',
				name: 'interval',
				type: 'options',
				options: [
					{ name: 'Day', value: 'day' },
					{ name: 'Month', value: 'month' },
					{ name: 'Week', value: 'week' },
					{ name: 'Year', value: 'year' },
				],
				default: 'month',
				description: 'How often the plan bills',
			},
		],
		createBody: (params) => ({
			product_id: numericId(params, 'productId'),
			nickname: params.required('nickname'),
			amount: Math.round(params.number('amount')),
			currency: params.required('currency').toLowerCase(),
			interval: params.required('interval'),
		}),
		additional: [
			description,
			{
				displayName: 'Interval Count',
				name: 'interval_count',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'Number of intervals between bills, e.g. 3 with Month for quarterly',
			},
			visible,
			{
				displayName: 'Member Seat Capacity',
				name: 'member_seat_capacity',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'For membership plans: how many members one subscription covers',
			},
			metadataField(false),
			trialDaysField,
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [
					{ name: 'Membership', value: 'membership' },
					{ name: 'Regular', value: 'regular' },
				],
				default: 'regular',
			},
		],
		update: [description, visible, metadataField(false), nickname, trialDaysField],
		descriptions: { update: 'Price, currency and interval are fixed once the plan exists' },
	}),
};
