import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { additionalFields, returnAllAndLimit, updateFields } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { customerLocator, expandField, metadataField } from '../fields';
import { bodyOf, expandQuery, many, one } from '../requests';

const customerId = customerLocator();

/** Fields of create and update customer (docs.pelcro.com/reference/api-core-create-customer). */
const personFields: INodeProperties[] = [
	{
		displayName: 'Display Name',
		name: 'display_name',
		type: 'string',
		default: '',
		description: 'Up to 100 characters',
	},
	{
		displayName: 'Email Hard Bounce',
		name: 'email_hardbounce',
		type: 'boolean',
		default: false,
		description: 'Whether mail to the address fails permanently',
	},
	{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	{
		displayName: 'Mail Marketing',
		name: 'mail_marketing',
		type: 'boolean',
		default: false,
		description: 'Whether the customer agreed to marketing by mail',
	},
	{
		displayName: 'Old Provider ID',
		name: 'old_provider_id',
		type: 'string',
		default: '',
		description: "The customer's ID in a system you migrated from",
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		description: 'Pelcro keeps the digits only: 5 to 20 of them',
	},
	{
		displayName: 'Tele Marketing',
		name: 'tele_marketing',
		type: 'boolean',
		default: false,
		description: 'Whether the customer agreed to marketing by phone',
	},
];

const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
};

const expand = expandField([
	['Addresses', 'addresses'],
	['Organization', 'organization'],
	['Subscriptions', 'subscriptions'],
]);

const customerPath = (params: Params) =>
	path`/customers/${params.id('customerId', { numeric: true })}`;

/** "One of email, old_provider_id or display_name" is required (R/api-core-create-customer). */
function createBody(params: Params): IDataObject {
	const body = bodyOf(params, 'additionalFields');
	const email = params.string('email');
	if (email !== '') body.email = email;
	if (!body.email && !body.display_name && !body.old_provider_id)
		params.reject('Email', 'is required unless a Display Name or Old Provider ID is given');
	return body;
}

/** `filter[attr]=op:value` rows (docs.pelcro.com/reference/api-core-filtering-and-sorting). */
function filterQuery(params: Params): IDataObject {
	const qs: IDataObject = {};
	for (const row of params.rows('filters', 'filter')) {
		const field = String(row.field ?? '');
		const key = field === 'metadata' ? `metadata.${String(row.metadataKey ?? '').trim()}` : field;
		if (field === 'metadata' && key === 'metadata.')
			params.reject('Metadata Key', 'is required for a metadata filter');
		if (!/^[a-z_]+(\.[a-z0-9_]+)?$/i.test(key))
			params.reject('Metadata Key', `may hold only letters, digits and "_", got "${key}"`);
		const operator = `${row.matchAny ? 'or' : ''}${String(row.operator ?? 'eq')}`;
		qs[`filter[${key}]`] = `${operator}:${String(row.value ?? '')}`;
	}
	const sort = params.string('sort');
	if (sort !== '') qs.sort = sort;
	return qs;
}

const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Filter',
	default: {},
	description: 'Sent as filter[field]=operator:value; all rows must match unless Match Any is on',
	options: [
		{
			displayName: 'Filter',
			name: 'filter',
			values: [
				{
					displayName: 'Field',
					name: 'field',
					type: 'options',
					options: [
						{
							name: 'Email',
							value: 'email',
						},
						{
							name: 'First Name',
							value: 'first_name',
						},
						{
							name: 'Last Name',
							value: 'last_name',
						},
						{
							name: 'Metadata',
							value: 'metadata',
						},
					],
					default: 'email',
				},
				{
					displayName: 'Match Any',
					name: 'matchAny',
					type: 'boolean',
					default: false,
					description:
						"Whether this row may match instead of the other Match Any rows (Pelcro's 'or' operators)",
				},
				{
					displayName: 'Metadata Key',
					name: 'metadataKey',
					type: 'string',
					default: '',
					description: 'For the Metadata field:	the key to compare, e.g. tier',
				},
				{
					displayName: 'Operator',
					name: 'operator',
					type: 'options',
					options: [
						{
							name: 'Contains',
							value: 'like',
						},
						{
							name: 'Equals',
							value: 'eq',
						},
						{
							name: 'Has Key',
							value: 'has',
							description: 'For the Metadata field:	the key exists',
						},
					],
					default: 'eq',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description:
						'Several values separated by commas match any of them. For Has Key, the key.',
				},
			],
		},
	],
};

const sort: INodeProperties = {
	displayName: 'Sort',
	name: 'sort',
	type: 'options',
	options: [
		{ name: 'Default', value: '' },
		{ name: 'Email (A to Z)', value: 'email' },
		{ name: 'Email (Z to A)', value: '-email' },
		{ name: 'ID (Newest First)', value: '-id' },
		{ name: 'ID (Oldest First)', value: 'id' },
	],
	default: '',
};

/** Pelcro customers: docs.pelcro.com/reference/api-core-customers */
export const customer: ResourceDefinition = {
	name: 'Customer',
	value: 'customer',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a customer',
			fields: [
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					description: 'Required unless a Display Name or Old Provider ID is given',
				},
				additionalFields(
					[...personFields, metadataField(false)].sort((a, b) =>
						a.displayName.localeCompare(b.displayName),
					),
				),
			],
			run: one((params) => ({ method: 'POST', path: '/customers', body: createBody(params) })),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a customer',
			description:
				'Soft-deletes the customer and its related records, and cancels its active subscriptions',
			fields: [customerId],
			run: one((params) => ({ method: 'DELETE', path: customerPath(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer',
			fields: [customerId, expand],
			run: one((params) => ({
				method: 'GET',
				path: customerPath(params),
				qs: expandQuery(params),
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many customers',
			isDefault: true,
			fields: [...returnAllAndLimit(), filters, sort, expand],
			run: many((params) => ({
				method: 'GET',
				path: '/customers',
				qs: { ...filterQuery(params), ...expandQuery(params) },
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a customer',
			fields: [
				customerId,
				updateFields(
					[...personFields, emailField, metadataField(true)].sort((a, b) =>
						a.displayName.localeCompare(b.displayName),
					),
				),
			],
			run: one((params) => ({
				method: 'PUT',
				path: customerPath(params),
				body: bodyOf(params, 'updateFields'),
			})),
		},
	],
};
