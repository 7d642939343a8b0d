import type { INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { customerLocator } from '../fields';
import { picqerPages } from '../PicqerProfile';
import type { Entity } from './tagsAndComments';
import { commentOperations, tagOperations } from './tagsAndComments';

const customerDetails: INodeProperties[] = [
	{
		displayName: 'Contact Name',
		name: 'contactname',
		type: 'string',
		default: '',
		description: 'Contact person at the customer',
	},
	{
		displayName: 'Customer Number',
		name: 'customerid',
		type: 'string',
		default: '',
		description: 'Your own customer number; Picqer assigns one when empty',
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
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{ name: 'Dutch', value: 'nl' },
			{ name: 'English', value: 'en' },
		],
		default: 'nl',
		description: 'Language of documents sent to this customer',
	},
	{
		displayName: 'Remarks',
		name: 'remarks',
		type: 'string',
		default: '',
		description: 'Internal remarks about the customer',
	},
	{
		displayName: 'Telephone',
		name: 'telephone',
		type: 'string',
		default: '',
		description: 'Telephone number of the customer',
	},
	{
		displayName: 'VAT Number',
		name: 'vatnumber',
		type: 'string',
		default: '',
		description: 'VAT number of a business customer',
	},
];

const addressDetails: INodeProperties[] = [
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
		description: 'Contact person',
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		description: 'Two-letter ISO 3166 country code, e.g. NL',
	},
	{
		displayName: 'Default for Delivery',
		name: 'defaultdelivery',
		type: 'boolean',
		default: false,
		description: 'Whether orders ship here unless told otherwise',
	},
	{
		displayName: 'Default for Invoice',
		name: 'defaultinvoice',
		type: 'boolean',
		default: false,
		description: 'Whether invoices go here unless told otherwise',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Name on the address',
	},
	{
		displayName: 'Region',
		name: 'region',
		type: 'string',
		default: '',
		description: 'Region, province or state',
	},
	{
		displayName: 'Zip Code',
		name: 'zipcode',
		type: 'string',
		default: '',
		description: 'Postal code',
	},
];

const customerId = customerLocator('customerId');

const customerBody = jsonBody(
	'The customer as Picqer\'s API expects it, e.g. {"name": "Acme", "addresses": [...]}',
);

const addressId: INodeProperties = {
	displayName: 'Address ID',
	name: 'addressId',
	type: 'string',
	required: true,
	default: '',
	description: 'ID of the address (idcustomer_address), see Get Addresses',
};

const addressFields: INodeProperties = {
	displayName: 'Address',
	name: 'addressFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: addressDetails,
};

const paging = returnAllAndLimit();

const customerPath = (params: Params, suffix = '') =>
	path`/customers/${params.id('customerId', { numeric: true })}` + suffix;

const addressPath = (params: Params) =>
	customerPath(params, path`/addresses/${params.id('addressId', { numeric: true })}`);

const entity: Entity = { noun: 'a customer', id: customerId, pathOf: customerPath };

/**
 * Picqer customers: https://picqer.com/en/api/customers (attributes; `name` required); address
 * endpoints and the `customerid` filter: picqer-php Client.php; `search`: Pinelab
 * vendure-plugin-picqer.
 */
export const customer: ResourceDefinition = {
	name: 'Customer',
	value: 'customer',
	operations: [
		{
			value: 'addAddress',
			name: 'Add Address',
			action: 'Add an address to a customer',
			fields: [customerId, addressFields],
			run: call((params) => ({
				method: 'POST',
				path: customerPath(params, '/addresses'),
				body: params.fields('addressFields'),
			})),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a customer',
			fields: [
				useJsonBody,
				customerBody,
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'Name of the customer or company',
				},
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: customerDetails,
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: '/customers',
				body: params.bodyOrJson(() => ({
					name: params.required('name'),
					...params.fields('additionalFields'),
				})),
			})),
		},
		{
			value: 'deleteAddress',
			name: 'Delete Address',
			action: 'Delete an address of a customer',
			fields: [customerId, addressId],
			run: call((params) => ({ method: 'DELETE', path: addressPath(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer',
			isDefault: true,
			fields: [customerId],
			run: call((params) => ({ method: 'GET', path: customerPath(params) })),
		},
		{
			value: 'getAddresses',
			name: 'Get Addresses',
			action: 'Get the addresses of a customer',
			fields: [customerId],
			run: call((params) => ({ method: 'GET', path: customerPath(params, '/addresses') })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many customers',
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
							displayName: 'Customer Number',
							name: 'customerid',
							type: 'string',
							default: '',
							description: 'Only the customer with this customer number',
						},
						{
							displayName: 'Search',
							name: 'search',
							type: 'string',
							default: '',
							description: 'Searches names, email addresses and customer numbers',
						},
					],
				},
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/customers',
				qs: params.fields('filters'),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a customer',
			fields: [
				customerId,
				useJsonBody,
				customerBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: [
						...customerDetails,
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'Name of the customer or company',
						},
					],
				},
			],
			run: call((params) => ({
				method: 'PUT',
				path: customerPath(params),
				body: params.bodyOrJson(() => params.fields('updateFields')),
			})),
		},
		{
			value: 'updateAddress',
			name: 'Update Address',
			action: 'Update an address of a customer',
			fields: [customerId, addressId, addressFields],
			run: call((params) => ({
				method: 'PUT',
				path: addressPath(params),
				body: params.fields('addressFields'),
			})),
		},
		...tagOperations(entity),
		...commentOperations(entity, paging),
	],
};
