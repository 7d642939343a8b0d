import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { entity, rcCall, rcFiltered } from '../requests';

const paging = returnAllAndLimit();

/** src/Enum/CustomFields/CustomFieldEntity.php. */
const ENTITIES = [
	{ name: 'Customer', value: 'customer' },
	{ name: 'Loyalty Account', value: 'loyalty_account' },
	{ name: 'Order', value: 'order' },
];

const code = (description: string): INodeProperties => ({
	displayName: 'Code',
	name: 'code',
	type: 'string',
	required: true,
	default: '',
	description,
});

/**
 * Custom field definitions and their dictionaries (api-client-php src/ResourceGroup/CustomFields.php;
 * filters in src/Model/Filter/CustomFields/CustomFieldFilter.php and CustomDictionaryFilter.php;
 * answers under `customFields`, `customField`, `customDictionaries`, `customDictionary`).
 */
export const customField: ResourceDefinition = {
	name: 'Custom Field',
	value: 'customField',
	description: 'Definitions of custom fields and their dictionaries',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many custom fields',
			isDefault: true,
			fields: [
				...paging,
				filtersCollection([
					{
						displayName: 'Code',
						name: 'code',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Entity',
						name: 'entity',
						type: 'options',
						options: ENTITIES,
						default: 'order',
						description: 'Only the custom fields of this kind of record',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Types',
						name: 'type',
						type: 'multiOptions',
						// src/Enum/CustomFields/CustomFieldType.php
						options: [
							{ name: 'Boolean', value: 'boolean' },
							{ name: 'Date', value: 'date' },
							{ name: 'Dictionary', value: 'dictionary' },
							{ name: 'Email', value: 'email' },
							{ name: 'Integer', value: 'integer' },
							{ name: 'Numeric', value: 'numeric' },
							{ name: 'String', value: 'string' },
							{ name: 'Text', value: 'text' },
						],
						default: [],
					},
				]),
			],
			run: rcFiltered('customFields', '/custom-fields', { lists: ['type'] }),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a custom field',
			fields: [
				{
					displayName: 'Entity',
					name: 'entity',
					type: 'options',
					options: ENTITIES,
					default: 'order',
					description: 'The kind of record the custom field belongs to',
				},
				code('Symbolic code of the custom field'),
			],
			run: rcCall(
				(params) => ({
					method: 'GET',
					path: path`/custom-fields/${params.required('entity')}/${params.id('code')}`,
				}),
				{ pick: entity('customField') },
			),
		},
		{
			value: 'getDictionaries',
			name: 'Get Dictionaries',
			action: 'Get many custom field dictionaries',
			fields: [
				...paging,
				filtersCollection(
					[
						{ displayName: 'Code', name: 'code', type: 'string', default: '' },
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					],
					'dictionaryFilters',
				),
			],
			run: rcFiltered('customDictionaries', '/custom-fields/dictionaries', {}, 'dictionaryFilters'),
		},
		{
			value: 'getDictionary',
			name: 'Get Dictionary',
			action: 'Get a custom field dictionary',
			fields: [code('Symbolic code of the dictionary')],
			run: rcCall(
				(params) => ({
					method: 'GET',
					path: path`/custom-fields/dictionaries/${params.id('code')}`,
				}),
				{ pick: entity('customDictionary') },
			),
		},
	],
};
