import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	asList,
	byOf,
	customFieldsOf,
	entity,
	entityFields,
	filterOf,
	rcCall,
	rcList,
	rcUpload,
	withFilter,
} from '../retailCrmRequests';
import {
	byField,
	createdRangeFilters,
	customFieldsCollection,
	idAndManagerFilters,
	idField,
	jsonArrayField,
	siteField,
} from './common';

const show = (operation: string[]) => ({ resource: ['order'], operation });

export const orderOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['order'] } },
	options: [
		{ name: 'Create', value: 'create', action: 'Create an order' },
		{ name: 'Create Payment', value: 'createPayment', action: 'Create a payment of an order' },
		{ name: 'Delete Payment', value: 'deletePayment', action: 'Delete a payment of an order' },
		{
			name: 'Fix External IDs',
			value: 'fixExternalIds',
			action: 'Fix the external identifiers of orders',
		},
		{ name: 'Get', value: 'get', action: 'Get an order' },
		{ name: 'Get History', value: 'getHistory', action: 'Get the change history of orders' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many orders' },
		{ name: 'Get Statuses', value: 'getStatuses', action: 'Get the statuses of orders' },
		{ name: 'Update', value: 'update', action: 'Update an order' },
		{ name: 'Update Payment', value: 'updatePayment', action: 'Update a payment of an order' },
		{ name: 'Upload', value: 'upload', action: 'Upload orders in batches' },
	],
	default: 'get',
};

const orderDetails: INodeProperties[] = [
	{
		displayName: 'Created At',
		name: 'createdAt',
		type: 'dateTime',
		default: '',
		description: 'When the order was placed, in the time zone of the account',
	},
	{
		displayName: 'Customer Comment',
		name: 'customerComment',
		type: 'string',
		default: '',
		description: 'Comment left by the customer',
	},
	{
		displayName: 'Customer External ID',
		name: 'customer__externalId',
		type: 'string',
		default: '',
		description: 'Links the order to the customer with this external ID',
	},
	{
		displayName: 'Customer ID',
		name: 'customer__id',
		type: 'number',
		default: 0,
		description: 'Links the order to the customer with this RetailCRM ID',
	},
	{
		displayName: 'Delivery Address',
		name: 'delivery__address__text',
		type: 'string',
		default: '',
		description: 'Delivery address as one line of text',
	},
	{
		displayName: 'Delivery Cost',
		name: 'delivery__cost',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Price of the delivery charged to the customer',
	},
	{
		displayName: 'Delivery Type Name or ID',
		name: 'delivery__code',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDeliveryTypes' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email address of the customer',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the order in your own system',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Manager Comment',
		name: 'managerComment',
		type: 'string',
		default: '',
		description: 'Internal comment of the manager',
	},
	{
		displayName: 'Manager Name or ID',
		name: 'managerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		description:
			'The user responsible for the order. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Number',
		name: 'number',
		type: 'string',
		default: '',
		description: 'Order number; RetailCRM assigns one when empty',
	},
	{
		displayName: 'Order Method Name or ID',
		name: 'orderMethod',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOrderMethods' },
		default: '',
		description:
			'How the order was placed. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Order Type Name or ID',
		name: 'orderType',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOrderTypes' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		description: 'Phone number of the customer',
	},
	{
		displayName: 'Status Name or ID',
		name: 'status',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getStatuses' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

const itemRow: INodeProperties[] = [
	{
		displayName: 'Offer External ID',
		name: 'offerExternalId',
		type: 'string',
		default: '',
		description: 'The offer (product variant) by its external ID',
	},
	{
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		default: '',
		description: 'The offer (product variant) by its RetailCRM ID; takes precedence',
	},
	{
		displayName: 'Price',
		name: 'initialPrice',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Unit price; leave 0 to use the catalogue price',
	},
	{
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		default: '',
		description: 'Name of a product that is not in the catalogue',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
	},
];

const orderFilters: INodeProperties[] = [
	...createdRangeFilters('createdAtFrom', 'createdAtTo', 'orders'),
	{
		displayName: 'Customer External ID',
		name: 'customerExternalId',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Delivery Type Names or IDs',
		name: 'deliveryTypes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDeliveryTypes' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	...idAndManagerFilters,
	{
		displayName: 'Numbers',
		name: 'numbers',
		type: 'string',
		default: '',
		description: 'Comma-separated order numbers',
	},
	{
		displayName: 'Order Type Names or IDs',
		name: 'orderTypes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getOrderTypes' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Payment Status Names or IDs',
		name: 'paymentStatuses',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getPaymentStatuses' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Payment Type Names or IDs',
		name: 'paymentTypes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getPaymentTypes' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Site Names or IDs',
		name: 'sites',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getSites' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Status Names or IDs',
		name: 'extendedStatus',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getStatuses' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Status Updated From',
		name: 'statusUpdatedAtFrom',
		type: 'dateTime',
		default: '',
		description: 'Only orders whose status changed on or after this date',
	},
	{
		displayName: 'Status Updated To',
		name: 'statusUpdatedAtTo',
		type: 'dateTime',
		default: '',
		description: 'Only orders whose status changed on or before this date',
	},
];

const paymentDetails: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		default: '',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the payment in your own system',
	},
	{
		displayName: 'Paid At',
		name: 'paidAt',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Status Name or ID',
		name: 'status',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPaymentStatuses' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

export const orderFields: INodeProperties[] = [
	byField(show(['get', 'update'])),
	idField('orderId', 'Order ID', show(['get', 'update'])),
	siteField(
		show(['create', 'createPayment', 'get', 'update', 'updatePayment', 'upload', 'deletePayment']),
	),
	useJsonBody('order', ['create', 'update']),
	jsonBody(
		'order',
		['create', 'update'],
		'The order as RetailCRM\'s API expects it, e.g. {"firstName": "Ann", "items": [{"offer": {"externalId": "A1"}, "quantity": 1}]}',
	),
	{
		displayName: 'Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Item',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: [{ displayName: 'Item', name: 'item', values: itemRow }],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: orderDetails,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: orderDetails,
	},
	customFieldsCollection({ ...show(['create', 'update']), useJsonBody: [false] }),
	...returnAllAndLimit('order'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: orderFilters,
	},
	...returnAllAndLimit('order', 'getHistory'),
	{
		displayName: 'Filters',
		name: 'historyFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getHistory']) },
		options: [
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Only changes made on or before this time',
			},
			{
				displayName: 'Order External ID',
				name: 'orderExternalId',
				type: 'string',
				default: '',
				description: 'Only changes of this order',
			},
			{
				displayName: 'Order ID',
				name: 'orderId',
				type: 'string',
				default: '',
				description: 'Only changes of this order',
			},
			{
				displayName: 'Since ID',
				name: 'sinceId',
				type: 'number',
				default: 0,
				description: 'Only changes after the history record with this ID',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'Only changes made on or after this time',
			},
		],
	},
	{
		displayName: 'IDs',
		name: 'statusIds',
		type: 'string',
		default: '',
		displayOptions: { show: show(['getStatuses']) },
		description: 'Comma-separated RetailCRM IDs of the orders',
	},
	{
		displayName: 'External IDs',
		name: 'statusExternalIds',
		type: 'string',
		default: '',
		displayOptions: { show: show(['getStatuses']) },
		description: 'Comma-separated external IDs of the orders',
	},
	byField(show(['createPayment']), 'orderBy', 'Order Identified By'),
	idField('paymentOrderId', 'Order ID', show(['createPayment'])),
	{
		displayName: 'Payment Type Name or ID',
		name: 'paymentType',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPaymentTypes' },
		required: true,
		default: '',
		displayOptions: { show: show(['createPayment']) },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Additional Fields',
		name: 'paymentFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['createPayment']) },
		options: paymentDetails,
	},
	byField(show(['updatePayment'])),
	idField('paymentId', 'Payment ID', show(['updatePayment'])),
	{
		displayName: 'Payment ID',
		name: 'paymentId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['deletePayment']) },
		description: 'The RetailCRM ID of the payment',
	},
	{
		displayName: 'Update Fields',
		name: 'paymentUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['updatePayment']) },
		options: [
			...paymentDetails,
			{
				displayName: 'Payment Type Name or ID',
				name: 'type',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getPaymentTypes' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
		],
	},
	jsonArrayField(
		'orders',
		'Orders',
		show(['upload']),
		'JSON array of orders as RetailCRM\'s API expects them, e.g. [{"externalId": "A1", "firstName": "Ann"}]. Sent 50 per request.',
	),
	{
		displayName: 'Orders',
		name: 'externalIdPairs',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Order',
		default: {},
		required: true,
		displayOptions: { show: show(['fixExternalIds']) },
		options: [
			{
				displayName: 'Order',
				name: 'order',
				values: [
					{
						displayName: 'ID',
						name: 'id',
						type: 'number',
						default: 0,
						description: 'The RetailCRM ID of the order',
					},
					{
						displayName: 'External ID',
						name: 'externalId',
						type: 'string',
						default: '',
						description: 'The external ID to set',
					},
				],
			},
		],
	},
];

function orderItems(params: Params): IDataObject[] | undefined {
	const rows = params.rows('items', 'item');
	if (rows.length === 0) return undefined;
	return rows.map((row, index) => {
		const offerId = String(row.offerId ?? '').trim();
		const offerExternalId = String(row.offerExternalId ?? '').trim();
		const productName = String(row.productName ?? '').trim();
		if (!offerId && !offerExternalId && !productName) {
			params.invalid(
				'items',
				`row ${index + 1} needs an offer ID, an offer external ID or a product name`,
			);
		}
		return {
			...(offerId ? { offer: { id: Number(offerId) } } : {}),
			...(!offerId && offerExternalId ? { offer: { externalId: offerExternalId } } : {}),
			...(productName ? { productName } : {}),
			...(row.initialPrice ? { initialPrice: Number(row.initialPrice) } : {}),
			quantity: Number(row.quantity ?? 1),
		};
	});
}

function orderBody(params: Params, collection: string, withItems: boolean): IDataObject {
	return params.bodyOrJson(() => {
		const items = withItems ? orderItems(params) : undefined;
		const custom = customFieldsOf(params);
		return {
			...entityFields(params.fields(collection), ['createdAt']),
			...(items ? { items } : {}),
			...(custom ? { customFields: custom } : {}),
		};
	});
}

const orderPath = (params: Params, suffix = '') => path`/orders/${params.id('orderId')}` + suffix;

const ORDER_FILTERS = {
	lists: [
		'ids',
		'externalIds',
		'numbers',
		'extendedStatus',
		'sites',
		'orderTypes',
		'paymentStatuses',
		'paymentTypes',
		'deliveryTypes',
		'managers',
	],
	dates: ['createdAtFrom', 'createdAtTo', 'statusUpdatedAtFrom', 'statusUpdatedAtTo'],
};

export const orderRequests: Record<string, Operation> = {
	create: rcCall(
		(params) => ({
			method: 'POST',
			path: '/orders/create',
			body: { order: orderBody(params, 'additionalFields', true) },
		}),
		{ site: true, pick: entity('order') },
	),
	get: rcCall((params) => ({ method: 'GET', path: orderPath(params), qs: { by: byOf(params) } }), {
		site: true,
		pick: entity('order'),
	}),
	getAll: rcList('orders', (params) => ({
		method: 'GET',
		path: '/orders',
		qs: withFilter(filterOf(params.fields('filters'), ORDER_FILTERS)),
	})),
	update: rcCall(
		(params) => ({
			method: 'POST',
			path: orderPath(params, '/edit'),
			body: { order: orderBody(params, 'updateFields', false), by: byOf(params) },
		}),
		{ site: true, pick: entity('order') },
	),
	getHistory: rcList('history', (params) => ({
		method: 'GET',
		path: '/orders/history',
		qs: withFilter(
			filterOf(params.fields('historyFilters'), { dateTimes: ['startDate', 'endDate'] }),
		),
	})),
	getStatuses: rcCall(
		(params) => {
			const ids = asList(params.string('statusIds'));
			const externalIds = asList(params.string('statusExternalIds'));
			if (ids.length === 0 && externalIds.length === 0) {
				params.invalid('statusIds', 'or "External IDs" needs at least one value');
			}
			return { method: 'GET', path: '/orders/statuses', qs: { ids, externalIds } };
		},
		{ pick: (body) => (body.orders as IDataObject[] | undefined) ?? [] },
	),
	createPayment: rcCall(
		(params) => {
			const by = byOf(params, 'orderBy');
			const order = params.id('paymentOrderId');
			return {
				method: 'POST',
				path: '/orders/payments/create',
				body: {
					payment: {
						...entityFields(params.fields('paymentFields'), ['paidAt']),
						type: params.required('paymentType'),
						order: by === 'id' ? { id: Number(order) } : { externalId: order },
					},
				},
			};
		},
		{ site: true },
	),
	updatePayment: rcCall(
		(params) => ({
			method: 'POST',
			path: path`/orders/payments/${params.id('paymentId')}/edit`,
			body: {
				payment: entityFields(params.fields('paymentUpdateFields'), ['paidAt']),
				by: byOf(params),
			},
		}),
		{ site: true },
	),
	deletePayment: rcCall(
		(params) => ({
			method: 'POST',
			path: path`/orders/payments/${params.id('paymentId', { numeric: true })}/delete`,
		}),
		{ site: true },
	),
	upload: rcUpload({
		path: '/orders/upload',
		field: 'orders',
		param: 'orders',
		batchSize: 50,
		uploaded: 'uploadedOrders',
		failed: 'failedOrders',
		site: true,
	}),
	fixExternalIds: rcCall((params) => {
		const rows = params.rows('externalIdPairs', 'order');
		if (rows.length === 0) params.invalid('externalIdPairs', 'needs at least one order');
		return {
			method: 'POST',
			path: '/orders/fix-external-ids',
			body: {
				orders: rows.map((row) => ({ id: Number(row.id), externalId: String(row.externalId) })),
			},
		};
	}),
};
