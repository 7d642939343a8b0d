import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/operations';
import { crudOperations } from '../crud';
import { productLocator } from '../fields';

const name: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };

const fields: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{
		displayName: 'Entitlements',
		name: 'entitlements',
		type: 'string',
		default: '',
		description: 'Entitlement names, separated by commas',
	},
	{
		displayName: 'Is Shippable',
		name: 'is_shippable',
		type: 'boolean',
		default: false,
		description: 'Whether subscriptions to it ship something',
	},
	{
		displayName: 'Old Provider ID',
		name: 'old_provider_id',
		type: 'string',
		default: '',
		description: "The product's ID in a system you migrated from",
	},
];

/**
 * Subscription products: GET/POST /products, GET/PUT/DELETE /products/{id}
 * (docs.pelcro.com/reference/api-core-product.md). `old_provider_id` is documented (release
 * 1.54); the other field names follow notes.md (no vendor source for them).
 */
export const product: ResourceDefinition = {
	name: 'Product',
	value: 'product',
	operations: crudOperations({
		noun: 'product',
		path: '/products',
		id: productLocator(),
		expand: {
			displayName: 'Expand',
			name: 'expand',
			type: 'multiOptions',
			options: [{ name: 'Plans', value: 'plans' }],
			default: [],
			description: 'Related records to include in full; without them Pelcro returns their IDs',
		},
		required: [{ ...name, required: true }],
		createBody: (params) => ({ name: params.required('name') }),
		additional: fields,
		update: [...fields, name].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		kinds: { lists: ['entitlements'] },
	}),
};
