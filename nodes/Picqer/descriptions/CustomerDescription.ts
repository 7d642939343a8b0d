import type { INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { commentField, commentRequests, tagField, tagRequests } from './tagsAndComments';
import { customerLocator } from './common';

const show = (operation: string[]) => ({ resource: ['customer'], operation });

export const customerOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customer'] } },
	options: [
		{ name: 'Add Address', value: 'addAddress', action: 'Add an address to a customer' },
		{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to a customer' },
		{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a customer' },
		{ name: 'Create', value: 'create', action: 'Create a customer' },
		{ name: 'Delete Address', value: 'deleteAddress', action: 'Delete an address of a customer' },
		{ name: 'Get', value: 'get', action: 'Get a customer' },
		{ name: 'Get Addresses', value: 'getAddresses', action: 'Get the addresses of a customer' },
		{ name: 'Get Comments', value: 'getComments', action: 'Get the comments of a customer' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many customers' },
		{ name: 'Get Tags', value: 'getTags', action: 'Get the tags of a customer' },
		{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a customer' },
		{ name: 'Update', value: 'update', action: 'Update a customer' },
		{ name: 'Update Address', value: 'updateAddress', action: 'Update an address of a customer' },
	],
	default: 'get',
};

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

const withCustomer = [
	'addAddress',
	'addComment',
	'addTag',
	'deleteAddress',
	'get',
	'getAddresses',
	'getComments',
	'getTags',
	'removeTag',
	'update',
	'updateAddress',
];

export const customerFields: INodeProperties[] = [
	customerLocator('customerId', show(withCustomer)),
	useJsonBody('customer', ['create', 'update']),
	jsonBody(
		'customer',
		['create', 'update'],
		'The customer as Picqer\'s API expects it, e.g. {"name": "Acme", "addresses": [...]}',
	),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Name of the customer or company',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: customerDetails,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
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
	{
		displayName: 'Address ID',
		name: 'addressId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['deleteAddress', 'updateAddress']) },
		description: 'ID of the address (idcustomer_address), see Get Addresses',
	},
	{
		displayName: 'Address',
		name: 'addressFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['addAddress', 'updateAddress']) },
		options: addressDetails,
	},
	tagField('customer'),
	commentField('customer'),
	...returnAllAndLimit('customer', ['getAll', 'getComments']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
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
];

const customerPath = (params: Params, suffix = '') =>
	path`/customers/${params.id('customerId', { numeric: true })}` + suffix;

export const customerRequests: Record<string, Operation> = {
	create: call((params) => ({
		method: 'POST',
		path: '/customers',
		body: params.bodyOrJson(() => ({
			name: params.required('name'),
			...params.fields('additionalFields'),
		})),
	})),
	get: call((params) => ({ method: 'GET', path: customerPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/customers',
		qs: params.fields('filters'),
	})),
	update: call((params) => ({
		method: 'PUT',
		path: customerPath(params),
		body: params.bodyOrJson(() => params.fields('updateFields')),
	})),
	getAddresses: call((params) => ({ method: 'GET', path: customerPath(params, '/addresses') })),
	addAddress: call((params) => ({
		method: 'POST',
		path: customerPath(params, '/addresses'),
		body: params.fields('addressFields'),
	})),
	updateAddress: call((params) => ({
		method: 'PUT',
		path: customerPath(params, path`/addresses/${params.id('addressId', { numeric: true })}`),
		body: params.fields('addressFields'),
	})),
	deleteAddress: call((params) => ({
		method: 'DELETE',
		path: customerPath(params, path`/addresses/${params.id('addressId', { numeric: true })}`),
	})),
	...tagRequests(customerPath),
	...commentRequests(customerPath),
};
