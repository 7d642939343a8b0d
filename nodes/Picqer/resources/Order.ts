import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { withYmdHis, ymdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { addressFields, checkedIds, customerLocator, productLinesField } from '../fields';
import { picqerPages } from '../PicqerProfile';
import type { Entity } from './tagsAndComments';
import { commentOperations, tagOperations } from './tagsAndComments';

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
		description: 'The date the customer wants the order delivered; the time is left out',
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

const orderId: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the order (idorder), not the order number',
};

const orderBody = jsonBody(
	'The order as Picqer\'s API expects it, e.g. {"idcustomer": 1, "products": [{"idproduct": 2, "amount": 1}]}',
);

const paging = returnAllAndLimit();

const DATE_FIELDS = ['sincedate', 'untildate'];

/**
 * Order fields as Picqer takes them: ids as numbers, and the preferred delivery date as a plain
 * date, "Customer supplied preferred delivery date, in format yyyy-mm-dd" (Pipedream
 * components/picqer picqer.app.mjs; type `date` on picqer.com/en/api/picklists).
 */
function orderFields(params: Params, fields: IDataObject): IDataObject {
	const out = checkedIds(params, withYmdHis(fields, DATE_FIELDS));
	if (out.preferred_delivery_date !== undefined)
		out.preferred_delivery_date = ymdHis(out.preferred_delivery_date, false);
	if (Array.isArray(out.warehouses))
		out.warehouses = params.idList('warehouses', out.warehouses).map(Number);
	return out;
}

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
			amount: params.positiveInteger('amount', amount ?? 1),
			...(price ? { price: Number(price) } : {}),
			...(remarks ? { remarks } : {}),
		};
	});
}

function createBody(params: Params): IDataObject {
	return params.bodyOrJson(() => {
		const customer = params.string('customerId');
		return {
			...orderFields(params, params.fields('additionalFields')),
			...(customer ? { idcustomer: Number(params.id('customerId', { numeric: true })) } : {}),
			products: orderLines(params),
		};
	});
}

const orderPath = (params: Params, suffix = '') =>
	path`/orders/${params.id('orderId', { numeric: true })}` + suffix;

const action = (suffix: string) =>
	call((params) => ({ method: 'POST', path: orderPath(params, suffix) }));

const entity: Entity = { noun: 'an order', id: orderId, pathOf: orderPath };

/** Picqer orders: https://picqer.com/en/api/orders */
export const order: ResourceDefinition = {
	name: 'Order',
	value: 'order',
	operations: [
		{
			value: 'addNote',
			name: 'Add Note',
			action: 'Add a note to an order',
			fields: [
				orderId,
				{
					displayName: 'Note',
					name: 'note',
					type: 'string',
					typeOptions: { rows: 3 },
					required: true,
					default: '',
					description: 'Text of the note',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: orderPath(params, '/notes'),
				body: { note: params.required('note') },
			})),
		},
		{
			value: 'addProduct',
			name: 'Add Product',
			action: 'Add a product to a concept order',
			fields: [
				orderId,
				{ ...productRow[0], name: 'productId' },
				productRow[1],
				{
					displayName: 'Additional Fields',
					name: 'lineFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [productRow[2], productRow[3]],
				},
			],
			// `{idproduct, amount, price, name, remarks}` (Pipedream add-product-to-order).
			run: call((params) => {
				const { price, ...rest } = params.fields('lineFields');
				return {
					method: 'POST',
					path: orderPath(params, '/products'),
					body: {
						idproduct: Number(params.id('productId', { numeric: true })),
						amount: params.positiveInteger('amount'),
						...(price ? { price: Number(price) } : {}),
						...rest,
					},
				};
			}),
		},
		{
			value: 'allocate',
			name: 'Allocate',
			action: 'Allocate the stock of a concept order',
			description: 'Reserves the stock for a concept order before it is processed',
			fields: [orderId],
			// POST /orders/{id}/allocate (picqer-php Client.php `allocateStockForOrder`).
			run: action('/allocate'),
		},
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel an order',
			fields: [
				orderId,
				{
					displayName: 'Force',
					name: 'force',
					type: 'boolean',
					default: false,
					description: 'Whether to cancel even when picklists were already created or picked',
				},
			],
			// Picqer cancels an order with DELETE, `?force=true` past picklists (Pipedream issue #19333
			// quoting picqer.com/en/api/orders); it stays visible with status cancelled.
			run: call((params) => ({
				method: 'DELETE',
				path: orderPath(params),
				qs: params.boolean('force') ? { force: true } : undefined,
			})),
		},
		{
			value: 'changeToConcept',
			name: 'Change to Concept',
			action: 'Change an expected order to concept',
			fields: [orderId],
			// POST /orders/{id}/change-to-concept (Pipedream issue #19333 quoting picqer.com/en/api/orders;
			// picqer.com/en/api/changelog, 16 September 2025).
			run: action('/change-to-concept'),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an order',
			fields: [
				useJsonBody,
				orderBody,
				{
					...customerLocator('customerId', {
						required: false,
						description: 'The customer; leave empty for a guest order',
					}),
					displayOptions: formOnly,
				},
				productLinesField(
					{
						displayName: 'Products',
						name: 'products',
						required: true,
						displayOptions: formOnly,
					},
					productRow,
				),
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
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
			],
			run: call((params) => ({ method: 'POST', path: '/orders', body: createBody(params) })),
		},
		{
			value: 'deallocate',
			name: 'Deallocate',
			action: 'Release the allocated stock of an order',
			fields: [orderId],
			// POST /orders/{id}/deallocate (picqer-php Client.php `deallocateStockForOrder`).
			run: action('/deallocate'),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an order',
			isDefault: true,
			fields: [orderId],
			run: call((params) => ({ method: 'GET', path: orderPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many orders',
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
			],
			// Filters: Pipedream components/picqer search-orders; `orderid` (picqer-php Client.php
			// `getOrderByOrderid`); `tag` (picqer.com/en/api/changelog, 16 September 2025).
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/orders',
				qs: orderFields(params, params.fields('filters')),
			})),
		},
		{
			value: 'getNotes',
			name: 'Get Notes',
			action: 'Get the notes of an order',
			fields: [orderId, ...paging],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: orderPath(params, '/notes'),
			})),
		},
		{
			value: 'getProductStatus',
			name: 'Get Product Status',
			action: 'Get the product status of an order',
			fields: [orderId],
			run: call((params) => ({ method: 'GET', path: orderPath(params, '/productstatus') })),
		},
		{
			value: 'pause',
			name: 'Pause',
			action: 'Pause an order',
			fields: [
				orderId,
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					required: true,
					default: '',
					description: 'Why the order is paused',
				},
			],
			// POST /orders/{id}/pause `{reason}`, "A reason for pausing the order" (Pipedream
			// components/picqer pause-order; Picqer WMS MCP server).
			run: call((params) => ({
				method: 'POST',
				path: orderPath(params, '/pause'),
				body: { reason: params.required('reason') },
			})),
		},
		{
			value: 'process',
			name: 'Process',
			action: 'Process an order',
			fields: [orderId],
			// POST /orders/{id}/process (picqer-php Client.php `processOrder`).
			run: action('/process'),
		},
		{
			value: 'processBackorders',
			name: 'Process Backorders',
			action: 'Process the backorders of an order',
			description: 'Turns the backorders of the order that now have stock into a picklist',
			fields: [orderId],
			// POST /orders/{id}/process-backorders (picqer-php Client.php `processOrderBackorders`).
			run: action('/process-backorders'),
		},
		{
			value: 'resume',
			name: 'Resume',
			action: 'Resume a paused order',
			fields: [orderId],
			// POST /orders/{id}/resume (Picqer WMS MCP server; event orders.resumed, picqer.com/en/api/webhooks).
			run: action('/resume'),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an order',
			fields: [
				orderId,
				useJsonBody,
				orderBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: orderDetails,
				},
			],
			run: call((params) => ({
				method: 'PUT',
				path: orderPath(params),
				body: params.bodyOrJson(() => orderFields(params, params.fields('updateFields'))),
			})),
		},
		...tagOperations(entity),
		...commentOperations(entity, paging),
	],
};
