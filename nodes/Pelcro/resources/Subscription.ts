import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	filtersCollection,
	returnAllAndLimit,
	updateFields,
} from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	customerFilter,
	customerLocator,
	expandField,
	idField,
	metadataField,
	planLocator,
	trialDaysField,
} from '../fields';
import { bodyOf, expandQuery, many, numericId, one } from '../requests';

const subscriptionId = idField('subscriptionId', 'Subscription ID', 'The ID of the subscription');

const subscriptionPath = (params: Params) =>
	path`/subscriptions/${params.id('subscriptionId', { numeric: true })}`;

const collectionMethod: INodeProperties = {
	displayName: 'Collection Method',
	name: 'collectionMethod',
	type: 'options',
	options: [
		{
			name: 'Charge Automatically',
			value: 'charge_automatically',
			description: 'Charge the payment source given below',
		},
		{ name: 'Send Invoice', value: 'send_invoice', description: 'Send an invoice to pay' },
	],
	default: 'charge_automatically',
};

const sourceId: INodeProperties = {
	displayName: 'Source ID',
	name: 'sourceId',
	type: 'string',
	required: true,
	displayOptions: { show: { collectionMethod: ['charge_automatically'] } },
	default: '',
	description: 'The payment source to charge (required when charging automatically)',
};

const quantity: INodeProperties = {
	displayName: 'Quantity',
	name: 'quantity',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 100000 },
	required: true,
	default: 1,
};

const couponCode: INodeProperties = {
	displayName: 'Coupon Code Name or ID',
	name: 'coupon_code',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCouponCodes' },
	default: '',
	description:
		'Choose from the list, or specify a code using an <a href="https://docs.n8n.io/code/expressions/">expression</a>. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const addressId: INodeProperties = {
	displayName: 'Address ID',
	name: 'address_id',
	type: 'string',
	default: '',
	description: "One of the customer's addresses, needed when the product ships",
};

const autoRenew: INodeProperties = {
	displayName: 'Auto Renew',
	name: 'auto_renew',
	type: 'boolean',
	default: true,
	description: 'Whether the subscription renews at the end of each period',
};

const campaignKey: INodeProperties = {
	displayName: 'Campaign Key',
	name: 'campaign_key',
	type: 'string',
	default: '',
};

const expand = expandField([
	['Address', 'address'],
	['Coupon', 'coupon'],
	['Default Source', 'defaultSource'],
	['Latest Churn Prediction', 'latestChurnPrediction'],
	['Latest Invoice', 'latestInvoice'],
	['Plan', 'plan'],
]);

/** Statuses (docs.pelcro.com/v2.4/reference/api-core-list-subcriptions). */
const STATUSES = [
	'active',
	'canceled',
	'extended',
	'incomplete',
	'incomplete_expired',
	'past_due',
	'trialing',
	'unpaid',
];

const title = (status: string) =>
	status
		.split('_')
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');

/** Collection method and, when charging automatically, the source; sent on create and renew. */
function collection(params: Params): IDataObject {
	const method = params.string('collectionMethod');
	return method === 'charge_automatically'
		? { collection_method: method, source_id: params.required('sourceId') }
		: { collection_method: method };
}

/** Subscriptions: R/api-core-subscription and the pages it links. */
export const subscription: ResourceDefinition = {
	name: 'Subscription',
	value: 'subscription',
	operations: [
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel a subscription',
			description:
				'Ends it now or at the end of the period. Gift-recipient, agency-managed and pending-payment subscriptions cannot be canceled.',
			fields: [
				subscriptionId,
				{
					displayName: 'Mode',
					name: 'mode',
					type: 'options',
					options: [
						{
							name: 'At Period End',
							value: 'period_end',
							description: 'Keep access until the paid period ends',
						},
						{ name: 'Now', value: 'now', description: 'End the subscription at once' },
					],
					default: 'period_end',
				},
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					default: '',
					description: 'Why the subscription is canceled (up to 255 characters)',
				},
			],
			// DELETE with a body: `mode` and `reason` (R/api-core-cancel-subscription).
			run: one((params) => {
				const reason = params.string('reason');
				if (reason.length > 255) params.invalid('reason', 'may be at most 255 characters');
				return {
					method: 'DELETE',
					path: subscriptionPath(params),
					body: { mode: params.required('mode'), ...(reason !== '' ? { reason } : {}) },
				};
			}),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a subscription',
			fields: [
				customerLocator(),
				planLocator(),
				quantity,
				collectionMethod,
				sourceId,
				additionalFields([
					addressId,
					autoRenew,
					campaignKey,
					couponCode,
					metadataField(false),
					{
						displayName: 'Start Date',
						name: 'start_date',
						type: 'dateTime',
						default: '',
						description: 'When the subscription starts, if not now',
					},
					trialDaysField,
				]),
			],
			// Required plan_id, user_id (the customer), quantity (R/api-core-create-subscription).
			run: one((params) => ({
				method: 'POST',
				path: '/subscriptions',
				body: {
					plan_id: numericId(params, 'planId'),
					user_id: numericId(params, 'customerId'),
					quantity: params.positiveInteger('quantity'),
					...collection(params),
					...bodyOf(params, 'additionalFields', { ids: ['address_id'], dates: ['start_date'] }),
				},
			})),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a subscription',
			fields: [subscriptionId, expand],
			run: one((params) => ({
				method: 'GET',
				path: subscriptionPath(params),
				qs: expandQuery(params),
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many subscriptions',
			isDefault: true,
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
					customerFilter('subscriptions'),
					{
						displayName: 'Status',
						name: 'status',
						type: 'multiOptions',
						options: STATUSES.map((status) => ({ name: title(status), value: status })),
						default: [],
					},
				]),
				{
					displayName: 'Sort',
					name: 'sort',
					type: 'options',
					options: [
						{ name: 'Default', value: '' },
						{ name: 'Status (A to Z)', value: 'status' },
						{ name: 'Status (Z to A)', value: '-status' },
					],
					default: '',
				},
				expand,
			],
			run: many((params) => {
				const filters = bodyOf(params, 'filters', { ids: ['customer_id'] });
				const qs: IDataObject = { ...expandQuery(params) };
				// `status` takes a comma list; the customer filter's name is not documented.
				if (Array.isArray(filters.status) && filters.status.length > 0)
					qs.status = filters.status.join(',');
				if (filters.customer_id !== undefined) qs.customer_id = filters.customer_id;
				const sort = params.string('sort');
				if (sort !== '') qs.sort = sort;
				return { method: 'GET', path: '/subscriptions', qs };
			}),
		},
		{
			value: 'redeemGift',
			name: 'Redeem Gift',
			action: 'Redeem a gift subscription',
			fields: [
				{
					displayName: 'Gift Code',
					name: 'giftCode',
					type: 'string',
					required: true,
					default: '',
				},
				customerLocator('customerId', { description: 'The customer who receives the gift' }),
				additionalFields([
					addressId,
					{
						displayName: 'Subscription ID',
						name: 'subscription_id',
						type: 'string',
						default: '',
						description: "An existing subscription of the customer's to add the gift to",
					},
				]),
			],
			// gift_code and user_id required (R/api-core-redeem-subscription).
			run: one((params) => ({
				method: 'POST',
				path: '/subscriptions/redeem',
				body: {
					gift_code: params.required('giftCode'),
					user_id: numericId(params, 'customerId'),
					...bodyOf(params, 'additionalFields', { ids: ['address_id', 'subscription_id'] }),
				},
			})),
		},
		{
			value: 'renew',
			name: 'Renew',
			action: 'Renew a subscription',
			description:
				'Adds a renewal phase after the current one. Expired, scheduled, gift-donor and agency-managed subscriptions cannot be renewed.',
			fields: [
				subscriptionId,
				customerLocator('customerId', { description: 'The customer who owns the subscription' }),
				planLocator('planId', { description: 'The plan of the new phase' }),
				quantity,
				{
					displayName: 'Source',
					name: 'source',
					type: 'string',
					required: true,
					default: 'n8n',
					description: 'Where the renewal comes from, e.g. Web',
				},
				{ ...collectionMethod, default: 'send_invoice' },
				sourceId,
				additionalFields([
					addressId,
					autoRenew,
					campaignKey,
					couponCode,
					{
						displayName: 'Replace Upcoming Phases',
						name: 'replace_upcoming_phases',
						type: 'boolean',
						default: false,
						description:
							'Whether to replace the phases still to come instead of adding one (needed past 10 phases)',
					},
				]),
			],
			// site_id and user_id in the query; subscription_id, plan_id, quantity and source in the
			// body (R/api-core-renew-subscription).
			run: one((params) => ({
				method: 'POST',
				path: '/subscriptions/renew',
				qs: { user_id: numericId(params, 'customerId') },
				body: {
					subscription_id: numericId(params, 'subscriptionId'),
					plan_id: numericId(params, 'planId'),
					quantity: params.positiveInteger('quantity'),
					source: params.required('source'),
					...collection(params),
					...bodyOf(params, 'additionalFields', { ids: ['address_id'] }),
				},
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a subscription',
			fields: [
				subscriptionId,
				updateFields([
					autoRenew,
					{
						...collectionMethod,
						name: 'collection_method',
						description: 'How later periods are paid',
					},
					{
						displayName: 'End Date',
						name: 'end_date',
						type: 'dateTime',
						default: '',
						description:
							'Extends the subscription to this day (23:59:59 UTC); must be after the current period end',
					},
					metadataField(false),
					{
						displayName: 'Recommended Plan ID',
						name: 'recommended_plan_id',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Shipments Remaining',
						name: 'shipments_remaining',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 0,
					},
				]),
			],
			// R/api-core-update-subscription.
			run: one((params) => ({
				method: 'PUT',
				path: subscriptionPath(params),
				body: bodyOf(params, 'updateFields', { ids: ['recommended_plan_id'], dates: ['end_date'] }),
			})),
		},
	],
};
