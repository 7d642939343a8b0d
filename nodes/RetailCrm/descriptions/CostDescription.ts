import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { entity, entityFields, filterOf, rcCall, rcList, withFilter } from '../retailCrmRequests';
import { siteField } from './common';

const show = (operation: string[]) => ({ resource: ['cost'], operation });

export const costOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['cost'] } },
	options: [
		{ name: 'Create', value: 'create', action: 'Create a cost' },
		{ name: 'Delete', value: 'delete', action: 'Delete a cost' },
		{ name: 'Get', value: 'get', action: 'Get a cost' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many costs' },
		{ name: 'Update', value: 'update', action: 'Update a cost' },
	],
	default: 'get',
};

const costDetails: INodeProperties[] = [
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Cost Item',
		name: 'costItem',
		type: 'string',
		default: '',
		description: 'Symbolic code of the cost item (see Reference Book "Cost Items" in RetailCRM)',
	},
	{
		displayName: 'Date From',
		name: 'dateFrom',
		type: 'dateTime',
		default: '',
		description: 'First day the cost covers',
	},
	{
		displayName: 'Date To',
		name: 'dateTo',
		type: 'dateTime',
		default: '',
		description: 'Last day the cost covers',
	},
	{
		displayName: 'Order ID',
		name: 'order__id',
		type: 'number',
		default: 0,
		description: 'The RetailCRM ID of the order the cost belongs to',
	},
	{
		displayName: 'Sum',
		name: 'summ',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Amount of the cost',
	},
];

export const costFields: INodeProperties[] = [
	{
		displayName: 'Cost ID',
		name: 'costId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['delete', 'get', 'update']) },
		description: 'The RetailCRM ID of the cost',
	},
	siteField(show(['create', 'update'])),
	useJsonBody('cost', ['create', 'update']),
	jsonBody(
		'cost',
		['create', 'update'],
		'The cost as RetailCRM\'s API expects it, e.g. {"summ": 10, "costItem": "delivery", "dateFrom": "2024-01-31"}',
	),
	{
		displayName: 'Sum',
		name: 'summ',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		required: true,
		default: 0,
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Amount of the cost',
	},
	{
		displayName: 'Cost Item',
		name: 'costItem',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Symbolic code of the cost item',
	},
	{
		displayName: 'Date',
		name: 'dateFrom',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'The day of the cost, or the first day of the period it covers',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: costDetails.filter((f) => !['summ', 'costItem', 'dateFrom'].includes(f.name)),
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: costDetails,
	},
	...returnAllAndLimit('cost'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Cost Items',
				name: 'costItems',
				type: 'string',
				default: '',
				description: 'Comma-separated codes of cost items',
			},
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Only costs up to this day',
			},
			{
				displayName: 'Order IDs',
				name: 'orderIds',
				type: 'string',
				default: '',
				description: 'Comma-separated RetailCRM IDs of orders',
			},
			{
				displayName: 'Site Names or IDs',
				name: 'sites',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getSites' },
				default: [],
				description:
					'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'Only costs from this day',
			},
		],
	},
];

const DATES = ['dateFrom', 'dateTo'];

function costBody(params: Params, fields: IDataObject): IDataObject {
	return params.bodyOrJson(() => entityFields(fields, [], DATES));
}

const costPath = (params: Params, suffix = '') =>
	path`/costs/${params.id('costId', { numeric: true })}` + suffix;

export const costRequests: Record<string, Operation> = {
	create: rcCall(
		(params) => ({
			method: 'POST',
			path: '/costs/create',
			body: {
				cost: costBody(
					params,
					params.boolean('useJsonBody')
						? {}
						: {
								...params.fields('additionalFields'),
								summ: params.number('summ'),
								costItem: params.required('costItem'),
								dateFrom: params.required('dateFrom'),
							},
				),
			},
		}),
		{ site: true },
	),
	get: rcCall((params) => ({ method: 'GET', path: costPath(params) }), { pick: entity('cost') }),
	getAll: rcList('costs', (params) => ({
		method: 'GET',
		path: '/costs',
		qs: withFilter(
			filterOf(params.fields('filters'), {
				lists: ['costItems', 'orderIds', 'sites'],
				dates: ['startDate', 'endDate'],
			}),
		),
	})),
	update: rcCall(
		(params) => ({
			method: 'POST',
			path: costPath(params, '/edit'),
			body: { cost: costBody(params, params.fields('updateFields')) },
		}),
		{ site: true },
	),
	delete: rcCall((params) => ({ method: 'POST', path: costPath(params, '/delete') })),
};
