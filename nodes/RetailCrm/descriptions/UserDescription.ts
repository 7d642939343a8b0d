import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { path } from '../../shared/params';
import { entity, filterOf, rcCall, rcList, withFilter } from '../retailCrmRequests';

const show = (operation: string[]) => ({ resource: ['user'], operation });

export const userOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['user'] } },
	options: [
		{ name: 'Get', value: 'get', action: 'Get a user' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many users' },
		{ name: 'Update Status', value: 'updateStatus', action: 'Update the status of a user' },
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
		displayOptions: { show: show(['get', 'updateStatus']) },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Break', value: 'break' },
			{ name: 'Busy', value: 'busy' },
			{ name: 'Dinner', value: 'dinner' },
			{ name: 'Free', value: 'free' },
		],
		default: 'free',
		displayOptions: { show: show(['updateStatus']) },
		description: 'The status shown to colleagues and used for assigning work',
	},
	...returnAllAndLimit('user'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether to return only active users (or only inactive ones)',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			{
				displayName: 'Group Codes',
				name: 'groups',
				type: 'string',
				default: '',
				description: 'Comma-separated codes of user groups',
			},
			{
				displayName: 'Is Manager',
				name: 'isManager',
				type: 'boolean',
				default: true,
				description: 'Whether to return only managers (or only non-managers)',
			},
		],
	},
];

export const userRequests: Record<string, Operation> = {
	get: rcCall(
		(params) => ({ method: 'GET', path: path`/users/${params.id('userId', { numeric: true })}` }),
		{ pick: entity('user') },
	),
	getAll: rcList('users', (params) => ({
		method: 'GET',
		path: '/users',
		qs: withFilter(filterOf(params.fields('filters'), { lists: ['groups'] })),
	})),
	updateStatus: rcCall((params) => ({
		method: 'POST',
		path: path`/users/${params.id('userId', { numeric: true })}/status`,
		body: { status: params.required('status') },
	})),
};
