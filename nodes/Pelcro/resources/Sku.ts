import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { filtersCollection } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { crudOperations } from '../crud';
import { centsField, currencyField, metadataField, skuLocator } from '../fields';
import { numericId } from '../requests';

const shopProduct: INodeProperties = {
	displayName: 'E-Commerce Product Name or ID',
	name: 'ecommerceProductId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getEcommerceProducts' },
	required: true,
	default: '',
	description:
		'The product the SKU belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const name: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };

const fields: INodeProperties[] = [
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description: 'Whether the SKU can be ordered',
	},
	{ displayName: 'Image URL', name: 'image', type: 'string', default: '' },
	{
		displayName: 'Inventory Description',
		name: 'inventory_description',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Inventory Quantity',
		name: 'inventory_quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Units in stock, for a finite inventory',
	},
	{
		displayName: 'Inventory Type',
		name: 'inventory_type',
		type: 'options',
		options: [
			{ name: 'Finite', value: 1 },
			{ name: 'Infinite', value: 0 },
		],
		default: 0,
	},
	metadataField(false),
	{
		displayName: 'Weight',
		name: 'weight',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
	},
];

function listQuery(params: Params): IDataObject {
	const qs: IDataObject = {};
	const filters = params.fields('filters');
	// SKUs filter and sort on id, name, product_id (R/api-core-filtering-and-sorting).
	if (filters.product_id !== undefined)
		qs['filter[product_id]'] =
			`eq:${String(params.numericIds(filters, { product_id: 'Product ID' }).product_id)}`;
	if (filters.name !== undefined) qs['filter[name]'] = `like:${String(filters.name)}`;
	const sort = params.string('sort');
	if (sort !== '') qs.sort = sort;
	return qs;
}

/** SKUs of e-commerce products; prices in cents (R/api-core-ecommerce-skus). */
export const sku: ResourceDefinition = {
	name: 'SKU',
	value: 'sku',
	operations: crudOperations({
		noun: 'SKU',
		path: '/ecommerce/products/skus',
		id: skuLocator(),
		expand: {
			displayName: 'Expand',
			name: 'expand',
			type: 'multiOptions',
			options: [{ name: 'Product', value: 'product' }],
			default: [],
			description: 'Related records to include in full; without them Pelcro returns their IDs',
		},
		required: [
			shopProduct,
			{ ...name, required: true },
			currencyField,
			centsField('price', 'Price', 'The price of one unit'),
		],
		createBody: (params) => ({
			product_id: numericId(params, 'ecommerceProductId'),
			name: params.required('name'),
			currency: params.required('currency').toLowerCase(),
			price: Math.round(params.number('price')),
		}),
		additional: fields,
		update: [
			...fields,
			{ ...currencyField, required: false, default: '' },
			name,
			{ ...centsField('price', 'Price', 'The price of one unit', false) },
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		list: {
			fields: [
				filtersCollection([
					{ displayName: 'Name Contains', name: 'name', type: 'string', default: '' },
					{ displayName: 'Product ID', name: 'product_id', type: 'string', default: '' },
				]),
				{
					displayName: 'Sort',
					name: 'sort',
					type: 'options',
					options: [
						{ name: 'Default', value: '' },
						{ name: 'ID', value: 'id' },
						{ name: 'Name', value: 'name' },
						{ name: 'Product ID', value: 'product_id' },
					],
					default: '',
				},
			],
			query: listQuery,
		},
	}),
};
