import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	filtersCollection,
	returnAllAndLimit,
	updateFields,
} from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { siteField } from '../fields';
import { entity, entityFields, rcCall, rcFiltered } from '../requests';

const taskDetails: INodeProperties[] = [
	{
		displayName: 'Commentary',
		name: 'commentary',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Longer description of the task',
	},
	{
		displayName: 'Complete',
		name: 'complete',
		type: 'boolean',
		default: false,
		description: 'Whether the task is done',
	},
	{
		displayName: 'Customer ID',
		name: 'customer__id',
		type: 'number',
		default: 0,
		description: 'The RetailCRM ID of the customer the task is about',
	},
	{
		displayName: 'Due',
		name: 'datetime',
		type: 'dateTime',
		default: '',
		description: 'When the task is due, in the time zone of the account',
	},
	{
		displayName: 'Order ID',
		name: 'order__id',
		type: 'number',
		default: 0,
		description: 'The RetailCRM ID of the order the task is about',
	},
	{
		displayName: 'Order Number',
		name: 'order__number',
		type: 'string',
		default: '',
		description: 'The number of the order the task is about',
	},
];

const taskId: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'string',
	required: true,
	default: '',
	description: 'The RetailCRM ID of the task',
};

function taskBody(fields: IDataObject): IDataObject {
	const out = entityFields(fields, ['datetime']);
	// A task's due time is "Y-m-d H:i", without seconds (api-client-php
	// src/Model/Entity/Tasks/Task.php `DateTime<'Y-m-d H:i'>`; tests/.../TasksTest.php "2020-10-20 11:40").
	if (typeof out.datetime === 'string') out.datetime = out.datetime.slice(0, 16);
	if (out.performerId !== undefined) out.performerId = Number(out.performerId);
	return out;
}

const taskPath = (params: Params, suffix = '') =>
	path`/tasks/${params.id('taskId', { numeric: true })}` + suffix;

/** RetailCRM tasks (api-client-php src/ResourceGroup/Tasks.php). */
export const task: ResourceDefinition = {
	name: 'Task',
	value: 'task',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a task',
			isDefault: true,
			fields: [taskId],
			run: rcCall((params) => ({ method: 'GET', path: taskPath(params) }), {
				pick: entity('task'),
			}),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a task',
			fields: [
				{
					displayName: 'Text',
					name: 'text',
					type: 'string',
					required: true,
					default: '',
					description: 'What is to be done',
				},
				{
					displayName: 'Performer Name or ID',
					name: 'performerId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getUsers' },
					required: true,
					default: '',
					description:
						'The user who does the task. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				siteField,
				additionalFields(taskDetails.filter((field) => field.name !== 'complete')),
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: '/tasks/create',
					body: {
						task: taskBody({
							...params.fields('additionalFields'),
							text: params.required('text'),
							performerId: params.id('performerId', { numeric: true }),
						}),
					},
				}),
				{ site: true },
			),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a task',
			fields: [
				taskId,
				updateFields([
					...taskDetails,
					{
						displayName: 'Performer Name or ID',
						name: 'performerId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getUsers' },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						default: '',
						description: 'What is to be done',
					},
				]),
			],
			run: rcCall((params) => ({
				method: 'POST',
				path: taskPath(params, '/edit'),
				idempotent: true,
				body: { task: taskBody(params.fields('updateFields')) },
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many tasks',
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
					{
						displayName: 'Creator Names or IDs',
						name: 'creators',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getUsers' },
						default: [],
						description:
							'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Performer Names or IDs',
						name: 'performers',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getUsers' },
						default: [],
						description:
							'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Status',
						name: 'status',
						type: 'options',
						options: [
							{ name: 'Completed', value: 'completed' },
							{ name: 'Performing', value: 'performing' },
						],
						default: 'performing',
					},
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						default: '',
						description: 'Only tasks whose text contains this',
					},
				]),
			],
			run: rcFiltered('tasks', '/tasks', { lists: ['creators', 'performers'] }),
		},
	],
};
