import type { INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { commentField, commentRequests } from './tagsAndComments';

const show = (operation: string[]) => ({ resource: ['supplier'], operation });

export const supplierOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['supplier'] } },
	options: [
		{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to a supplier' },
		{ name: 'Create', value: 'create', action: 'Create a supplier' },
		{ name: 'Get', value: 'get', action: 'Get a supplier' },
		{ name: 'Get Comments', value: 'getComments', action: 'Get the comments of a supplier' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many suppliers' },
		{ name: 'Update', value: 'update', action: 'Update a supplier' },
	],
	default: 'get',
};

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

const withSupplier = ['addComment', 'get', 'getComments', 'update'];

export const supplierFields: INodeProperties[] = [
	{
		displayName: 'Supplier Name or ID',
		name: 'supplierId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSuppliers' },
		required: true,
		default: '',
		displayOptions: { show: show(withSupplier) },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	useJsonBody('supplier', ['create', 'update']),
	jsonBody(
		'supplier',
		['create', 'update'],
		'The supplier as Picqer\'s API expects it, e.g. {"name": "Acme", "country": "NL"}',
	),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Name of the supplier',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: supplierDetails,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
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
	commentField('supplier'),
	...returnAllAndLimit('supplier', ['getAll', 'getComments']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Inactive',
				name: 'inactive',
				type: 'boolean',
				default: true,
				description: 'Whether to return the inactive suppliers instead of the active ones',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Searches names, contact names and email addresses',
			},
		],
	},
];

const supplierPath = (params: Params, suffix = '') =>
	path`/suppliers/${params.id('supplierId', { numeric: true })}` + suffix;

function filters(params: Params) {
	const { inactive, ...rest } = params.fields('filters');
	// Picqer reads the flag's presence, so "false" is not sent.
	return { ...rest, ...(inactive ? { inactive: true } : {}) };
}

export const supplierRequests: Record<string, Operation> = {
	create: call((params) => ({
		method: 'POST',
		path: '/suppliers',
		body: params.bodyOrJson(() => ({
			name: params.required('name'),
			...params.fields('additionalFields'),
		})),
	})),
	get: call((params) => ({ method: 'GET', path: supplierPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/suppliers',
		qs: filters(params),
	})),
	update: call((params) => ({
		method: 'PUT',
		path: supplierPath(params),
		body: params.bodyOrJson(() => params.fields('updateFields')),
	})),
	...commentRequests(supplierPath),
};
