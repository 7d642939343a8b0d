import type { INodeProperties } from 'n8n-workflow';

import { formOnly } from '../shared/fields';

/** Which identifier a path holds: RetailCRM's `by` parameter, offered as a choice. */
export function byField(name = 'by', displayName = 'Identify By'): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		options: [
			{ name: 'External ID', value: 'externalId', description: 'The ID from your own system' },
			{ name: 'ID', value: 'id', description: 'The internal RetailCRM ID' },
		],
		default: 'id',
		description: 'Whether the value below is the RetailCRM ID or the external ID',
	};
}

/** The store code; the credential's default site when empty. */
export const siteField: INodeProperties = {
	displayName: 'Site Name or ID',
	name: 'site',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSitesOrDefault' },
	default: '',
	description:
		'Store the record belongs to; needed when the API key covers several stores. Leave empty to use the default site of the credential. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** An ID or external ID that goes into the path. */
export function idField(name: string, displayName: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		description: 'The RetailCRM ID, or the external ID when Identify By is External ID',
	};
}

/** A JSON array parameter for batch uploads. */
export function jsonArrayField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'json',
		required: true,
		default: '[]',
		description,
	};
}

/** Custom fields as code/value rows; sent as RetailCRM's `customFields: {code: value}` map. */
export const customFieldsField: INodeProperties = {
	displayName: 'Custom Fields',
	name: 'customFields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Custom Field',
	default: {},
	displayOptions: formOnly,
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Code',
					name: 'code',
					type: 'string',
					default: '',
					description: 'Symbolic code of the custom field',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
				},
			],
		},
	],
};

/** Created From / Created To filters; `noun` is what the list holds, e.g. "orders". */
export function createdRangeFilters(from: string, to: string, noun: string): INodeProperties[] {
	return [
		{
			displayName: 'Created From',
			name: from,
			type: 'dateTime',
			default: '',
			description: `Only ${noun} created on or after this date`,
		},
		{
			displayName: 'Created To',
			name: to,
			type: 'dateTime',
			default: '',
			description: `Only ${noun} created on or before this date`,
		},
	];
}

/** `filter[externalIds][]`: records by the IDs of your own system. */
export const externalIdsFilter: INodeProperties = {
	displayName: 'External IDs',
	name: 'externalIds',
	type: 'string',
	default: '',
	description: 'Comma-separated external IDs',
};

/** `filter[ids][]`: records by their RetailCRM IDs. */
export const idsFilter: INodeProperties = {
	displayName: 'IDs',
	name: 'ids',
	type: 'string',
	default: '',
	description: 'Comma-separated RetailCRM IDs',
};

/** The External IDs, IDs and Managers filters every order and customer list takes. */
export const idAndManagerFilters: INodeProperties[] = [
	externalIdsFilter,
	idsFilter,
	{
		displayName: 'Manager Names or IDs',
		name: 'managers',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

/** A RetailCRM user picked from the list (`managerId`); `role` says what the user is to the record. */
export function managerField(role: string): INodeProperties {
	return {
		displayName: 'Manager Name or ID',
		name: 'managerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		description: `${role} Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
	};
}

/** The Sites filter of lists that span several stores. */
export const sitesFilter: INodeProperties = {
	displayName: 'Site Names or IDs',
	name: 'sites',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getSites' },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
