import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

const show = (operation: string[]) => ({ resource: ['tag'], operation });

export const tagOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['tag'] } },
	options: [
		{ name: 'Create', value: 'create', action: 'Create a tag' },
		{ name: 'Delete', value: 'delete', action: 'Delete a tag' },
		{ name: 'Get', value: 'get', action: 'Get a tag' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many tags' },
	],
	default: 'getAll',
};

export const tagFields: INodeProperties[] = [
	{
		displayName: 'Tag Name or ID',
		name: 'tagId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTags' },
		required: true,
		default: '',
		displayOptions: { show: show(['delete', 'get']) },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['create']) },
		description: 'Name of the tag, unique in the account',
	},
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		required: true,
		default: '#3498db',
		displayOptions: { show: show(['create']) },
		description: 'Background color of the tag, as a hexadecimal code',
	},
	{
		displayName: 'Inherit',
		name: 'inherit',
		type: 'boolean',
		default: false,
		displayOptions: { show: show(['create']) },
		description: 'Whether orders inherit this tag from their customer',
	},
	...returnAllAndLimit('tag'),
];

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function color(params: Params): string {
	const value = params.required('color');
	if (!HEX_COLOR.test(value))
		params.invalid('color', `must be a hexadecimal color such as #3498db, got "${value}"`);
	return value;
}

const tagPath = (params: Params) => path`/tags/${params.id('tagId', { numeric: true })}`;

export const tagRequests: Record<string, Operation> = {
	create: call((params) => ({
		method: 'POST',
		path: '/tags',
		// Picqer requires all three fields.
		body: {
			title: params.required('title'),
			color: color(params),
			inherit: params.boolean('inherit'),
		},
	})),
	delete: call((params) => ({ method: 'DELETE', path: tagPath(params) })),
	get: call((params) => ({ method: 'GET', path: tagPath(params) })),
	getAll: getMany(picqerPages, () => ({ method: 'GET', path: '/tags' })),
};
