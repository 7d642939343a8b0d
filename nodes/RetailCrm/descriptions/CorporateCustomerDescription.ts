import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	byOf,
	customFieldsOf,
	entity,
	entityFields,
	filterOf,
	rcCall,
	rcList,
	withFilter,
} from '../retailCrmRequests';
import {
	byField,
	createdRangeFilters,
	customFieldsCollection,
	idAndManagerFilters,
	idField,
	siteField,
} from './common';

const RESOURCE = 'corporateCustomer';
const show = (operation: string[]) => ({ resource: [RESOURCE], operation });

export const corporateCustomerOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{ name: 'Create', value: 'create', action: 'Create a corporate customer' },
		{
			name: 'Create Address',
			value: 'createAddress',
			action: 'Create an address of a corporate customer',
		},
		{
			name: 'Create Company',
			value: 'createCompany',
			action: 'Create a company of a corporate customer',
		},
		{
			name: 'Create Contact',
			value: 'createContact',
			action: 'Add a contact person to a corporate customer',
		},
		{ name: 'Get', value: 'get', action: 'Get a corporate customer' },
		{
			name: 'Get Addresses',
			value: 'getAddresses',
			action: 'Get the addresses of a corporate customer',
		},
		{
			name: 'Get Companies',
			value: 'getCompanies',
			action: 'Get the companies of a corporate customer',
		},
		{
			name: 'Get Contacts',
			value: 'getContacts',
			action: 'Get the contact persons of a corporate customer',
		},
		{
			name: 'Get History',
			value: 'getHistory',
			action: 'Get the change history of corporate customers',
		},
		{ name: 'Get Many', value: 'getAll', action: 'Get many corporate customers' },
		{ name: 'Update', value: 'update', action: 'Update a corporate customer' },
		{
			name: 'Update Address',
			value: 'updateAddress',
			action: 'Update an address of a corporate customer',
		},
		{
			name: 'Update Company',
			value: 'updateCompany',
			action: 'Update a company of a corporate customer',
		},
		{
			name: 'Update Contact',
			value: 'updateContact',
			action: 'Update a contact person of a corporate customer',
		},
	],
	default: 'get',
};

const WITH_PARENT = [
	'createAddress',
	'createCompany',
	'createContact',
	'get',
	'getAddresses',
	'getCompanies',
	'getContacts',
	'update',
	'updateAddress',
	'updateCompany',
	'updateContact',
];

const corporateDetails: INodeProperties[] = [
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the corporate customer in your own system',
	},
	{
		displayName: 'Manager Name or ID',
		name: 'managerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		description:
			'The user responsible for the customer. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Nickname',
		name: 'nickName',
		type: 'string',
		default: '',
		description: 'The name the corporate customer is listed under',
	},
	{
		displayName: 'VIP',
		name: 'vip',
		type: 'boolean',
		default: false,
		description: 'Whether the customer is marked as VIP',
	},
];

/** Address, company and contact: each a sub-list with create and update by its own ID. */
const SUB_ENTITIES = {
	Address: {
		plural: 'Addresses',
		list: 'addresses',
		field: 'address',
		example: '{"name": "Office", "text": "1 Main St"}',
	},
	Company: {
		plural: 'Companies',
		list: 'companies',
		field: 'company',
		example: '{"name": "Acme Ltd", "isMain": true}',
	},
	Contact: {
		plural: 'Contacts',
		list: 'contacts',
		field: 'contact',
		example: '{"customer": {"id": 12}, "isMain": true}',
	},
} as const;

export const corporateCustomerFields: INodeProperties[] = [
	byField(show(WITH_PARENT)),
	idField('corporateCustomerId', 'Corporate Customer ID', show(WITH_PARENT)),
	siteField(show(['create', ...WITH_PARENT])),
	{
		displayName: 'Nickname',
		name: 'nickName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'The name the corporate customer is listed under',
	},
	useJsonBody(RESOURCE, ['create', 'update']),
	jsonBody(
		RESOURCE,
		['create', 'update'],
		'The corporate customer as RetailCRM\'s API expects it, e.g. {"nickName": "Acme", "companies": [{"name": "Acme Ltd"}]}',
	),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: corporateDetails.filter((field) => field.name !== 'nickName'),
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: corporateDetails,
	},
	customFieldsCollection({ ...show(['create', 'update']), useJsonBody: [false] }),
	...returnAllAndLimit(RESOURCE),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			...createdRangeFilters('createdAtFrom', 'createdAtTo', 'customers'),
			...idAndManagerFilters,
			{
				displayName: 'Nickname',
				name: 'nickName',
				type: 'string',
				default: '',
				description: 'Only customers whose nickname contains this text',
			},
			{
				displayName: 'Site Names or IDs',
				name: 'sites',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getSites' },
				default: [],
				description:
					'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
		],
	},
	...returnAllAndLimit(RESOURCE, 'getHistory'),
	{
		displayName: 'Filters',
		name: 'historyFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getHistory']) },
		options: [
			{
				displayName: 'Customer External ID',
				name: 'customerExternalId',
				type: 'string',
				default: '',
				description: 'Only changes of this corporate customer',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				description: 'Only changes of this corporate customer',
			},
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Only changes made on or before this time',
			},
			{
				displayName: 'Since ID',
				name: 'sinceId',
				type: 'number',
				default: 0,
				description: 'Only changes after the history record with this ID',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'Only changes made on or after this time',
			},
		],
	},
	...returnAllAndLimit(RESOURCE, 'getAddresses'),
	...returnAllAndLimit(RESOURCE, 'getCompanies'),
	...returnAllAndLimit(RESOURCE, 'getContacts'),
	byField(
		show(['updateAddress', 'updateCompany', 'updateContact']),
		'entityBy',
		'Entry Identified By',
	),
	{
		displayName: 'Entry ID',
		name: 'entityId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['updateAddress', 'updateCompany', 'updateContact']) },
		description:
			'The ID of the address, company or contact entry, or its external ID when Entry Identified By is External ID',
	},
	...Object.entries(SUB_ENTITIES).map(
		([label, sub]): INodeProperties => ({
			displayName: label,
			name: sub.field,
			type: 'json',
			required: true,
			default: '{}',
			displayOptions: { show: show([`create${label}`, `update${label}`]) },
			description: `The ${sub.field} as RetailCRM's API expects it, e.g. ${sub.example}`,
		}),
	),
];

function corporateBody(params: Params, collection: string, nickName?: string): IDataObject {
	return params.bodyOrJson(() => {
		const custom = customFieldsOf(params);
		return {
			...(nickName ? { nickName } : {}),
			...entityFields(params.fields(collection)),
			...(custom ? { customFields: custom } : {}),
		};
	});
}

const corporatePath = (params: Params, suffix = '') =>
	path`/customers-corporate/${params.id('corporateCustomerId')}` + suffix;

function subEntityRequests(): Record<string, Operation> {
	const out: Record<string, Operation> = {};
	for (const [label, sub] of Object.entries(SUB_ENTITIES)) {
		out[`get${sub.plural}`] = rcList(
			sub.list,
			(params) => ({
				method: 'GET',
				path: corporatePath(params, `/${sub.list}`),
				qs: { by: byOf(params) },
			}),
			{ site: true },
		);
		out[`create${label}`] = rcCall(
			(params) => ({
				method: 'POST',
				path: corporatePath(params, `/${sub.list}/create`),
				body: { [sub.field]: params.json(sub.field), by: byOf(params) },
			}),
			{ site: true },
		);
		out[`update${label}`] = rcCall(
			(params) => ({
				method: 'POST',
				path: corporatePath(params, path`/${sub.list}/${params.id('entityId')}/edit`),
				body: {
					[sub.field]: params.json(sub.field),
					by: byOf(params),
					entityBy: byOf(params, 'entityBy'),
				},
			}),
			{ site: true },
		);
	}
	return out;
}

export const corporateCustomerRequests: Record<string, Operation> = {
	create: rcCall(
		(params) => ({
			method: 'POST',
			path: '/customers-corporate/create',
			body: {
				customerCorporate: corporateBody(
					params,
					'additionalFields',
					params.boolean('useJsonBody') ? undefined : params.required('nickName'),
				),
			},
		}),
		{ site: true },
	),
	get: rcCall(
		(params) => ({ method: 'GET', path: corporatePath(params), qs: { by: byOf(params) } }),
		{ site: true, pick: entity('customerCorporate') },
	),
	getAll: rcList('customersCorporate', (params) => ({
		method: 'GET',
		path: '/customers-corporate',
		qs: withFilter(
			filterOf(params.fields('filters'), {
				lists: ['ids', 'externalIds', 'managers', 'sites'],
				dates: ['createdAtFrom', 'createdAtTo'],
			}),
		),
	})),
	update: rcCall(
		(params) => ({
			method: 'POST',
			path: corporatePath(params, '/edit'),
			body: { customerCorporate: corporateBody(params, 'updateFields'), by: byOf(params) },
		}),
		{ site: true },
	),
	getHistory: rcList('history', (params) => ({
		method: 'GET',
		path: '/customers-corporate/history',
		qs: withFilter(
			filterOf(params.fields('historyFilters'), { dateTimes: ['startDate', 'endDate'] }),
		),
	})),
	...subEntityRequests(),
};
