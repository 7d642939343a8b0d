import type { INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

const tagId: INodeProperties = {
	displayName: 'Tag Name or ID',
	name: 'tagId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTags' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function color(params: Params): string {
	const value = params.required('color');
	if (!HEX_COLOR.test(value))
		params.invalid('color', `must be a hexadecimal color such as #3498db, got "${value}"`);
	return value;
}

const tagPath = (params: Params) => path`/tags/${params.id('tagId', { numeric: true })}`;

/** Picqer tags: https://picqer.com/en/api/tags */
export const tag: ResourceDefinition = {
	name: 'Tag',
	value: 'tag',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a tag',
			fields: [
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					required: true,
					default: '',
					description: 'Name of the tag, unique in the account',
				},
				{
					displayName: 'Color',
					name: 'color',
					type: 'color',
					required: true,
					default: '#3498db',
					description: 'Background color of the tag, as a hexadecimal code',
				},
				{
					displayName: 'Inherit',
					name: 'inherit',
					type: 'boolean',
					default: false,
					description: 'Whether orders inherit this tag from their customer',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: '/tags',
				// Picqer requires all three fields (picqer.com/en/api/tags).
				body: {
					title: params.required('title'),
					color: color(params),
					inherit: params.boolean('inherit'),
				},
			})),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a tag',
			fields: [tagId],
			run: call((params) => ({ method: 'DELETE', path: tagPath(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a tag',
			fields: [tagId],
			run: call((params) => ({ method: 'GET', path: tagPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many tags',
			isDefault: true,
			fields: returnAllAndLimit(),
			run: getMany(picqerPages, () => ({ method: 'GET', path: '/tags' })),
		},
	],
};
