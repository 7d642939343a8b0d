import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds, productLocator } from '../fields';
import { picqerPages } from '../PicqerProfile';
import type { Entity } from './tagsAndComments';
import { commentOperations, tagOperations } from './tagsAndComments';

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

const productId = productLocator('productId');

const productBody = jsonBody(
	'The product as Picqer\'s API expects it, e.g. {"idvatgroup": 1, "name": "Mug", "price": 9.95, "productcode": "MUG-01"}',
);

const linkedLocation: INodeProperties = {
	displayName: 'Location Name or ID',
	name: 'locationId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLocations' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const paging = returnAllAndLimit();

const productPath = (params: Params, suffix = '') =>
	path`/products/${params.id('productId', { numeric: true })}` + suffix;

const warehousePath = (params: Params) =>
	productPath(params, path`/stock/${params.id('warehouseId', { numeric: true })}`);

function wholeNumber(params: Params, name: string): number {
	const value = params.number(name);
	if (!Number.isInteger(value)) params.invalid(name, `must be a whole number, got ${value}`);
	return value;
}

/**
 * `change` adds to the stock, `amount` sets it, with a `reason`; idlocation null means "no specific
 * location" (picqer-php Client.php `updateProductStockForWarehouse`; picqer.com/en/api/product-stock).
 */
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

/**
 * List filters: `productcode` (picqer-php Client.php `getProductByProductcode`); `idproducts`
 * (picqer.com/en/api/changelog, 23 April 2024); `search`, `tag`, `type`, `idsupplier`,
 * `inactive` (Picqer WMS MCP server).
 */
function filters(params: Params): IDataObject {
	const { inactive, idproducts, ...rest } = params.fields('filters');
	const ids = params.idList('idproducts', idproducts);
	return {
		...checkedIds(params, rest),
		...(inactive ? { inactive: true } : {}),
		...(ids.length > 0 ? { idproducts: ids.join(',') } : {}),
	};
}

const entity: Entity = { noun: 'a product', id: productId, pathOf: productPath };

/** Picqer products and their stock: https://picqer.com/en/api/products */
export const product: ResourceDefinition = {
	name: 'Product',
	value: 'product',
	operations: [
		{
			value: 'activate',
			name: 'Activate',
			action: 'Activate a product',
			fields: [productId],
			run: call((params) => ({ method: 'POST', path: productPath(params, '/activate') })),
		},
		{
			value: 'changeStock',
			name: 'Change Stock',
			action: 'Change the stock of a product in a warehouse',
			fields: [
				productId,
				warehouseField,
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
				},
				{
					displayName: 'Change',
					name: 'change',
					type: 'number',
					required: true,
					default: 0,
					displayOptions: { show: { mode: ['change'] } },
					description: 'Whole number to add to the stock; negative removes stock',
				},
				{
					displayName: 'Amount',
					name: 'amount',
					type: 'number',
					typeOptions: { minValue: 0 },
					required: true,
					default: 0,
					displayOptions: { show: { mode: ['amount'] } },
					description: 'The new stock level, a whole number',
				},
				{
					displayName: 'Location Name or ID',
					name: 'locationId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getLocations' },
					default: '',
					description:
						'Location in the warehouse whose stock changes; empty means the stock on no specific location. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					default: '',
					description: 'Why the stock changes; shown in the stock history',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: warehousePath(params),
				body: stockChange(params),
			})),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a product',
			fields: [
				useJsonBody,
				productBody,
				{ ...vatGroupField, name: 'vatGroupId', required: true, displayOptions: formOnly },
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'Name of the product',
				},
				{
					displayName: 'Price',
					name: 'price',
					type: 'number',
					typeOptions: { numberPrecision: 2 },
					required: true,
					default: 0,
					displayOptions: formOnly,
					description: 'Selling price, excluding VAT',
				},
				{
					displayName: 'Product Code',
					name: 'productcode',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'Your product code (SKU); must be unique',
				},
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: productDetails,
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: '/products',
				body: params.bodyOrJson(() =>
					// idvatgroup, name, price and productcode are "required" (picqer.com/en/api/products).
					checkedIds(params, {
						idvatgroup: Number(params.id('vatGroupId', { numeric: true })),
						name: params.required('name'),
						price: params.number('price'),
						productcode: params.required('productcode'),
						...params.fields('additionalFields'),
					}),
				),
			})),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product',
			isDefault: true,
			fields: [productId],
			run: call((params) => ({ method: 'GET', path: productPath(params) })),
		},
		{
			value: 'getLocations',
			name: 'Get Locations',
			action: 'Get the locations of a product',
			fields: [productId],
			run: call((params) => ({ method: 'GET', path: productPath(params, '/locations') })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many products',
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
							displayName: 'Include Inactive',
							name: 'inactive',
							type: 'boolean',
							default: false,
							description:
								'Whether to include inactive products, which Picqer leaves out by default',
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
							description: 'Text to search the products for',
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
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/products',
				qs: filters(params),
			})),
		},
		{
			value: 'getParts',
			name: 'Get Parts',
			action: 'Get the parts of a composition',
			fields: [
				productId,
				{
					displayName: 'Nested',
					name: 'nested',
					type: 'boolean',
					default: false,
					description:
						'Whether to include the parts of parts, for compositions inside compositions',
				},
			],
			// `nested`: picqer.com/en/api/changelog (23 April 2024).
			run: call((params) => ({
				method: 'GET',
				path: productPath(params, '/parts'),
				qs: params.boolean('nested') ? { nested: true } : undefined,
			})),
		},
		{
			value: 'getStock',
			name: 'Get Stock',
			action: 'Get the stock of a product in every warehouse',
			fields: [productId],
			run: call((params) => ({ method: 'GET', path: productPath(params, '/stock') })),
		},
		{
			value: 'getWarehouseStock',
			name: 'Get Stock in Warehouse',
			action: 'Get the stock of a product in one warehouse',
			fields: [productId, warehouseField],
			run: call((params) => ({ method: 'GET', path: warehousePath(params) })),
		},
		{
			value: 'inactivate',
			name: 'Inactivate',
			action: 'Inactivate a product',
			fields: [productId],
			run: call((params) => ({ method: 'POST', path: productPath(params, '/inactivate') })),
		},
		{
			value: 'linkLocation',
			name: 'Link Location',
			action: 'Link a product to a location',
			fields: [productId, linkedLocation],
			// `{idlocation}`: picqer-php Client.php `linkProductToLocation`.
			run: call((params) => ({
				method: 'POST',
				path: productPath(params, '/locations'),
				body: { idlocation: Number(params.id('locationId', { numeric: true })) },
			})),
		},
		{
			value: 'moveStock',
			name: 'Move Stock',
			action: 'Move stock of a product between locations',
			description: 'Moves stock from one location to another in the same warehouse',
			fields: [
				productId,
				warehouseField,
				{ ...linkedLocation, displayName: 'From Location Name or ID', name: 'fromLocationId' },
				{ ...linkedLocation, displayName: 'To Location Name or ID', name: 'toLocationId' },
				{
					displayName: 'Amount',
					name: 'amount',
					type: 'number',
					typeOptions: { minValue: 1 },
					required: true,
					default: 1,
					description: 'How many to move, a whole number',
				},
			],
			// POST /products/{id}/stock/{idwarehouse}/move `{from_idlocation, to_idlocation, amount}`
			// (Picqer WMS MCP server, third party; no official source found).
			run: call((params) => ({
				method: 'POST',
				path: productPath(params, path`/stock/${params.id('warehouseId', { numeric: true })}/move`),
				body: {
					from_idlocation: Number(params.id('fromLocationId', { numeric: true })),
					to_idlocation: Number(params.id('toLocationId', { numeric: true })),
					amount: params.positiveInteger('amount'),
				},
			})),
		},
		{
			value: 'unlinkLocation',
			name: 'Unlink Location',
			action: 'Unlink a product from a location',
			fields: [productId, linkedLocation],
			run: call((params) => ({
				method: 'DELETE',
				path: productPath(params, path`/locations/${params.id('locationId', { numeric: true })}`),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a product',
			fields: [
				productId,
				useJsonBody,
				productBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
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
			],
			run: call((params) => ({
				method: 'PUT',
				path: productPath(params),
				body: params.bodyOrJson(() => checkedIds(params, params.fields('updateFields'))),
			})),
		},
		...tagOperations(entity),
		...commentOperations(entity, paging),
	],
};
