import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

/** Picqer users: https://picqer.com/en/api/users (the `active` filter); `/users/me`: picqer-php Client.php. */
export const user: ResourceDefinition = {
	name: 'User',
	value: 'user',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a user',
			isDefault: true,
			fields: [
				{
					displayName: 'User Name or ID',
					name: 'userId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getUsers' },
					required: true,
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
			],
			run: call((params) => ({
				method: 'GET',
				path: path`/users/${params.id('userId', { numeric: true })}`,
			})),
		},
		{
			value: 'getCurrent',
			name: 'Get Current',
			action: 'Get the user of the API key',
			run: call(() => ({ method: 'GET', path: '/users/me' })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many users',
			fields: [
				...returnAllAndLimit(),
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
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
			],
			// Picqer filters on the presence of `active`, so it is sent only when asked for.
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/users',
				qs: params.fields('filters').active === true ? { active: true } : {},
			})),
		},
	],
};
