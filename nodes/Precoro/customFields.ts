import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../shared/executor';
import { returnAllAndLimit } from '../shared/fields';
import type { OperationDefinition, ResourceDefinition } from '../shared/operations';
import type { Params } from '../shared/params';
import { path } from '../shared/params';
import { referenceId } from './fields';
import { precoroPages } from './PrecoroProfile';
import {
	externalIdBody,
	externalIdField,
	readId,
	referenceResource,
	textFilter,
} from './references';

export interface CustomFieldKind {
	/** "Document", "Item" or "Supplier". */
	label: string;
	value: string;
	path: string;
	/** The dropdown listing this kind's fields. */
	fieldsMethod: string;
	/** Whether `GET {path}/{id}/options` and `PATCH …/options/{optionId}` exist (not for suppliers). */
	optionList: boolean;
}

const optionDetails: INodeProperties[] = [
	textFilter('Code', 'code', 'Short code, e.g. an account number'),
	{
		displayName: 'Enabled',
		name: 'enable',
		type: 'boolean',
		default: true,
		description: 'Whether users can pick the option',
	},
	textFilter(
		'External ID',
		'externalId',
		'The ID of this value in another system (at most 255 characters)',
	),
	textFilter('Parent Option ID', 'parentId', 'Numeric ID of the option this one sits under'),
];

/**
 * An option as INT's DocumentCustomFieldOptionDto (and SupplierCustomFieldOptionDto) names its
 * fields: `name`, `code`, `enable`, `externalId`, `parent: { id }`.
 */
function optionBody(params: Params, collection: string): IDataObject {
	const { parentId, ...fields } = params.numericIds(params.fields(collection), {
		parentId: 'parentId',
	});
	if (fields.externalId !== undefined && String(fields.externalId).length > 255)
		params.invalid('externalId', 'may have at most 255 characters');
	return {
		name: params.required('name'),
		...fields,
		...(parentId !== undefined ? { parent: { id: parentId } } : {}),
	};
}

/**
 * Custom fields and their options: Departments, Projects, GL accounts and the like, which
 * accounting integrations sync into Precoro (help.precoro.com "Using API in Precoro" and
 * "Mastering external integrations"; INT `/api/documentcustomfields/{id}/options`).
 */
export function customFieldResource(kind: CustomFieldKind): ResourceDefinition {
	const id = referenceId(`${kind.label} Custom Field`, kind.fieldsMethod);
	const optionId: INodeProperties = kind.optionList
		? {
				displayName: 'Option Name or ID',
				name: 'optionId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCustomFieldOptions', loadOptionsDependsOn: ['id'] },
				required: true,
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			}
		: {
				displayName: 'Option ID',
				name: 'optionId',
				type: 'string',
				required: true,
				default: '',
				description: 'Numeric ID of the option',
			};
	const name: INodeProperties = {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
	};
	const options = (params: Params) => `${kind.path}/${path`${readId(params)}`}/options`;
	const option = (params: Params) => `${options(params)}/${path`${readId(params, 'optionId')}`}`;
	const extra: OperationDefinition[] = [
		{
			value: 'createOption',
			name: 'Create Option',
			action: `Create an option of a ${kind.label.toLowerCase()} custom field`,
			fields: [
				id,
				name,
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: optionDetails,
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: options(params),
				body: optionBody(params, 'additionalFields'),
			})),
		},
		{
			value: 'updateOption',
			name: 'Update Option',
			action: `Update an option of a ${kind.label.toLowerCase()} custom field`,
			description: 'Replace the option’s name and the fields given (PUT)',
			fields: [
				id,
				optionId,
				name,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: optionDetails,
				},
			],
			run: call((params) => ({
				method: 'PUT',
				path: option(params),
				body: optionBody(params, 'updateFields'),
			})),
		},
	];
	if (kind.optionList) {
		extra.unshift({
			value: 'getOptions',
			name: 'Get Many Options',
			action: `Get many options of a ${kind.label.toLowerCase()} custom field`,
			fields: [id, ...returnAllAndLimit()],
			run: getMany(precoroPages, (params) => ({ method: 'GET', path: options(params) })),
		});
		extra.push({
			value: 'setOptionExternalId',
			name: 'Set Option External ID',
			action: `Set the external ID of a ${kind.label.toLowerCase()} custom field option`,
			fields: [id, optionId, externalIdField],
			run: call((params) => ({
				method: 'PATCH',
				path: option(params),
				body: externalIdBody(params),
			})),
		});
	}
	return referenceResource({
		name: `${kind.label} Custom Field`,
		plural: `${kind.label} Custom Fields`,
		value: kind.value,
		path: kind.path,
		idField: id,
		filters: {
			fields: [textFilter('Search', 'searchQuery', 'Part of the field’s name')],
			query: (filters) => (filters.searchQuery ? { searchQuery: filters.searchQuery } : {}),
		},
		extraOperations: extra,
	});
}
