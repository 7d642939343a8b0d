import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { withYmdHis, ymdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds, productLine, productLinesField } from '../fields';
import { picqerPages } from '../PicqerProfile';
import type { Entity } from './tagsAndComments';
import { commentOperations } from './tagsAndComments';

const deliveryDate: INodeProperties = {
	displayName: 'Delivery Date',
	name: 'delivery_date',
	type: 'dateTime',
	default: '',
	description: 'Expected delivery date',
};

const purchaseOrderDetails: INodeProperties[] = [
	deliveryDate,
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{ name: 'Dutch', value: 'nl' },
			{ name: 'English', value: 'en' },
		],
		default: 'en',
		description: 'Language used with the supplier',
	},
	{
		displayName: 'Remarks',
		name: 'remarks',
		type: 'string',
		default: '',
		description: 'Remarks, printed on the purchase order',
	},
	{
		displayName: 'Supplier Order Number',
		name: 'supplier_orderid',
		type: 'string',
		default: '',
		description: 'The order number the supplier gave this purchase',
	},
	{
		displayName: 'Warehouse Name or ID',
		name: 'idwarehouse',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getWarehouses' },
		default: '',
		description:
			'Warehouse receiving the goods; the warehouse with the highest priority when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

const lineValues: INodeProperties[] = [
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
		description: 'How many to purchase',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Purchase price per unit; leave 0 to use the product’s purchase price',
	},
];

const purchaseOrderId: INodeProperties = {
	displayName: 'Purchase Order ID',
	name: 'purchaseOrderId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the purchase order (idpurchaseorder), not its number',
};

const purchaseOrderBody = jsonBody(
	'The purchase order as Picqer\'s API expects it, e.g. {"idsupplier": 1, "products": [{"idproduct": 2, "amount": 10}]}',
);

const productLineId: INodeProperties = {
	displayName: 'Product Line ID',
	name: 'productLineId',
	type: 'string',
	required: true,
	default: '',
	description: 'ID of the line (idpurchaseorder_product), see Get Products',
};

const paging = returnAllAndLimit();

/**
 * Picqer's delivery dates are plain dates, "Expected delivery date (yyyy-mm-dd)"
 * (picqer.com/en/api/purchaseorders); n8n's picker gives a date and time.
 */
function withDeliveryDate(fields: IDataObject): IDataObject {
	const date = fields.delivery_date;
	return date === undefined ? fields : { ...fields, delivery_date: ymdHis(date).slice(0, 10) };
}

/**
 * `idsupplier`, or `supplier_name` "if no idsupplier is provided"; `products` required
 * (picqer.com/en/api/purchaseorders).
 */
function createBody(params: Params): IDataObject {
	return params.bodyOrJson(() => {
		const fields = checkedIds(params, withDeliveryDate(params.fields('additionalFields')));
		const supplier = params.string('supplierId');
		if (!supplier && !fields.supplier_name) {
			params.invalid('supplierId', 'is required (or set Supplier Name)');
		}
		const idsupplier = supplier ? Number(params.id('supplierId', { numeric: true })) : undefined;
		const lines = params.rows('products', 'product');
		if (lines.length === 0) params.invalid('products', 'needs at least one product');
		return {
			...fields,
			...(idsupplier === undefined ? {} : { idsupplier }),
			products: lines.map((line) => productLine(params, line)),
		};
	});
}

const purchaseOrderPath = (params: Params, suffix = '') =>
	path`/purchaseorders/${params.id('purchaseOrderId', { numeric: true })}` + suffix;

const linePath = (params: Params) =>
	purchaseOrderPath(params, path`/products/${params.id('productLineId', { numeric: true })}`);

const entity: Entity = { noun: 'a purchase order', id: purchaseOrderId, pathOf: purchaseOrderPath };

/**
 * Picqer purchase orders: https://picqer.com/en/api/purchaseorders (attributes); mark as
 * purchased, cancel and the product line endpoints (`{idproduct, amount, price, delivery_date}`):
 * picqer-php Client.php; a line update takes `{amount, price, delivery_date}` (Picqer WMS MCP server).
 */
export const purchaseOrder: ResourceDefinition = {
	name: 'Purchase Order',
	value: 'purchaseOrder',
	operations: [
		{
			value: 'addProduct',
			name: 'Add Product',
			action: 'Add a product to a purchase order',
			fields: [
				purchaseOrderId,
				{ ...lineValues[0], name: 'productId' },
				{ ...lineValues[1], required: true },
				{
					displayName: 'Additional Fields',
					name: 'lineFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [lineValues[2], deliveryDate],
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: purchaseOrderPath(params, '/products'),
				body: productLine(params, {
					idproduct: params.string('productId'),
					amount: params.number('amount'),
					...withDeliveryDate(params.fields('lineFields')),
				}),
			})),
		},
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel a purchase order',
			fields: [purchaseOrderId],
			run: call((params) => ({ method: 'POST', path: purchaseOrderPath(params, '/cancel') })),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a purchase order',
			fields: [
				useJsonBody,
				purchaseOrderBody,
				{
					displayName: 'Supplier Name or ID',
					name: 'supplierId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getSuppliers' },
					default: '',
					displayOptions: formOnly,
					description:
						'The supplier; leave empty and set Supplier Name for a supplier not in Picqer. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				productLinesField(
					{
						displayName: 'Products',
						name: 'products',
						required: true,
						displayOptions: formOnly,
					},
					lineValues,
				),
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: [
						...purchaseOrderDetails,
						{
							displayName: 'Supplier Name',
							name: 'supplier_name',
							type: 'string',
							default: '',
							description: 'Name of a supplier that is not in Picqer (when no supplier is chosen)',
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
			run: call((params) => ({
				method: 'POST',
				path: '/purchaseorders',
				body: createBody(params),
			})),
		},
		{
			value: 'deleteProduct',
			name: 'Delete Product Line',
			action: 'Delete a product line of a purchase order',
			fields: [purchaseOrderId, productLineId],
			run: call((params) => ({ method: 'DELETE', path: linePath(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a purchase order',
			isDefault: true,
			fields: [purchaseOrderId],
			run: call((params) => ({ method: 'GET', path: purchaseOrderPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many purchase orders',
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
							displayName: 'Search',
							name: 'search',
							type: 'string',
							default: '',
							description: 'Text to search the purchase orders for',
						},
						{
							displayName: 'Status',
							name: 'status',
							type: 'options',
							options: [
								{ name: 'Cancelled', value: 'cancelled' },
								{ name: 'Concept', value: 'concept' },
								{ name: 'Purchased', value: 'purchased' },
								{ name: 'Received', value: 'received' },
							],
							default: 'purchased',
							description: 'Only purchase orders with this status',
						},
						{
							displayName: 'Supplier Name or ID',
							name: 'idsupplier',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getSuppliers' },
							default: '',
							description:
								'Only purchase orders of this supplier. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Updated After',
							name: 'updated_after',
							type: 'dateTime',
							default: '',
							description: 'Only purchase orders changed after this moment',
						},
						{
							displayName: 'Warehouse Name or ID',
							name: 'idwarehouse',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getWarehouses' },
							default: '',
							description:
								'Only purchase orders for this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
					],
				},
			],
			// Filters "status, search, updated_after, idsupplier, idwarehouse" (Picqer WMS MCP server;
			// the readable part of picqer.com/en/api/purchaseorders lists none).
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/purchaseorders',
				qs: checkedIds(params, withYmdHis(params.fields('filters'), ['updated_after'])),
			})),
		},
		{
			value: 'getProducts',
			name: 'Get Products',
			action: 'Get the product lines of a purchase order',
			fields: [purchaseOrderId],
			run: call((params) => ({ method: 'GET', path: purchaseOrderPath(params, '/products') })),
		},
		{
			value: 'markAsPurchased',
			name: 'Mark as Purchased',
			action: 'Mark a purchase order as purchased',
			fields: [purchaseOrderId],
			run: call((params) => ({
				method: 'POST',
				path: purchaseOrderPath(params, '/mark-as-purchased'),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a purchase order',
			fields: [
				purchaseOrderId,
				useJsonBody,
				purchaseOrderBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: purchaseOrderDetails,
				},
			],
			run: call((params) => ({
				method: 'PUT',
				path: purchaseOrderPath(params),
				body: params.bodyOrJson(() =>
					checkedIds(params, withDeliveryDate(params.fields('updateFields'))),
				),
			})),
		},
		{
			value: 'updateProduct',
			name: 'Update Product Line',
			action: 'Update a product line of a purchase order',
			fields: [
				purchaseOrderId,
				productLineId,
				{
					displayName: 'Update Fields',
					name: 'lineUpdateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [lineValues[1], lineValues[2], deliveryDate],
				},
			],
			run: call((params) => {
				const fields = withDeliveryDate(params.fields('lineUpdateFields'));
				if (fields.amount !== undefined) params.positiveInteger('amount', fields.amount);
				return { method: 'PUT', path: linePath(params), body: fields };
			}),
		},
		...commentOperations(entity, paging),
	],
};
