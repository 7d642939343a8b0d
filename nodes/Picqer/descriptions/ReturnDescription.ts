import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { commentField, commentRequests } from './tagsAndComments';
import { withPicqerDates } from '../picqerDates';
import { productLine, productLinesField } from './common';

const show = (operation: string[]) => ({ resource: ['return'], operation });

export const returnOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['return'] } },
	options: [
		{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to a return' },
		{
			name: 'Add Returned Product',
			value: 'addReturnedProduct',
			action: 'Add a returned product to a return',
		},
		{ name: 'Change Status', value: 'changeStatus', action: 'Change the status of a return' },
		{ name: 'Create', value: 'create', action: 'Create a return' },
		{ name: 'Get', value: 'get', action: 'Get a return' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many returns' },
		{
			name: 'Get Returned Products',
			value: 'getReturnedProducts',
			action: 'Get the returned products of a return',
		},
		{ name: 'Receive', value: 'receive', action: 'Receive the products of a return' },
		{ name: 'Update', value: 'update', action: 'Update a return' },
	],
	default: 'get',
};

const withReturnId = [
	'addComment',
	'addReturnedProduct',
	'changeStatus',
	'get',
	'getReturnedProducts',
	'receive',
	'update',
];

const text = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
});

const returnDetails: INodeProperties[] = [
	text('Address', 'address', 'Street and house number of the customer'),
	text('Address 2', 'address2', 'Second address line (not accepted by every carrier)'),
	text('City', 'city', 'City of the customer'),
	text('Contact Name', 'contactname', 'Contact person at the customer'),
	text('Country', 'country', 'Two-letter ISO 3166 country code, e.g. NL'),
	{
		...text('Email Address', 'emailaddress', 'Email address of the customer'),
		placeholder: 'name@email.com',
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
		description: 'Language used with the customer',
	},
	text('Name', 'name', 'Name of the customer'),
	{
		displayName: 'Received At',
		name: 'received_at',
		type: 'dateTime',
		default: '',
		description: 'When the return arrived from the customer',
	},
	text('Reference', 'reference', 'Your reference, printed on documents'),
	text('Region', 'region', 'Region, state or province of the customer'),
	text('Telephone', 'telephone', 'Telephone number of the customer'),
	text('Tracking Code', 'tracking_code', 'Tracking code of the parcel the customer sent back'),
	text('Zip Code', 'zipcode', 'Postal code of the customer'),
];

const returnedProductValues: INodeProperties[] = [
	{
		displayName: 'Product ID',
		name: 'idproduct',
		type: 'string',
		default: '',
		required: true,
		description: 'Picqer ID of the returned product (see Product > Get Many)',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many the customer returns',
	},
	{
		displayName: 'Reason Name or ID',
		name: 'idreturn_reason',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getReturnReasons' },
		default: '',
		description:
			'Why the customer returns it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Price per unit; leave 0 to use the product price',
	},
];

export const returnFields: INodeProperties[] = [
	{
		displayName: 'Return ID',
		name: 'returnId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(withReturnId) },
		description: 'The Picqer ID of the return (idreturn), not the return number',
	},
	useJsonBody('return', ['create', 'update']),
	jsonBody(
		'return',
		['create', 'update'],
		'The return as Picqer\'s API expects it, e.g. {"idorder": 1, "returned_products": [{"idproduct": 2, "amount": 1, "idreturn_reason": 3}]}',
	),
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description:
			'The order being returned (idorder); name and address are copied from it unless given below',
	},
	productLinesField(
		{
			displayName: 'Returned Products',
			name: 'returnedProducts',
			displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		},
		returnedProductValues,
	),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: [
			...returnDetails,
			text(
				'Customer ID',
				'idcustomer',
				'The customer (idcustomer); name and address are copied from it unless given',
			),
			{
				displayName: 'Return Status Name or ID',
				name: 'idreturn_status',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getReturnStatuses' },
				default: '',
				description:
					'Status of the new return; the account\'s default status when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
		],
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: returnDetails,
	},
	{
		...returnedProductValues[0],
		name: 'productId',
		displayOptions: { show: show(['addReturnedProduct']) },
	},
	{
		...returnedProductValues[1],
		required: true,
		displayOptions: { show: show(['addReturnedProduct']) },
	},
	{
		displayName: 'Reason Name or ID',
		name: 'idreturn_reason',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getReturnReasons' },
		default: '',
		displayOptions: { show: show(['addReturnedProduct']) },
		description:
			'Why the customer returns it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ ...returnedProductValues[3], displayOptions: { show: show(['addReturnedProduct']) } },
	{
		displayName: 'Return Status Name or ID',
		name: 'statusId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getReturnStatuses' },
		required: true,
		default: '',
		displayOptions: { show: show(['changeStatus']) },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Additional Fields',
		name: 'statusFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['changeStatus']) },
		options: [
			text('Message', 'message', 'A note logged with the status change'),
			{
				displayName: 'Notify Customer',
				name: 'notify_customer',
				type: 'boolean',
				default: false,
				description: 'Whether Picqer emails the customer about the new status',
			},
		],
	},
	{
		displayName: 'Products to Receive',
		name: 'receivedProducts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		default: {},
		displayOptions: { show: show(['receive']) },
		description: 'Leave empty to receive everything still expected',
		options: [
			{
				displayName: 'Product',
				name: 'product',
				values: [
					{
						displayName: 'Returned Product ID',
						name: 'idreturn_product',
						type: 'string',
						default: '',
						required: true,
						description: 'ID of the line (idreturn_product), see Get Returned Products',
					},
					{
						displayName: 'Amount',
						name: 'amount',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description: 'How many arrived',
					},
				],
			},
		],
	},
	commentField('return'),
	...returnAllAndLimit('return', ['getAll', 'getComments']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			text('Customer ID', 'idcustomer', 'Only returns of this customer'),
			text('Order ID', 'idorder', 'Only returns of this order (idorder)'),
			text('Return Number', 'returnid', 'The return number shown in Picqer'),
			{
				displayName: 'Return Status Name or ID',
				name: 'idreturn_status',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getReturnStatuses' },
				default: '',
				description:
					'Only returns with this status. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			text('Search', 'search', 'Searches return and order numbers, names and email addresses'),
			{
				displayName: 'Since Date',
				name: 'sincedate',
				type: 'dateTime',
				default: '',
				description: 'Only returns created or changed on or after this date',
			},
			text('Since ID', 'sinceid', 'Only returns with a higher idreturn'),
		],
	},
];

const ID_LABELS = {
	idcustomer: 'customerId',
	idreturn_status: 'returnStatus',
	idtemplate: 'template',
};

function returnedProduct(params: Params, line: IDataObject): IDataObject {
	return productLine(params, params.numericIds(line, { idreturn_reason: 'reason' }));
}

function createBody(params: Params): IDataObject {
	return params.bodyOrJson(() => {
		const fields = params.numericIds(
			withPicqerDates(params.fields('additionalFields'), ['received_at']),
			ID_LABELS,
		);
		const order = params.string('orderId');
		if (!order && fields.idcustomer === undefined && !fields.name) {
			params.invalid('orderId', 'is required (or set a Customer ID or Name)');
		}
		const lines = params.rows('returnedProducts', 'product');
		return {
			...(order ? { idorder: Number(params.id('orderId', { numeric: true })) } : {}),
			...fields,
			...(lines.length > 0
				? { returned_products: lines.map((line) => returnedProduct(params, line)) }
				: {}),
		};
	});
}

function receiveBody(params: Params): IDataObject | undefined {
	const lines = params.rows('receivedProducts', 'product');
	if (lines.length === 0) return undefined;
	return {
		returned_products: lines.map((line) => {
			const { idreturn_product, amount } = params.numericIds(line, {
				idreturn_product: 'returnedProductId',
			});
			if (idreturn_product === undefined) params.invalid('returnedProductId', 'is required');
			const count = Number(amount ?? 1);
			if (!Number.isInteger(count) || count < 1)
				params.invalid('amount', 'must be a whole number of at least 1');
			return { idreturn_product, amount: count };
		}),
	};
}

const returnPath = (params: Params, suffix = '') =>
	path`/returns/${params.id('returnId', { numeric: true })}` + suffix;

export const returnRequests: Record<string, Operation> = {
	create: call((params) => ({ method: 'POST', path: '/returns', body: createBody(params) })),
	get: call((params) => ({ method: 'GET', path: returnPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/returns',
		qs: params.numericIds(withPicqerDates(params.fields('filters'), ['sincedate']), {
			idcustomer: 'customerId',
			idorder: 'orderId',
			idreturn_status: 'returnStatus',
			sinceid: 'sinceId',
		}),
	})),
	update: call((params) => ({
		method: 'PUT',
		path: returnPath(params),
		body: params.bodyOrJson(() => withPicqerDates(params.fields('updateFields'), ['received_at'])),
	})),
	receive: call((params) => ({
		method: 'POST',
		path: returnPath(params, '/receive'),
		body: receiveBody(params),
	})),
	// Picqer logs a status change (with an optional message) on the return's log.
	changeStatus: call((params) => ({
		method: 'POST',
		path: returnPath(params, '/logs'),
		body: {
			idreturn_status: Number(params.id('statusId', { numeric: true })),
			...params.fields('statusFields'),
		},
	})),
	getReturnedProducts: call((params) => ({
		method: 'GET',
		path: returnPath(params, '/returned_products'),
	})),
	addReturnedProduct: call((params) => ({
		method: 'POST',
		path: returnPath(params, '/returned_products'),
		body: returnedProduct(params, {
			idproduct: params.string('productId'),
			amount: params.number('amount'),
			idreturn_reason: params.string('idreturn_reason') || undefined,
			price: params.number('price', 0),
		}),
	})),
	...commentRequests(returnPath),
};
