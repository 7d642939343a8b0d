import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

export const userOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['user'] } },
	options: [
		{ name: 'Get', value: 'get', action: 'Get a user' },
		{
			name: 'Get Current',
			value: 'getCurrent',
			action: 'Get the user of the API key',
		},
		{ name: 'Get Many', value: 'getAll', action: 'Get many users' },
	],
	default: 'get',
};

export const userFields: INodeProperties[] = [
	{
		displayName: 'User Name or ID',
		name: 'userId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		required: true,
		default: '',
		displayOptions: { show: { resource: ['user'], operation: ['get'] } },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	...returnAllAndLimit('user'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { resource: ['user'], operation: ['getAll'] } },
		options: [
			{
				displayName: 'Active Only',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether to return only active users instead of all users',
			},
		],
	},
];

export const userRequests: Record<string, Operation> = {
	get: call((params) => ({
		method: 'GET',
		path: path`/users/${params.id('userId', { numeric: true })}`,
	})),
	// Picqer filters on the presence of `active`, so it is sent only when asked for.
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/users',
		qs: params.fields('filters').active === true ? { active: true } : {},
	})),
	getCurrent: call(() => ({ method: 'GET', path: '/users/me' })),
};
