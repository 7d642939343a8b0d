import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { additionalFields, filtersCollection, returnAllAndLimit } from '../../shared/fields';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	currencyField,
	customerFilter,
	customerLocator,
	expandField,
	idField,
	metadataField,
	paymentCategoryField,
} from '../fields';
import { bodyOf, expandQuery, many, numericId, one } from '../requests';

const invoiceId = idField('invoiceId', 'Invoice ID', 'The ID of the invoice');
const invoicePath = (params: Params, action = '') =>
	`${path`/invoices/${params.id('invoiceId', { numeric: true })}`}${action}`;

const STATUSES = ['draft', 'open', 'paid', 'uncollectible', 'void'];
const statusOptions = STATUSES.map((status) => ({
	name: status[0].toUpperCase() + status.slice(1),
	value: status,
}));

/** Line items: unit_price and quantity required, tax_name and tax_rate together (RL/create-invoice). */
function lineItems(params: Params): IDataObject[] {
	return params.rows('lineItems', 'item').map((row) => {
		const item: IDataObject = {
			unit_price: Math.round(params.number('unit_price', Number(row.unit_price))),
			quantity: params.positiveInteger('quantity', row.quantity),
		};
		if (row.description) item.description = row.description;
		const taxName = String(row.tax_name ?? '').trim();
		if (taxName !== '') {
			item.tax_name = taxName;
			item.tax_rate = Number(row.tax_rate ?? 0);
		}
		return item;
	});
}

function createBody(params: Params): IDataObject {
	const body: IDataObject = {
		customer_id: numericId(params, 'customerId'),
		currency: params.required('currency').toLowerCase(),
	};
	if (params.string('amountMode') === 'lineItems') {
		const items = lineItems(params);
		if (items.length === 0) params.invalid('lineItems', 'needs at least one line item');
		body.line_items = items;
	} else {
		body.total = Math.round(params.number('total'));
	}
	return {
		...body,
		...bodyOf(params, 'additionalFields', {
			ids: ['subscription_id'],
			dates: ['due_date', 'period_start', 'period_end'],
		}),
	};
}

const expand = expandField([['Subscription', 'subscription']]);

/** A POST /invoices/{id}/<endpoint> state change. */
function action(
	operation: { value: string; name: string; action: string; description: string },
	endpoint: string,
	fields: INodeProperties[] = [],
	body?: (params: Params) => IDataObject,
): OperationDefinition {
	return {
		...operation,
		fields: [invoiceId, ...fields],
		run: one((params) => ({
			method: 'POST',
			path: invoicePath(params, `/${endpoint}`),
			...(body ? { body: body(params) } : {}),
		})),
	};
}

/** Invoices: R/api-core-pay-invoice, RL/api-core-void-invoice, R/api-core-mark-as-uncollectible-invoices, RL/create-invoice. */
export const invoice: ResourceDefinition = {
	name: 'Invoice',
	value: 'invoice',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an invoice',
			fields: [
				customerLocator(),
				currencyField,
				{
					displayName: 'Amount From',
					name: 'amountMode',
					type: 'options',
					options: [
						{ name: 'Line Items', value: 'lineItems' },
						{ name: 'Total', value: 'total' },
					],
					default: 'lineItems',
				},
				{
					displayName: 'Line Items',
					name: 'lineItems',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					displayOptions: { show: { amountMode: ['lineItems'] } },
					placeholder: 'Add Line Item',
					default: {},
					options: [
						{
							displayName: 'Item',
							name: 'item',
							values: [
								{
									displayName: 'Description',
									name: 'description',
									type: 'string',
									default: '',
								},
								{
									displayName: 'Quantity',
									name: 'quantity',
									type: 'number',
									default: 1,
								},
								{
									displayName: 'Tax Name',
									name: 'tax_name',
									type: 'string',
									default: '',
									description: 'Name of the tax, e.g. HST;	give a rate with it',
								},
								{
									displayName: 'Tax Rate',
									name: 'tax_rate',
									type: 'number',
									default: 0,
									description: 'Tax percentage, e.g. 13',
								},
								{
									displayName: 'Unit Price',
									name: 'unit_price',
									type: 'number',
									default: 0,
									description:
										"Price of one unit, in cents (the currency's smallest unit):	1000 is 10.00",
								},
							],
						},
					],
				},
				{
					displayName: 'Total',
					name: 'total',
					type: 'number',
					typeOptions: { minValue: 0 },
					displayOptions: { show: { amountMode: ['total'] } },
					default: 0,
					description:
						"The amount of the invoice, in cents (the currency's smallest unit): 1000 is 10.00",
				},
				additionalFields([
					{
						displayName: 'Billing Reason',
						name: 'billing_reason',
						type: 'options',
						options: [
							{ name: 'Manual', value: 'manual' },
							{ name: 'Order Create', value: 'order_create' },
							{ name: 'Subscription Create', value: 'subscription_create' },
							{ name: 'Subscription Cycle', value: 'subscription_cycle' },
							{ name: 'Subscription Update', value: 'subscription_update' },
						],
						default: 'manual',
					},
					{ displayName: 'Due Date', name: 'due_date', type: 'dateTime', default: '' },
					{ displayName: 'Period End', name: 'period_end', type: 'dateTime', default: '' },
					{ displayName: 'Period Start', name: 'period_start', type: 'dateTime', default: '' },
					{
						displayName: 'Status',
						name: 'status',
						type: 'options',
						options: statusOptions,
						default: 'open',
					},
					{
						displayName: 'Subscription ID',
						name: 'subscription_id',
						type: 'string',
						default: '',
					},
				]),
			],
			run: one((params) => ({ method: 'POST', path: '/invoices', body: createBody(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an invoice',
			fields: [invoiceId, expand],
			run: one((params) => ({ method: 'GET', path: invoicePath(params), qs: expandQuery(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many invoices',
			isDefault: true,
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
					customerFilter('invoices'),
					{
						displayName: 'Status',
						name: 'status',
						type: 'multiOptions',
						options: statusOptions,
						default: [],
					},
				]),
				{
					displayName: 'Sort',
					name: 'sort',
					type: 'options',
					options: [
						{ name: 'Created (Newest First)', value: '-created_at' },
						{ name: 'Created (Oldest First)', value: 'created_at' },
						{ name: 'Default', value: '' },
						{ name: 'ID', value: 'id' },
						{ name: 'Status', value: 'status' },
					],
					default: '',
				},
				expand,
			],
			run: many((params) => {
				const filters = params.numericIds(params.fields('filters'), { customer_id: 'Customer ID' });
				const qs: IDataObject = { ...expandQuery(params) };
				// Invoices filter on id, status, metadata.* (R/api-core-filtering-and-sorting); the
				// customer filter's name is not documented.
				if (Array.isArray(filters.status) && filters.status.length > 0)
					qs['filter[status]'] = `eq:${filters.status.join(',')}`;
				if (filters.customer_id !== undefined) qs.customer_id = filters.customer_id;
				const sort = params.string('sort');
				if (sort !== '') qs.sort = sort;
				return { method: 'GET', path: '/invoices', qs };
			}),
		},
		action(
			{
				value: 'markUncollectible',
				name: 'Mark Uncollectible',
				action: 'Mark an invoice as uncollectible',
				description: 'Only an open invoice; uncollectible is final',
			},
			'uncollectible',
		),
		action(
			{
				value: 'payOffline',
				name: 'Pay Offline',
				action: 'Pay an invoice offline',
				description:
					'Records a payment received outside Pelcro (check, wire, cash…) and marks the invoice paid',
			},
			'pay_offline',
			[
				{
					displayName: 'Reference',
					name: 'reference',
					type: 'string',
					required: true,
					default: '',
					description: 'E.g. the check number.',
				},
				paymentCategoryField,
			],
			(params) => ({
				reference: params.required('reference'),
				payment_category: params.number('payment_category'),
			}),
		),
		{
			value: 'updateMetadata',
			name: 'Update Metadata',
			action: 'Update the metadata of an invoice',
			fields: [invoiceId, { ...metadataField(false), required: true }],
			run: one((params) => ({
				method: 'PUT',
				path: invoicePath(params),
				body: { metadata: params.json('metadata') },
			})),
		},
		action(
			{
				value: 'void',
				name: 'Void',
				action: 'Void an invoice',
				description: 'Not for paid, partly paid or uncollectible invoices',
			},
			'void',
		),
	],
};
