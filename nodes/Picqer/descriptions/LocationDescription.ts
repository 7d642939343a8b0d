import type { INodeProperties } from 'n8n-workflow';

import { jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

const show = (operation: string[]) => ({ resource: ['location'], operation });

export const locationOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['location'] } },
	options: [
		{ name: 'Create', value: 'create', action: 'Create a location' },
		{ name: 'Delete', value: 'delete', action: 'Delete a location' },
		{ name: 'Get', value: 'get', action: 'Get a location' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many locations' },
		{ name: 'Get Products', value: 'getProducts', action: 'Get the products on a location' },
		{ name: 'Update', value: 'update', action: 'Update a location' },
	],
	default: 'get',
};

const locationDetails: INodeProperties[] = [
	{
		displayName: 'Bulk Location',
		name: 'is_bulk_location',
		type: 'boolean',
		default: false,
		description: 'Whether the location holds bulk stock',
	},
	{
		displayName: 'Location Type ID',
		name: 'idlocation_type',
		type: 'string',
		default: '',
		description: "ID of the location type; Picqer's default type when empty",
	},
	{
		displayName: 'Parent Location Name or ID',
		name: 'parent_idlocation',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLocations' },
		default: '',
		description:
			'The location this one is nested in. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Remarks',
		name: 'remarks',
		type: 'string',
		default: '',
		description: 'Remarks about the location',
	},
	{
		displayName: 'Unlink on Empty',
		name: 'unlink_on_empty',
		type: 'boolean',
		default: false,
		description: 'Whether products are unlinked from the location when their stock there reaches 0',
	},
];

export const locationFields: INodeProperties[] = [
	{
		displayName: 'Location Name or ID',
		name: 'locationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLocations' },
		required: true,
		default: '',
		displayOptions: { show: show(['delete', 'get', 'getProducts', 'update']) },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	useJsonBody('location', ['create', 'update']),
	jsonBody(
		'location',
		['create', 'update'],
		'The location as Picqer\'s API expects it, e.g. {"idwarehouse": 1, "name": "A-01-1"}',
	),
	{
		displayName: 'Warehouse Name or ID',
		name: 'warehouseId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getWarehouses' },
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		description: 'Name of the location, e.g. A-01-1',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['create']), useJsonBody: [false] } },
		options: locationDetails,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { ...show(['update']), useJsonBody: [false] } },
		options: [
			...locationDetails,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Name of the location',
			},
		],
	},
	{
		displayName: 'Link to Parent by Name',
		name: 'autoLinkToParent',
		type: 'boolean',
		default: false,
		displayOptions: { show: show(['create']) },
		description:
			'Whether Picqer finds the parent from the name (e.g. A-01 for A-01-1) and creates it when missing',
	},
	...returnAllAndLimit('location'),
	...returnAllAndLimit('location', 'getProducts'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Location Type ID',
				name: 'idlocation_type',
				type: 'string',
				default: '',
				description: 'Only locations of this type',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only the location with this name',
			},
			{
				displayName: 'Only Available',
				name: 'only_available',
				type: 'boolean',
				default: true,
				description: 'Whether to return only locations no product is linked to yet',
			},
			{
				displayName: 'Warehouse Name or ID',
				name: 'idwarehouse',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getWarehouses' },
				default: '',
				description:
					'Only locations in this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

const ID_LABELS = {
	idlocation_type: 'Location Type ID',
	parent_idlocation: 'Parent Location',
	idwarehouse: 'Warehouse',
};

const locationPath = (params: Params, suffix = '') =>
	path`/locations/${params.id('locationId', { numeric: true })}` + suffix;

function filters(params: Params) {
	const { only_available: onlyAvailable, ...rest } = params.fields('filters');
	return {
		...params.numericIds(rest, ID_LABELS),
		// Picqer reads the flag's presence, so "false" is not sent.
		...(onlyAvailable ? { only_available: true } : {}),
	};
}

export const locationRequests: Record<string, Operation> = {
	create: call((params) => ({
		method: 'POST',
		path: '/locations',
		qs: params.boolean('autoLinkToParent') ? { auto_link_to_parent: 1 } : undefined,
		body: params.bodyOrJson(() =>
			params.numericIds(
				{
					idwarehouse: params.id('warehouseId', { numeric: true }),
					name: params.required('name'),
					...params.fields('additionalFields'),
				},
				ID_LABELS,
			),
		),
	})),
	delete: call((params) => ({ method: 'DELETE', path: locationPath(params) })),
	get: call((params) => ({ method: 'GET', path: locationPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/locations',
		qs: filters(params),
	})),
	getProducts: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: locationPath(params, '/products'),
	})),
	update: call((params) => ({
		method: 'PUT',
		path: locationPath(params),
		body: params.bodyOrJson(() => params.numericIds(params.fields('updateFields'), ID_LABELS)),
	})),
};
