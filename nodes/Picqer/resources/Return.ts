import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { withYmdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds, productLinesField } from '../fields';
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

/**
 * A returned product line: `idreturn_reason`, `idproduct` and `price` are "required"
 * (picqer.com/en/api/returns, attributes); `amount` (Picqer WMS MCP server). A price of 0 is a
 * price, and is sent.
 */
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
		required: true,
		default: '',
		description:
			'Why the customer returns it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'Price per unit that is returned, excluding VAT; 0 is sent as 0',
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
	'The return as Picqer\'s API expects it, e.g. {"idorder": 1, "idreturn_status": 4, "idtemplate": 5, "returned_products": [{"idproduct": 2, "amount": 1, "idreturn_reason": 3, "price": 9.95}]}',
);

const paging = returnAllAndLimit();

/** One returned product as Picqer takes it: every required attribute present, ids as numbers. */
function returnedProduct(params: Params, line: IDataObject): IDataObject {
	const { amount, price, ...ids } = checkedIds(params, line);
	if (ids.idproduct === undefined || ids.idproduct === '')
		params.invalid('idproduct', 'is required');
	if (ids.idreturn_reason === undefined || ids.idreturn_reason === '')
		params.invalid('idreturn_reason', 'is required');
	const value = Number(price);
	if (price === undefined || price === null || price === '' || !Number.isFinite(value))
		params.invalid('price', 'is required: the price per unit, 0 included');
	return {
		idproduct: ids.idproduct,
		idreturn_reason: ids.idreturn_reason,
		price: value,
		amount: params.positiveInteger('amount', amount ?? 1),
	};
}

function createBody(params: Params): IDataObject {
	return params.bodyOrJson(() => {
		// idreturn_status and idtemplate are "required" (picqer.com/en/api/returns).
		const status = Number(params.id('returnStatusId', { numeric: true }));
		const template = Number(params.id('templateId', { numeric: true }));
		const fields = checkedIds(
			params,
			withYmdHis(params.fields('additionalFields'), ['received_at']),
		);
		const order = params.string('orderId');
		if (!order && fields.idcustomer === undefined && !fields.name) {
			params.invalid('orderId', 'is required (or set a Customer ID or Name)');
		}
		const lines = params.rows('returnedProducts', 'product');
		return {
			...(order ? { idorder: Number(params.id('orderId', { numeric: true })) } : {}),
			idreturn_status: status,
			idtemplate: template,
			...fields,
			...(lines.length > 0
				? { returned_products: lines.map((line) => returnedProduct(params, line)) }
				: {}),
		};
	});
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
			// POST /returns/{id}/returned_products (picqer-php Client.php `addReturnedProducts`).
			run: call((params) => ({
				method: 'POST',
				path: returnPath(params, '/returned_products'),
				body: returnedProduct(params, {
					idproduct: params.id('productId', { numeric: true }),
					amount: params.number('amount'),
					idreturn_reason: params.id('idreturn_reason', { numeric: true }),
					price: params.number('price'),
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
			// Picqer logs a status change (with an optional message) on the return's log: POST
			// /returns/{id}/logs `{idreturn_status, message, notify_customer}` (picqer-php Client.php
			// `addReturnLogOrChangeStatus`; Picqer WMS MCP server).
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
				{
					displayName: 'Return Status Name or ID',
					name: 'returnStatusId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getReturnStatuses' },
					required: true,
					default: '',
					displayOptions: formOnly,
					description:
						'Status of the new return. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Template Name or ID',
					name: 'templateId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getTemplates' },
					required: true,
					default: '',
					displayOptions: formOnly,
					description:
						'Template for the documents of the return. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
						{
							displayName: 'Created After',
							name: 'created_after',
							type: 'dateTime',
							default: '',
							description: 'Only returns created after this moment',
						},
						text('Customer ID', 'idcustomer', 'Only returns of this customer'),
						{
							...text('Email Address', 'emailaddress', 'Only returns with this email address'),
							placeholder: 'name@email.com',
						},
						text('Search', 'search', 'Text to search the returns for'),
						{
							displayName: 'Updated After',
							name: 'updated_after',
							type: 'dateTime',
							default: '',
							description: 'Only returns changed after this moment',
						},
					],
				},
			],
			// Filters "search, status, emailaddress, idcustomer, created_after, updated_after" (Picqer
			// WMS MCP server; the readable part of picqer.com/en/api/returns lists none). `status` is
			// left out: no source says what value it takes.
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/returns',
				qs: checkedIds(
					params,
					withYmdHis(params.fields('filters'), ['created_after', 'updated_after']),
				),
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
				body: params.bodyOrJson(() =>
					checkedIds(params, withYmdHis(params.fields('updateFields'), ['received_at'])),
				),
			})),
		},
		...commentOperations(entity, paging),
	],
};
