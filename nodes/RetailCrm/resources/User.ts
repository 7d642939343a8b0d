import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { entity, rcCall, rcFiltered } from '../requests';

const userId: INodeProperties = {
	displayName: 'User Name or ID',
	name: 'userId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getUsers' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** RetailCRM users (api-client-php src/ResourceGroup/Users.php). */
export const user: ResourceDefinition = {
	name: 'User',
	value: 'user',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a user',
			isDefault: true,
			fields: [userId],
			run: rcCall(
				(params) => ({
					method: 'GET',
					path: path`/users/${params.id('userId', { numeric: true })}`,
				}),
				{ pick: entity('user') },
			),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many users',
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
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
				]),
			],
			run: rcFiltered('users', '/users', { lists: ['groups'] }),
		},
		{
			value: 'updateStatus',
			name: 'Update Status',
			action: 'Update the status of a user',
			fields: [
				userId,
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
					description: 'The status shown to colleagues and used for assigning work',
				},
			],
			run: rcCall((params) => ({
				method: 'POST',
				path: path`/users/${params.id('userId', { numeric: true })}/status`,
				body: { status: params.required('status') },
			})),
		},
	],
};
