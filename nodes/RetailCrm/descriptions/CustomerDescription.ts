import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	asList,
	byOf,
	customFieldsOf,
	entity,
	entityFields,
	filterOf,
	rcCall,
	rcList,
	rcUpload,
	withFilter,
} from '../retailCrmRequests';
import {
	byField,
	createdRangeFilters,
	customFieldsCollection,
	idAndManagerFilters,
	idField,
	jsonArrayField,
	siteField,
} from './common';

const show = (operation: string[]) => ({ resource: ['customer'], operation });

export const customerOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customer'] } },
	options: [
		{ name: 'Combine', value: 'combine', action: 'Combine customers into one' },
		{ name: 'Create', value: 'create', action: 'Create a customer' },
		{ name: 'Create Note', value: 'createNote', action: 'Create a note on a customer' },
		{ name: 'Delete Note', value: 'deleteNote', action: 'Delete a customer note' },
		{ name: 'Get', value: 'get', action: 'Get a customer' },
		{ name: 'Get History', value: 'getHistory', action: 'Get the change history of customers' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many customers' },
		{ name: 'Get Notes', value: 'getNotes', action: 'Get many customer notes' },
		{ name: 'Update', value: 'update', action: 'Update a customer' },
		{ name: 'Upload', value: 'upload', action: 'Upload customers in batches' },
	],
	default: 'get',
};

/** Fields a person has, shared with corporate customers' contacts. */
export const personDetails: INodeProperties[] = [
	{
		displayName: 'Address',
		name: 'address__text',
		type: 'string',
		default: '',
		description: 'Address as one line of text',
	},
	{
		displayName: 'Birthday',
		name: 'birthday',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the customer in your own system',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
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
		displayName: 'Patronymic',
		name: 'patronymic',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		description: 'Phone number; replaces the list of phone numbers on update',
	},
	{
		displayName: 'VIP',
		name: 'vip',
		type: 'boolean',
		default: false,
		description: 'Whether the customer is marked as VIP',
	},
];

export const customerFields: INodeProperties[] = [
	byField(show(['get', 'update'])),
	idField('customerId', 'Customer ID', show(['get', 'update'])),
	siteField(show(['create', 'createNote', 'get', 'update', 'upload'])),
	useJsonBody('customer', ['create', 'update']),
	jsonBody(
		'customer',
		['create', 'update'],
		'The customer as RetailCRM\'s API expects it, e.g. {"firstName": "Ann", "phones": [{"number": "+100200300"}]}',
	),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: personDetails,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: personDetails,
	},
	customFieldsCollection({ ...show(['create', 'update']), useJsonBody: [false] }),
	...returnAllAndLimit('customer'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			...createdRangeFilters('dateFrom', 'dateTo', 'customers'),
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			...idAndManagerFilters,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Searches names, phone numbers and email addresses',
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
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				description: 'Comma-separated tags',
			},
		],
	},
	...returnAllAndLimit('customer', 'getHistory'),
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
				description: 'Only changes of this customer',
			},
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				description: 'Only changes of this customer',
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
	{
		displayName: 'Customer IDs to Combine',
		name: 'combineIds',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['combine']) },
		description: 'Comma-separated RetailCRM IDs of the customers merged into the result',
	},
	{
		displayName: 'Result Customer ID',
		name: 'resultCustomerId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['combine']) },
		description: 'The RetailCRM ID of the customer that remains',
	},
	byField(show(['createNote']), 'noteCustomerBy', 'Customer Identified By'),
	idField('noteCustomerId', 'Customer ID', show(['createNote'])),
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: { show: show(['createNote']) },
		description: 'Text of the note',
	},
	{
		displayName: 'Additional Fields',
		name: 'noteFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['createNote']) },
		options: [
			{
				displayName: 'Manager Name or ID',
				name: 'managerId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getUsers' },
				default: '',
				description:
					'The author of the note. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
	{
		displayName: 'Note ID',
		name: 'noteId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['deleteNote']) },
		description: 'The RetailCRM ID of the note',
	},
	...returnAllAndLimit('customer', 'getNotes'),
	{
		displayName: 'Filters',
		name: 'noteFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getNotes']) },
		options: [
			{
				displayName: 'Customer External IDs',
				name: 'customerExternalIds',
				type: 'string',
				default: '',
				description: 'Comma-separated external IDs of customers',
			},
			{
				displayName: 'Customer IDs',
				name: 'customerIds',
				type: 'string',
				default: '',
				description: 'Comma-separated RetailCRM IDs of customers',
			},
			{
				displayName: 'Text',
				name: 'text',
				type: 'string',
				default: '',
				description: 'Only notes containing this text',
			},
		],
	},
	jsonArrayField(
		'customers',
		'Customers',
		show(['upload']),
		'JSON array of customers as RetailCRM\'s API expects them, e.g. [{"externalId": "C1", "firstName": "Ann"}]. Sent 50 per request.',
	),
];

/** The form's fields as a RetailCRM customer: a phone becomes the phone list. */
export function personBody(fields: IDataObject): IDataObject {
	const { phone, ...rest } = fields;
	const out = entityFields(rest, [], ['birthday']);
	if (phone) out.phones = [{ number: String(phone) }];
	return out;
}

function customerBody(params: Params, collection: string): IDataObject {
	return params.bodyOrJson(() => {
		const custom = customFieldsOf(params);
		return {
			...personBody(params.fields(collection)),
			...(custom ? { customFields: custom } : {}),
		};
	});
}

const customerPath = (params: Params, suffix = '') =>
	path`/customers/${params.id('customerId')}` + suffix;

export const customerRequests: Record<string, Operation> = {
	create: rcCall(
		(params) => ({
			method: 'POST',
			path: '/customers/create',
			body: { customer: customerBody(params, 'additionalFields') },
		}),
		{ site: true },
	),
	get: rcCall(
		(params) => ({ method: 'GET', path: customerPath(params), qs: { by: byOf(params) } }),
		{ site: true, pick: entity('customer') },
	),
	getAll: rcList('customers', (params) => ({
		method: 'GET',
		path: '/customers',
		qs: withFilter(
			filterOf(params.fields('filters'), {
				lists: ['ids', 'externalIds', 'managers', 'sites', 'tags'],
				dates: ['dateFrom', 'dateTo'],
			}),
		),
	})),
	update: rcCall(
		(params) => ({
			method: 'POST',
			path: customerPath(params, '/edit'),
			body: { customer: customerBody(params, 'updateFields'), by: byOf(params) },
		}),
		{ site: true },
	),
	getHistory: rcList('history', (params) => ({
		method: 'GET',
		path: '/customers/history',
		qs: withFilter(
			filterOf(params.fields('historyFilters'), { dateTimes: ['startDate', 'endDate'] }),
		),
	})),
	combine: rcCall((params) => {
		const ids = asList(params.required('combineIds'));
		const result = params.id('resultCustomerId', { numeric: true });
		if (ids.some((id) => !/^\d+$/.test(id))) params.invalid('combineIds', 'must be numeric IDs');
		return {
			method: 'POST',
			path: '/customers/combine',
			body: {
				customers: ids.map((id) => ({ id: Number(id) })),
				resultCustomer: { id: Number(result) },
			},
		};
	}),
	createNote: rcCall(
		(params) => {
			const by = byOf(params, 'noteCustomerBy');
			const customer = params.id('noteCustomerId', { numeric: by === 'id' });
			const { managerId } = params.fields('noteFields');
			return {
				method: 'POST',
				path: '/customers/notes/create',
				body: {
					note: {
						customer: by === 'id' ? { id: Number(customer) } : { externalId: customer },
						text: params.required('text'),
						...(managerId !== undefined ? { managerId: Number(managerId) } : {}),
					},
				},
			};
		},
		{ site: true },
	),
	getNotes: rcList('notes', (params) => ({
		method: 'GET',
		path: '/customers/notes',
		qs: withFilter(
			filterOf(params.fields('noteFilters'), { lists: ['customerIds', 'customerExternalIds'] }),
		),
	})),
	deleteNote: rcCall((params) => ({
		method: 'POST',
		path: path`/customers/notes/${params.id('noteId', { numeric: true })}/delete`,
	})),
	upload: rcUpload({
		path: '/customers/upload',
		field: 'customers',
		param: 'customers',
		batchSize: 50,
		uploaded: 'uploadedCustomers',
		failed: 'failedCustomers',
		site: true,
	}),
};
