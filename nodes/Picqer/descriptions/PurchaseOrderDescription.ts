import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { commentField, commentRequests } from './tagsAndComments';
import { picqerDate, withPicqerDates } from '../picqerDates';
import { productLine, productLinesField } from './common';

const show = (operation: string[]) => ({ resource: ['purchaseOrder'], operation });

export const purchaseOrderOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['purchaseOrder'] } },
	options: [
		{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to a purchase order' },
		{ name: 'Add Product', value: 'addProduct', action: 'Add a product to a purchase order' },
		{ name: 'Cancel', value: 'cancel', action: 'Cancel a purchase order' },
		{ name: 'Create', value: 'create', action: 'Create a purchase order' },
		{
			name: 'Delete Product Line',
			value: 'deleteProduct',
			action: 'Delete a product line of a purchase order',
		},
		{ name: 'Get', value: 'get', action: 'Get a purchase order' },
		{
			name: 'Get Comments',
			value: 'getComments',
			action: 'Get the comments of a purchase order',
		},
		{ name: 'Get Many', value: 'getAll', action: 'Get many purchase orders' },
		{
			name: 'Get Products',
			value: 'getProducts',
			action: 'Get the product lines of a purchase order',
		},
		{
			name: 'Mark as Purchased',
			value: 'markAsPurchased',
			action: 'Mark a purchase order as purchased',
		},
		{ name: 'Update', value: 'update', action: 'Update a purchase order' },
		{
			name: 'Update Product Line',
			value: 'updateProduct',
			action: 'Update a product line of a purchase order',
		},
	],
	default: 'get',
};

const withPurchaseOrderId = [
	'addComment',
	'addProduct',
	'cancel',
	'deleteProduct',
	'get',
	'getComments',
	'getProducts',
	'markAsPurchased',
	'update',
	'updateProduct',
];

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

export const purchaseOrderFields: INodeProperties[] = [
	{
		displayName: 'Purchase Order ID',
		name: 'purchaseOrderId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(withPurchaseOrderId) },
		description: 'The Picqer ID of the purchase order (idpurchaseorder), not its number',
	},
	useJsonBody('purchaseOrder', ['create', 'update']),
	jsonBody(
		'purchaseOrder',
		['create', 'update'],
		'The purchase order as Picqer\'s API expects it, e.g. {"idsupplier": 1, "products": [{"idproduct": 2, "amount": 10}]}',
	),
	{
		displayName: 'Supplier Name or ID',
		name: 'supplierId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSuppliers' },
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description:
			'The supplier; leave empty and set Supplier Name for a supplier not in Picqer. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	productLinesField(
		{
			displayName: 'Products',
			name: 'products',
			required: true,
			displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		},
		lineValues,
	),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
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
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: purchaseOrderDetails,
	},
	{
		displayName: 'Product Line ID',
		name: 'productLineId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['deleteProduct', 'updateProduct']) },
		description: 'ID of the line (idpurchaseorder_product), see Get Products',
	},
	{ ...lineValues[0], name: 'productId', displayOptions: { show: show(['addProduct']) } },
	{
		...lineValues[1],
		required: true,
		displayOptions: { show: show(['addProduct']) },
	},
	{
		displayName: 'Additional Fields',
		name: 'lineFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['addProduct']) },
		options: [lineValues[2], deliveryDate],
	},
	{
		displayName: 'Update Fields',
		name: 'lineUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['updateProduct']) },
		options: [lineValues[1], lineValues[2], deliveryDate],
	},
	commentField('purchaseOrder'),
	...returnAllAndLimit('purchaseOrder', ['getAll', 'getComments']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Purchase Order Number',
				name: 'purchaseorderid',
				type: 'string',
				default: '',
				description: 'The number shown in Picqer, e.g. PO2024-0001',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Searches purchase order numbers and supplier names',
			},
			{
				displayName: 'Since ID',
				name: 'sinceid',
				type: 'string',
				default: '',
				description: 'Only purchase orders with a higher idpurchaseorder',
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
];

/** Picqer's delivery dates are plain dates ("yyyy-mm-dd"); n8n's picker gives a date and time. */
function withDeliveryDate(fields: IDataObject): IDataObject {
	const date = fields.delivery_date;
	return date === undefined ? fields : { ...fields, delivery_date: picqerDate(date).slice(0, 10) };
}

function createBody(params: Params): IDataObject {
	return params.bodyOrJson(() => {
		const fields = params.numericIds(withDeliveryDate(params.fields('additionalFields')), {
			idwarehouse: 'warehouse',
			idtemplate: 'template',
		});
		const supplier = params.string('supplierId');
		if (!supplier && !fields.supplier_name) {
			params.invalid('supplierId', 'is required (or set Supplier Name)');
		}
		const lines = params.rows('products', 'product');
		if (lines.length === 0) params.invalid('products', 'needs at least one product');
		return {
			...fields,
			...(supplier ? { idsupplier: Number(params.id('supplierId', { numeric: true })) } : {}),
			products: lines.map((line) => productLine(params, line)),
		};
	});
}

const purchaseOrderPath = (params: Params, suffix = '') =>
	path`/purchaseorders/${params.id('purchaseOrderId', { numeric: true })}` + suffix;

const linePath = (params: Params) =>
	purchaseOrderPath(params, path`/products/${params.id('productLineId', { numeric: true })}`);

export const purchaseOrderRequests: Record<string, Operation> = {
	create: call((params) => ({ method: 'POST', path: '/purchaseorders', body: createBody(params) })),
	get: call((params) => ({ method: 'GET', path: purchaseOrderPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/purchaseorders',
		qs: params.numericIds(withPicqerDates(params.fields('filters'), ['updated_after']), {
			idsupplier: 'supplier',
			idwarehouse: 'warehouse',
			sinceid: 'sinceId',
		}),
	})),
	update: call((params) => ({
		method: 'PUT',
		path: purchaseOrderPath(params),
		body: params.bodyOrJson(() =>
			params.numericIds(withDeliveryDate(params.fields('updateFields')), {
				idwarehouse: 'warehouse',
			}),
		),
	})),
	markAsPurchased: call((params) => ({
		method: 'POST',
		path: purchaseOrderPath(params, '/mark-as-purchased'),
	})),
	cancel: call((params) => ({ method: 'POST', path: purchaseOrderPath(params, '/cancel') })),
	getProducts: call((params) => ({ method: 'GET', path: purchaseOrderPath(params, '/products') })),
	addProduct: call((params) => ({
		method: 'POST',
		path: purchaseOrderPath(params, '/products'),
		body: productLine(params, {
			idproduct: params.string('productId'),
			amount: params.number('amount'),
			...withDeliveryDate(params.fields('lineFields')),
		}),
	})),
	updateProduct: call((params) => {
		const fields = withDeliveryDate(params.fields('lineUpdateFields'));
		if (fields.amount !== undefined) {
			const amount = Number(fields.amount);
			if (!Number.isInteger(amount) || amount < 1)
				params.invalid('amount', 'must be a whole number of at least 1');
		}
		return { method: 'PUT', path: linePath(params), body: fields };
	}),
	deleteProduct: call((params) => ({ method: 'DELETE', path: linePath(params) })),
	...commentRequests(purchaseOrderPath),
};
