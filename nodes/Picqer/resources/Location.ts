import type { INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../../shared/executor';
import { formOnly, jsonBody, returnAllAndLimit, useJsonBody } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds } from '../fields';
import { picqerPages } from '../PicqerProfile';

/** Writable location attributes (picqer.com/en/api/locations); for type "location" only. */
const locationDetails: INodeProperties[] = [
	{
		displayName: 'Bulk Location',
		name: 'is_bulk_location',
		type: 'boolean',
		default: false,
		description: 'Whether the location holds bulk stock',
	},
	{
		displayName: 'Exclusive Location',
		name: 'is_exclusive_location',
		type: 'boolean',
		default: false,
		description: 'Whether only one product can be linked to the location',
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

const locationId: INodeProperties = {
	displayName: 'Location Name or ID',
	name: 'locationId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLocations' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const locationBody = jsonBody(
	'The location as Picqer\'s API expects it, e.g. {"idwarehouse": 1, "name": "A-01-1"}',
);

const paging = returnAllAndLimit();

/** "location" (nested, named by you) or "container" (numbered, no fixed place): picqer.com/en/api/locations. */
const locationType = (description: string): INodeProperties => ({
	displayName: 'Type',
	name: 'type',
	type: 'options',
	options: [
		{ name: 'Container', value: 'container' },
		{ name: 'Location', value: 'location' },
	],
	default: 'location',
	description,
});

const locationPath = (params: Params, suffix = '') =>
	path`/locations/${params.id('locationId', { numeric: true })}` + suffix;

/**
 * Filters idlocation_type, idwarehouse, only_available, name and type; "By default, only
 * locations of type "location" are returned." (picqer.com/en/api/locations).
 */
function filters(params: Params) {
	const { only_available: onlyAvailable, ...rest } = params.fields('filters');
	return {
		...checkedIds(params, rest),
		// Picqer reads the flag's presence, so "false" is not sent.
		...(onlyAvailable ? { only_available: true } : {}),
	};
}

/** Picqer locations: https://picqer.com/en/api/locations */
export const location: ResourceDefinition = {
	name: 'Location',
	value: 'location',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a location',
			fields: [
				useJsonBody,
				locationBody,
				{
					displayName: 'Warehouse Name or ID',
					name: 'warehouseId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getWarehouses' },
					required: true,
					default: '',
					displayOptions: formOnly,
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'Name of the location, e.g. A-01-1',
				},
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: [
						...locationDetails,
						locationType('A location has a fixed place and can be nested; a container moves'),
					],
				},
				{
					displayName: 'Link to Parent by Name',
					name: 'autoLinkToParent',
					type: 'boolean',
					default: false,
					description:
						'Whether Picqer finds the parent from the name (e.g. A-01 for A-01-1) and creates it when missing',
				},
			],
			// `?auto_link_to_parent=1` (picqer.com/en/api/locations; picqer-php Client.php `addLocation`).
			run: call((params) => ({
				method: 'POST',
				path: '/locations',
				qs: params.boolean('autoLinkToParent') ? { auto_link_to_parent: 1 } : undefined,
				body: params.bodyOrJson(() =>
					checkedIds(params, {
						idwarehouse: params.id('warehouseId', { numeric: true }),
						name: params.required('name'),
						...params.fields('additionalFields'),
					}),
				),
			})),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a location',
			fields: [locationId],
			run: call((params) => ({ method: 'DELETE', path: locationPath(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a location',
			isDefault: true,
			fields: [locationId],
			run: call((params) => ({ method: 'GET', path: locationPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many locations',
			fields: [
				...paging,
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
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
						locationType('Containers are listed only when asked for'),
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
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/locations',
				qs: filters(params),
			})),
		},
		{
			value: 'getProducts',
			name: 'Get Products',
			action: 'Get the products on a location',
			fields: [locationId, ...paging],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: locationPath(params, '/products'),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a location',
			fields: [
				locationId,
				useJsonBody,
				locationBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
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
			],
			run: call((params) => ({
				method: 'PUT',
				path: locationPath(params),
				body: params.bodyOrJson(() => checkedIds(params, params.fields('updateFields'))),
			})),
		},
	],
};
