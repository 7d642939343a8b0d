import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { commentField, commentRequests, tagField, tagRequests } from './tagsAndComments';
import { withPicqerDates } from '../picqerDates';
import { addressFields, customerLocator, productLinesField } from './common';

const show = (operation: string[]) => ({ resource: ['order'], operation });

export const orderOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['order'] } },
	options: [
		{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to an order' },
		{ name: 'Add Note', value: 'addNote', action: 'Add a note to an order' },
		{ name: 'Add Product', value: 'addProduct', action: 'Add a product to a concept order' },
		{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to an order' },
		{ name: 'Cancel', value: 'cancel', action: 'Cancel an order' },
		{ name: 'Create', value: 'create', action: 'Create an order' },
		{ name: 'Get', value: 'get', action: 'Get an order' },
		{ name: 'Get Comments', value: 'getComments', action: 'Get the comments of an order' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many orders' },
		{ name: 'Get Notes', value: 'getNotes', action: 'Get the notes of an order' },
		{
			name: 'Get Product Status',
			value: 'getProductStatus',
			action: 'Get the product status of an order',
		},
		{ name: 'Get Tags', value: 'getTags', action: 'Get the tags of an order' },
		{ name: 'Pause', value: 'pause', action: 'Pause an order' },
		{ name: 'Process', value: 'process', action: 'Process an order' },
		{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from an order' },
		{ name: 'Resume', value: 'resume', action: 'Resume a paused order' },
		{ name: 'Update', value: 'update', action: 'Update an order' },
	],
	default: 'get',
};

const withOrderId = [
	'addComment',
	'addNote',
	'addProduct',
	'addTag',
	'cancel',
	'get',
	'getComments',
	'getNotes',
	'getProductStatus',
	'getTags',
	'pause',
	'process',
	'removeTag',
	'resume',
	'update',
];

const orderDetails: INodeProperties[] = [
	{
		displayName: 'Customer Remarks',
		name: 'customer_remarks',
		type: 'string',
		default: '',
		description: 'Printed on the picklist and packing slip',
	},
	{
		displayName: 'Discount',
		name: 'discount',
		type: 'number',
		default: 0,
		description: 'Discount percentage of the order',
	},
	{
		displayName: 'Email Address',
		name: 'emailaddress',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email address of the customer',
	},
	{
		displayName: 'Invoiced',
		name: 'invoiced',
		type: 'boolean',
		default: false,
		description: 'Whether the order is already invoiced elsewhere, so Picqer does not invoice it',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{ name: 'Dutch', value: 'nl' },
			{ name: 'English', value: 'en' },
		],
		default: 'nl',
		description: 'Language of the documents for this order',
	},
	{
		displayName: 'Partial Delivery',
		name: 'partialdelivery',
		type: 'boolean',
		default: false,
		description: 'Whether products in stock may ship before the rest',
	},
	{
		displayName: 'Preferred Delivery Date',
		name: 'preferred_delivery_date',
		type: 'dateTime',
		default: '',
		description: 'The date the customer wants the order delivered',
	},
	{
		displayName: 'Reference',
		name: 'reference',
		type: 'string',
		default: '',
		description: 'Your reference, printed on invoice and picklist',
	},
	{
		displayName: 'Shipping Profile Name or ID',
		name: 'idshippingprovider_profile',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShippingProfiles' },
		default: '',
		description:
			'Preferred shipping profile. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Telephone',
		name: 'telephone',
		type: 'string',
		default: '',
		description: 'Telephone number of the customer',
	},
	{
		displayName: 'Template Name or ID',
		name: 'idtemplate',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTemplates' },
		default: '',
		description:
			'Template for the documents; the default template when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	...addressFields('delivery'),
	...addressFields('invoice'),
];

const productRow: INodeProperties[] = [
	{
		displayName: 'Product ID',
		name: 'idproduct',
		type: 'string',
		default: '',
		required: true,
		description: 'Picqer ID of the product (see Product > Get Many)',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many to order',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Unit price; leave 0 to use the product price',
	},
	{
		displayName: 'Remarks',
		name: 'remarks',
		type: 'string',
		default: '',
		description: 'Remarks for this order line',
	},
];

export const orderFields: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(withOrderId) },
		description: 'The Picqer ID of the order (idorder), not the order number',
	},
	useJsonBody('order', ['create', 'update']),
	jsonBody(
		'order',
		['create', 'update'],
		'The order as Picqer\'s API expects it, e.g. {"idcustomer": 1, "products": [{"idproduct": 2, "amount": 1}]}',
	),
	{
		...customerLocator('customerId', { ...show(['create']), useJsonBody: [false] }, false),
		description: 'The customer; leave empty for a guest order',
	},
	productLinesField(
		{
			displayName: 'Products',
			name: 'products',
			required: true,
			displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		},
		productRow,
	),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: [
			...orderDetails,
			{
				displayName: 'Warehouse Names or IDs',
				name: 'warehouses',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getWarehouses' },
				default: [],
				description:
					'Warehouses that may fulfil this order; all that accept orders when empty. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
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
	{ ...productRow[0], name: 'productId', displayOptions: { show: show(['addProduct']) } },
	{ ...productRow[1], name: 'amount', displayOptions: { show: show(['addProduct']) } },
	{
		displayName: 'Additional Fields',
		name: 'lineFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['addProduct']) },
		options: [productRow[2], productRow[3]],
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: { show: show(['addNote']) },
		description: 'Text of the note',
	},
	{
		displayName: 'Force',
		name: 'force',
		type: 'boolean',
		default: false,
		displayOptions: { show: show(['cancel']) },
		description: 'Whether to cancel even when picklists were already created or picked',
	},
	tagField('order'),
	commentField('order'),
	...returnAllAndLimit('order', ['getAll', 'getComments', 'getNotes']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Before ID',
				name: 'beforeid',
				type: 'string',
				default: '',
				description: 'Only orders with a lower idorder',
			},
			{
				displayName: 'Customer ID',
				name: 'idcustomer',
				type: 'string',
				default: '',
				description: 'Only orders of this customer',
			},
			{
				displayName: 'Email Address',
				name: 'emailaddress',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Only orders with this email address',
			},
			{
				displayName: 'Order Number',
				name: 'orderid',
				type: 'string',
				default: '',
				description: 'The order number shown in Picqer, e.g. 20240001',
			},
			{
				displayName: 'Reference',
				name: 'reference',
				type: 'string',
				default: '',
				description: 'Only orders with this reference',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Searches order number, reference and customer names',
			},
			{
				displayName: 'Since Date',
				name: 'sincedate',
				type: 'dateTime',
				default: '',
				description: 'Only orders created or changed on or after this date',
			},
			{
				displayName: 'Since ID',
				name: 'sinceid',
				type: 'string',
				default: '',
				description: 'Only orders with a higher idorder',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Cancelled', value: 'cancelled' },
					{ name: 'Completed', value: 'completed' },
					{ name: 'Concept', value: 'concept' },
					{ name: 'Expected', value: 'expected' },
					{ name: 'Paused', value: 'paused' },
					{ name: 'Processing', value: 'processing' },
				],
				default: 'processing',
			},
			{
				displayName: 'Tag Name',
				name: 'tag',
				type: 'string',
				default: '',
				description: 'Only orders with this tag',
			},
			{
				displayName: 'Until Date',
				name: 'untildate',
				type: 'dateTime',
				default: '',
				description: 'Only orders created or changed before this date',
			},
			{
				displayName: 'Warehouse Name or ID',
				name: 'idwarehouse',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getWarehouses' },
				default: '',
				description:
					'Only orders for this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

const DATE_FIELDS = ['preferred_delivery_date', 'sincedate', 'untildate'];

function orderLines(params: Params): IDataObject[] {
	const lines = params.rows('products', 'product');
	if (lines.length === 0) params.invalid('products', 'needs at least one product');
	return lines.map((line) => {
		const { idproduct, amount, price, remarks } = line;
		if (!/^\d+$/.test(String(idproduct ?? '').trim())) {
			params.invalid('productId', `must be a numeric ID, got "${String(idproduct ?? '')}"`);
		}
		return {
			idproduct: Number(idproduct),
			amount: Number(amount ?? 1),
			...(price ? { price: Number(price) } : {}),
			...(remarks ? { remarks } : {}),
		};
	});
}

function createBody(params: Params): IDataObject {
	return params.bodyOrJson(() => {
		const customer = params.string('customerId');
		return {
			...withPicqerDates(params.fields('additionalFields'), DATE_FIELDS),
			...(customer ? { idcustomer: Number(params.id('customerId', { numeric: true })) } : {}),
			products: orderLines(params),
		};
	});
}

const orderPath = (params: Params, suffix = '') =>
	path`/orders/${params.id('orderId', { numeric: true })}` + suffix;

export const orderRequests: Record<string, Operation> = {
	create: call((params) => ({ method: 'POST', path: '/orders', body: createBody(params) })),
	get: call((params) => ({ method: 'GET', path: orderPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/orders',
		qs: withPicqerDates(params.fields('filters'), DATE_FIELDS),
	})),
	update: call((params) => ({
		method: 'PUT',
		path: orderPath(params),
		body: params.bodyOrJson(() => withPicqerDates(params.fields('updateFields'), DATE_FIELDS)),
	})),
	// Picqer cancels an order with DELETE; it stays visible with status cancelled.
	cancel: call((params) => ({
		method: 'DELETE',
		path: orderPath(params),
		qs: params.boolean('force') ? { force: true } : undefined,
	})),
	process: call((params) => ({ method: 'POST', path: orderPath(params, '/process') })),
	pause: call((params) => ({ method: 'POST', path: orderPath(params, '/pause') })),
	resume: call((params) => ({ method: 'POST', path: orderPath(params, '/resume') })),
	addProduct: call((params) => ({
		method: 'POST',
		path: orderPath(params, '/products'),
		body: {
			idproduct: Number(params.id('productId', { numeric: true })),
			amount: params.number('amount'),
			...params.fields('lineFields'),
		},
	})),
	getProductStatus: call((params) => ({
		method: 'GET',
		path: orderPath(params, '/productstatus'),
	})),
	...tagRequests(orderPath),
	...commentRequests(orderPath),
	getNotes: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: orderPath(params, '/notes'),
	})),
	addNote: call((params) => ({
		method: 'POST',
		path: orderPath(params, '/notes'),
		body: { note: params.required('note') },
	})),
};
