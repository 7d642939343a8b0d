import type { INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import type { Entity } from './tagsAndComments';
import { commentOperations } from './tagsAndComments';

const supplierDetails: INodeProperties[] = [
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		default: '',
		description: 'Street and house number',
	},
	{
		displayName: 'Address 2',
		name: 'address2',
		type: 'string',
		default: '',
		description: 'Second address line',
	},
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{
		displayName: 'Contact Name',
		name: 'contactname',
		type: 'string',
		default: '',
		description: 'Contact person at the supplier',
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		description: 'Two-letter ISO 3166 country code, e.g. NL',
	},
	{
		displayName: 'Email Address',
		name: 'emailaddress',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email address of the supplier',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{ name: 'Dutch', value: 'nl' },
			{ name: 'English', value: 'en' },
		],
		default: 'en',
		description: 'Language of the documents sent to this supplier',
	},
	{
		displayName: 'Region',
		name: 'region',
		type: 'string',
		default: '',
		description: 'Region, province or state',
	},
	{
		displayName: 'Remarks',
		name: 'remarks',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Internal remarks about the supplier',
	},
	{
		displayName: 'Telephone',
		name: 'telephone',
		type: 'string',
		default: '',
		description: 'Telephone number of the supplier',
	},
	{
		displayName: 'Zip Code',
		name: 'zipcode',
		type: 'string',
		default: '',
		description: 'Postal code',
	},
];

const supplierId: INodeProperties = {
	displayName: 'Supplier Name or ID',
	name: 'supplierId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSuppliers' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const supplierBody = jsonBody(
	'The supplier as Picqer\'s API expects it, e.g. {"name": "Acme", "country": "NL"}',
);

const paging = returnAllAndLimit();

const supplierPath = (params: Params, suffix = '') =>
	path`/suppliers/${params.id('supplierId', { numeric: true })}` + suffix;

const entity: Entity = { noun: 'a supplier', id: supplierId, pathOf: supplierPath };

/**
 * "With this call, you get the active suppliers. Provide the inactive parameter to get the inactive
 * suppliers." (picqer.com/en/api/suppliers): no other filter is documented. Picqer reads the
 * flag's presence, so "false" is not sent.
 */
function filters(params: Params) {
	return params.fields('filters').inactive ? { inactive: true } : {};
}

/** Picqer suppliers: https://picqer.com/en/api/suppliers */
export const supplier: ResourceDefinition = {
	name: 'Supplier',
	value: 'supplier',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a supplier',
			fields: [
				useJsonBody,
				supplierBody,
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'Name of the supplier',
				},
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: supplierDetails,
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: '/suppliers',
				body: params.bodyOrJson(() => ({
					name: params.required('name'),
					...params.fields('additionalFields'),
				})),
			})),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a supplier',
			isDefault: true,
			fields: [supplierId],
			run: call((params) => ({ method: 'GET', path: supplierPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many suppliers',
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
							displayName: 'Inactive',
							name: 'inactive',
							type: 'boolean',
							default: true,
							description: 'Whether to return the inactive suppliers instead of the active ones',
						},
					],
				},
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/suppliers',
				qs: filters(params),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a supplier',
			fields: [
				supplierId,
				useJsonBody,
				supplierBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: [
						...supplierDetails,
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'Name of the supplier',
						},
					],
				},
			],
			run: call((params) => ({
				method: 'PUT',
				path: supplierPath(params),
				body: params.bodyOrJson(() => params.fields('updateFields')),
			})),
		},
		...commentOperations(entity, paging),
	],
};
