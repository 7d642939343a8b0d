import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import { inputError } from '../../shared/errors';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { commentField, commentRequests, tagField, tagRequests } from './tagsAndComments';
import { productLocator } from './common';

const show = (operation: string[]) => ({ resource: ['product'], operation });

export const productOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['product'] } },
	options: [
		{ name: 'Activate', value: 'activate', action: 'Activate a product' },
		{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to a product' },
		{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a product' },
		{
			name: 'Change Stock',
			value: 'changeStock',
			action: 'Change the stock of a product in a warehouse',
		},
		{ name: 'Create', value: 'create', action: 'Create a product' },
		{ name: 'Get', value: 'get', action: 'Get a product' },
		{ name: 'Get Comments', value: 'getComments', action: 'Get the comments of a product' },
		{ name: 'Get Locations', value: 'getLocations', action: 'Get the locations of a product' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many products' },
		{ name: 'Get Parts', value: 'getParts', action: 'Get the parts of a composition' },
		{
			name: 'Get Stock',
			value: 'getStock',
			action: 'Get the stock of a product in every warehouse',
		},
		{
			name: 'Get Stock in Warehouse',
			value: 'getWarehouseStock',
			action: 'Get the stock of a product in one warehouse',
		},
		{ name: 'Get Tags', value: 'getTags', action: 'Get the tags of a product' },
		{ name: 'Inactivate', value: 'inactivate', action: 'Inactivate a product' },
		{ name: 'Link Location', value: 'linkLocation', action: 'Link a product to a location' },
		{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a product' },
		{
			name: 'Unlink Location',
			value: 'unlinkLocation',
			action: 'Unlink a product from a location',
		},
		{ name: 'Update', value: 'update', action: 'Update a product' },
	],
	default: 'get',
};

const withProduct = [
	'activate',
	'addComment',
	'addTag',
	'changeStock',
	'get',
	'getComments',
	'getLocations',
	'getParts',
	'getStock',
	'getTags',
	'getWarehouseStock',
	'inactivate',
	'linkLocation',
	'removeTag',
	'unlinkLocation',
	'update',
];

const productDetails: INodeProperties[] = [
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether the product is active; inactive products are hidden from lists',
	},
	{
		displayName: 'Barcode',
		name: 'barcode',
		type: 'string',
		default: '',
		description: 'Usually a GS1, EAN-13 or UPC code',
	},
	{
		displayName: 'Country of Origin',
		name: 'country_of_origin',
		type: 'string',
		default: '',
		description: 'Two-letter ISO 3166 country code for customs, e.g. NL',
	},
	{
		displayName: 'Delivery Time',
		name: 'deliverytime',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Delivery time from the supplier, in days',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Longer description of the product',
	},
	{
		displayName: 'Fixed Stock Price',
		name: 'fixedstockprice',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Fixed stock value of the product, excluding VAT',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Height in centimeters (not for virtual compositions)',
	},
	{
		displayName: 'HS Code',
		name: 'hs_code',
		type: 'string',
		default: '',
		description: 'Harmonized System code for customs',
	},
	{
		displayName: 'Length',
		name: 'length',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Length in centimeters (not for virtual compositions)',
	},
	{
		displayName: 'Minimum Purchase Quantity',
		name: 'minimum_purchase_quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The least you can buy from the supplier',
	},
	{
		displayName: 'Purchase in Quantities Of',
		name: 'purchase_in_quantities_of',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Batch size in which the product is bought from the supplier',
	},
	{
		displayName: 'Supplier Name or ID',
		name: 'idsupplier',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSuppliers' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Supplier Product Code',
		name: 'productcode_supplier',
		type: 'string',
		default: '',
		description: 'Product code at the supplier, used on purchase orders',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Composition With Stock', value: 'composition_with_stock' },
			{ name: 'Normal', value: 'normal' },
			{ name: 'Unlimited Stock', value: 'unlimited_stock' },
			{ name: 'Virtual Composition', value: 'virtual_composition' },
		],
		default: 'normal',
		description: 'How Picqer keeps stock for the product',
	},
	{
		displayName: 'Weight',
		name: 'weight',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Weight in grams',
	},
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Width in centimeters (not for virtual compositions)',
	},
];

const vatGroupField: INodeProperties = {
	displayName: 'VAT Group Name or ID',
	name: 'idvatgroup',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getVatGroups' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const warehouseField: INodeProperties = {
	displayName: 'Warehouse Name or ID',
	name: 'warehouseId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getWarehouses' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const productFields: INodeProperties[] = [
	productLocator('productId', show(withProduct)),
	useJsonBody('product', ['create', 'update']),
	jsonBody(
		'product',
		['create', 'update'],
		'The product as Picqer\'s API expects it, e.g. {"idvatgroup": 1, "name": "Mug", "price": 9.95, "productcode": "MUG-01"}',
	),
	{
		...vatGroupField,
		name: 'vatGroupId',
		required: true,
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Name of the product',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		required: true,
		default: 0,
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Selling price, excluding VAT',
	},
	{
		displayName: 'Product Code',
		name: 'productcode',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Your product code (SKU); must be unique',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: productDetails,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: [
			...productDetails,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Name of the product',
			},
			{
				displayName: 'Price',
				name: 'price',
				type: 'number',
				typeOptions: { numberPrecision: 2 },
				default: 0,
				description: 'Selling price, excluding VAT',
			},
			{
				displayName: 'Product Code',
				name: 'productcode',
				type: 'string',
				default: '',
				description: 'Your product code (SKU); must be unique',
			},
			vatGroupField,
		],
	},
	{ ...warehouseField, displayOptions: { show: show(['changeStock', 'getWarehouseStock']) } },
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Change by Amount',
				value: 'change',
				description: 'Add stock, or remove it with a negative number',
			},
			{
				name: 'Set to Amount',
				value: 'amount',
				description: 'Set the stock to an absolute level, e.g. after a count',
			},
		],
		default: 'change',
		displayOptions: { show: show(['changeStock']) },
	},
	{
		displayName: 'Change',
		name: 'change',
		type: 'number',
		required: true,
		default: 0,
		displayOptions: { show: { ...show(['changeStock']), mode: ['change'] } },
		description: 'Whole number to add to the stock; negative removes stock',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 0 },
		required: true,
		default: 0,
		displayOptions: { show: { ...show(['changeStock']), mode: ['amount'] } },
		description: 'The new stock level, a whole number',
	},
	{
		displayName: 'Location Name or ID',
		name: 'locationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLocations' },
		default: '',
		displayOptions: { show: show(['changeStock']) },
		description:
			'Location in the warehouse whose stock changes; empty means the stock on no specific location. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		displayOptions: { show: show(['changeStock']) },
		description: 'Why the stock changes; shown in the stock history',
	},
	{
		displayName: 'Location Name or ID',
		name: 'locationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLocations' },
		required: true,
		default: '',
		displayOptions: { show: show(['linkLocation', 'unlinkLocation']) },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Nested',
		name: 'nested',
		type: 'boolean',
		default: false,
		displayOptions: { show: show(['getParts']) },
		description: 'Whether to include the parts of parts, for compositions inside compositions',
	},
	tagField('product'),
	commentField('product'),
	...returnAllAndLimit('product', ['getAll', 'getComments']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Barcode',
				name: 'barcode',
				type: 'string',
				default: '',
				description: 'Only the product with this barcode',
			},
			{
				displayName: 'Include Inactive',
				name: 'inactive',
				type: 'boolean',
				default: false,
				description: 'Whether to include inactive products, which Picqer leaves out by default',
			},
			{
				displayName: 'Product Code',
				name: 'productcode',
				type: 'string',
				default: '',
				description: 'Only the product with this product code',
			},
			{
				displayName: 'Product IDs',
				name: 'idproducts',
				type: 'string',
				default: '',
				placeholder: '12,34,56',
				description: 'Only these products: Picqer IDs separated by commas',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Searches product codes, names and barcodes',
			},
			{
				displayName: 'Supplier Name or ID',
				name: 'idsupplier',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getSuppliers' },
				default: '',
				description:
					'Only products of this supplier. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Tag Name',
				name: 'tag',
				type: 'string',
				default: '',
				description: 'Only products with this tag',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [
					{ name: 'Composition With Stock', value: 'composition_with_stock' },
					{ name: 'Normal', value: 'normal' },
					{ name: 'Unlimited Stock', value: 'unlimited_stock' },
					{ name: 'Virtual Composition', value: 'virtual_composition' },
				],
				default: 'normal',
				description: 'Only products of this type',
			},
		],
	},
];

const ID_LABELS = { idsupplier: 'Supplier', idvatgroup: 'VAT Group' };

const productPath = (params: Params, suffix = '') =>
	path`/products/${params.id('productId', { numeric: true })}` + suffix;

const warehousePath = (params: Params) =>
	productPath(params, path`/stock/${params.id('warehouseId', { numeric: true })}`);

function wholeNumber(params: Params, name: string): number {
	const value = params.number(name);
	if (!Number.isInteger(value)) params.invalid(name, `must be a whole number, got ${value}`);
	return value;
}

/** `change` adds to the stock, `amount` sets it; idlocation null means "no specific location". */
function stockChange(params: Params): IDataObject {
	const quantity =
		params.string('mode', 'change') === 'amount'
			? { amount: wholeNumber(params, 'amount') }
			: { change: wholeNumber(params, 'change') };
	const reason = params.string('reason');
	return {
		...quantity,
		// Picqer advises always sending idlocation, so the intended location is never guessed.
		idlocation: params.optionalId('locationId'),
		...(reason ? { reason } : {}),
	};
}

function filters(params: Params): IDataObject {
	const { inactive, idproducts, ...rest } = params.fields('filters');
	const ids = String(idproducts ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	if (ids.some((id) => !/^\d{1,18}$/.test(id))) {
		throw inputError(
			params.ctx.getNode(),
			'"Product IDs" must be numeric IDs separated by commas',
			params.itemIndex,
		);
	}
	return {
		...rest,
		...(inactive ? { inactive: true } : {}),
		...(ids.length > 0 ? { idproducts: ids.join(',') } : {}),
	};
}

export const productRequests: Record<string, Operation> = {
	create: call((params) => ({
		method: 'POST',
		path: '/products',
		body: params.bodyOrJson(() =>
			params.numericIds(
				{
					idvatgroup: Number(params.id('vatGroupId', { numeric: true })),
					name: params.required('name'),
					price: params.number('price'),
					productcode: params.required('productcode'),
					...params.fields('additionalFields'),
				},
				ID_LABELS,
			),
		),
	})),
	get: call((params) => ({ method: 'GET', path: productPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/products',
		qs: filters(params),
	})),
	update: call((params) => ({
		method: 'PUT',
		path: productPath(params),
		body: params.bodyOrJson(() => params.numericIds(params.fields('updateFields'), ID_LABELS)),
	})),
	activate: call((params) => ({ method: 'POST', path: productPath(params, '/activate') })),
	inactivate: call((params) => ({ method: 'POST', path: productPath(params, '/inactivate') })),
	getStock: call((params) => ({ method: 'GET', path: productPath(params, '/stock') })),
	getWarehouseStock: call((params) => ({ method: 'GET', path: warehousePath(params) })),
	changeStock: call((params) => ({
		method: 'POST',
		path: warehousePath(params),
		body: stockChange(params),
	})),
	getParts: call((params) => ({
		method: 'GET',
		path: productPath(params, '/parts'),
		qs: params.boolean('nested') ? { nested: true } : undefined,
	})),
	getLocations: call((params) => ({ method: 'GET', path: productPath(params, '/locations') })),
	linkLocation: call((params) => ({
		method: 'POST',
		path: productPath(params, '/locations'),
		body: { idlocation: Number(params.id('locationId', { numeric: true })) },
	})),
	unlinkLocation: call((params) => ({
		method: 'DELETE',
		path: productPath(params, path`/locations/${params.id('locationId', { numeric: true })}`),
	})),
	...tagRequests(productPath),
	...commentRequests(productPath),
};
