import type { INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../shared/fields';
import { LIST_MARK } from './catalog';

/** Shown for list operations only (their values carry the list mark). */
const forLists = { operation: [{ _cnd: { endsWith: LIST_MARK } }] };

/** Shown for operations that send a body. */
const withBody = { operation: [{ _cnd: { regex: '^(POST|PUT|PATCH) ' } }] };

export function resourceField(listsOnly: boolean): INodeProperties {
	return {
		displayName: 'Resource Name or ID',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		typeOptions: { loadOptionsMethod: listsOnly ? 'getListResources' : 'getResources' },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The tags of the spec',
	};
}

export function operationField(listsOnly: boolean): INodeProperties {
	return {
		displayName: 'Operation Name or ID',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		typeOptions: {
			loadOptionsMethod: listsOnly ? 'getListOperations' : 'getOperations',
			loadOptionsDependsOn: ['resource', 'apiVersion'],
		},
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The operations of the tag, by their summary',
	};
}

export const apiVersionField: INodeProperties = {
	displayName: 'API Version',
	name: 'apiVersion',
	type: 'string',
	default: '',
	placeholder: 'v2',
	description:
		"The route version for this operation, e.g. v2. Leave empty to use the credential's API Version.",
};

export const paginationField: INodeProperties = {
	displayName: 'Pagination Name or ID',
	name: 'pagination',
	type: 'options',
	typeOptions: {
		loadOptionsMethod: 'getPaginationStyles',
		loadOptionsDependsOn: ['resource', 'operation', 'apiVersion'],
	},
	displayOptions: { show: forLists },
	default: 'auto',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'How the list is paged: the style read from the spec, or another one',
};

export function mapperField(method: string, label: string): INodeProperties {
	return {
		displayName: label,
		name: 'parameters',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		typeOptions: {
			loadOptionsDependsOn: ['resource', 'operation', 'apiVersion', 'useJsonBody', 'pagination'],
			resourceMapper: {
				resourceMapperMethod: method,
				mode: 'add',
				fieldWords: { singular: 'parameter', plural: 'parameters' },
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: false,
			},
		},
	};
}

const [returnAll, limit] = returnAllAndLimit();

/** The action node's form: the pickers, then what the chosen operation takes. */
export const actionProperties: INodeProperties[] = [
	resourceField(false),
	operationField(false),
	apiVersionField,
	{ ...returnAll, displayOptions: { show: forLists } },
	{ ...limit, displayOptions: { show: { ...forLists, returnAll: [false] } } },
	paginationField,
	{ ...useJsonBody, displayOptions: { show: withBody } },
	{
		...jsonBody('The request body as JSON, instead of the body fields of the form'),
		displayOptions: { show: { ...withBody, useJsonBody: [true] } },
	},
	mapperField('getParameterColumns', 'Parameters'),
];
