import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/operations';
import { crudOperations } from '../crud';
import { idField } from '../fields';
import type { Params } from '../../shared/params';

const fields: INodeProperties[] = [
	{ displayName: 'Caption', name: 'caption', type: 'string', default: '' },
	{
		displayName: 'Countries',
		name: 'countries',
		type: 'string',
		default: '',
		placeholder: 'CA, US',
		description: 'Two-letter country codes it is sold in, separated by commas',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Up to 1,500 characters',
	},
	{ displayName: 'Image URL', name: 'image', type: 'string', default: '' },
	{
		displayName: 'Shippable',
		name: 'shippable',
		type: 'boolean',
		default: false,
		description: 'Whether orders of it need a shipping address',
	},
];

const name: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: '3 to 250 characters',
};

function checkedName(params: Params): string {
	const value = params.required('name');
	if (value.length < 3 || value.length > 250) params.invalid('name', 'must be 3 to 250 characters');
	return value;
}

/** E-commerce products (docs.pelcro.com/reference-link/api-core-ecommerce-products). */
export const ecommerceProduct: ResourceDefinition = {
	name: 'E-Commerce Product',
	value: 'ecommerceProduct',
	operations: crudOperations({
		noun: 'e-commerce product',
		path: '/ecommerce/products',
		id: idField('ecommerceProductId', 'E-Commerce Product ID', 'The ID of the e-commerce product'),
		expand: {
			displayName: 'Expand',
			name: 'expand',
			type: 'multiOptions',
			options: [{ name: 'SKUs', value: 'skus' }],
			default: [],
			description: 'Related records to include in full; without them Pelcro returns their IDs',
		},
		required: [{ ...name, required: true }],
		createBody: (params) => ({ name: checkedName(params) }),
		additional: fields,
		update: [...fields, name].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		kinds: { lists: ['countries'] },
		descriptions: { delete: 'Deletes the product and its SKUs' },
	}),
};
