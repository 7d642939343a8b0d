import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { withYmdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { productLine, productLinesField } from '../fields';
import { picqerPages } from '../PicqerProfile';
import type { Entity } from './tagsAndComments';
import { commentOperations } from './tagsAndComments';

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

const returnId: INodeProperties = {
	displayName: 'Return ID',
	name: 'returnId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the return (idreturn), not the return number',
};

const returnBody = jsonBody(
	'The return as Picqer\'s API expects it, e.g. {"idorder": 1, "returned_products": [{"idproduct": 2, "amount": 1, "idreturn_reason": 3}]}',
);

const paging = returnAllAndLimit();

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
			withYmdHis(params.fields('additionalFields'), ['received_at']),
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
			return { idreturn_product, amount: params.positiveInteger('amount', amount ?? 1) };
		}),
	};
}

const returnPath = (params: Params, suffix = '') =>
	path`/returns/${params.id('returnId', { numeric: true })}` + suffix;
const entity: Entity = { noun: 'a return', id: returnId, pathOf: returnPath };

/** Picqer returns: https://picqer.com/en/api/returns */
export const returnResource: ResourceDefinition = {
	name: 'Return',
	value: 'return',
	operations: [
		{
			value: 'addReturnedProduct',
			name: 'Add Returned Product',
			action: 'Add a returned product to a return',
			fields: [
				returnId,
				{ ...returnedProductValues[0], name: 'productId' },
				{ ...returnedProductValues[1], required: true },
				returnedProductValues[2],
				returnedProductValues[3],
			],
			run: call((params) => ({
				method: 'POST',
				path: returnPath(params, '/returned_products'),
				body: returnedProduct(params, {
					idproduct: params.string('productId'),
					amount: params.number('amount'),
					idreturn_reason: params.string('idreturn_reason') || undefined,
					price: params.number('price', 0),
				}),
			})),
		},
		{
			value: 'changeStatus',
			name: 'Change Status',
			action: 'Change the status of a return',
			fields: [
				returnId,
				{
					displayName: 'Return Status Name or ID',
					name: 'statusId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getReturnStatuses' },
					required: true,
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Additional Fields',
					name: 'statusFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
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
			],
			// Picqer logs a status change (with an optional message) on the return's log.
			run: call((params) => ({
				method: 'POST',
				path: returnPath(params, '/logs'),
				body: {
					idreturn_status: Number(params.id('statusId', { numeric: true })),
					...params.fields('statusFields'),
				},
			})),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a return',
			fields: [
				useJsonBody,
				returnBody,
				{
					displayName: 'Order ID',
					name: 'orderId',
					type: 'string',
					default: '',
					displayOptions: formOnly,
					description:
						'The order being returned (idorder); name and address are copied from it unless given below',
				},
				productLinesField(
					{
						displayName: 'Returned Products',
						name: 'returnedProducts',
						displayOptions: formOnly,
					},
					returnedProductValues,
				),
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
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
			],
			run: call((params) => ({ method: 'POST', path: '/returns', body: createBody(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a return',
			isDefault: true,
			fields: [returnId],
			run: call((params) => ({ method: 'GET', path: returnPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many returns',
			fields: [
				...paging,
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
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
						text(
							'Search',
							'search',
							'Searches return and order numbers, names and email addresses',
						),
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
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/returns',
				qs: params.numericIds(withYmdHis(params.fields('filters'), ['sincedate']), {
					idcustomer: 'customerId',
					idorder: 'orderId',
					idreturn_status: 'returnStatus',
					sinceid: 'sinceId',
				}),
			})),
		},
		{
			value: 'getReturnedProducts',
			name: 'Get Returned Products',
			action: 'Get the returned products of a return',
			fields: [returnId],
			run: call((params) => ({
				method: 'GET',
				path: returnPath(params, '/returned_products'),
			})),
		},
		{
			value: 'receive',
			name: 'Receive',
			action: 'Receive the products of a return',
			fields: [
				returnId,
				{
					displayName: 'Products to Receive',
					name: 'receivedProducts',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Product',
					default: {},
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
			],
			run: call((params) => ({
				method: 'POST',
				path: returnPath(params, '/receive'),
				body: receiveBody(params),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a return',
			fields: [
				returnId,
				useJsonBody,
				returnBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: returnDetails,
				},
			],
			run: call((params) => ({
				method: 'PUT',
				path: returnPath(params),
				body: params.bodyOrJson(() => withYmdHis(params.fields('updateFields'), ['received_at'])),
			})),
		},
		...commentOperations(entity, paging),
	],
};
