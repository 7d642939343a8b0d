import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { picqerDate, withPicqerDates } from '../picqerDates';
import { productLocator } from './common';

const show = (operation: string[]) => ({ resource: ['picklist'], operation });

export const picklistOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['picklist'] } },
	options: [
		{ name: 'Assign', value: 'assign', action: 'Assign a picklist to a user' },
		{ name: 'Cancel', value: 'cancel', action: 'Cancel a picklist' },
		{ name: 'Close', value: 'close', action: 'Close a picklist' },
		{
			name: 'Create Shipment',
			value: 'createShipment',
			action: 'Create a shipment for a picklist',
		},
		{ name: 'Get', value: 'get', action: 'Get a picklist' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many picklists' },
		{ name: 'Get Shipments', value: 'getShipments', action: 'Get the shipments of a picklist' },
		{
			name: 'Get Shipping Methods',
			value: 'getShippingMethods',
			action: 'Get the shipping methods allowed for a picklist',
		},
		{ name: 'Pick', value: 'pick', action: 'Pick a product on a picklist' },
		{ name: 'Pick All', value: 'pickAll', action: 'Pick all products on a picklist' },
		{ name: 'Snooze', value: 'snooze', action: 'Snooze a picklist' },
		{ name: 'Unassign', value: 'unassign', action: 'Unassign a picklist' },
	],
	default: 'get',
};

const withPicklistId = [
	'assign',
	'cancel',
	'close',
	'createShipment',
	'get',
	'getShipments',
	'getShippingMethods',
	'pick',
	'pickAll',
	'snooze',
	'unassign',
];

const product = productLocator('product', show(['pick']));

export const picklistFields: INodeProperties[] = [
	{
		displayName: 'Picklist ID',
		name: 'picklistId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(withPicklistId) },
		description: 'The Picqer ID of the picklist (idpicklist), not the picklist number',
	},
	{
		...product,
		description: 'The product to pick: from the list, by ID or by product code',
		modes: [
			...(product.modes ?? []),
			{
				displayName: 'By Product Code',
				name: 'code',
				type: 'string',
				placeholder: 'SKU-001',
			},
		],
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 1 },
		required: true,
		default: 1,
		displayOptions: { show: show(['pick']) },
		description: 'How many of the product were picked',
	},
	{
		displayName: 'User Name or ID',
		name: 'userId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		required: true,
		default: '',
		displayOptions: { show: show(['assign']) },
		description:
			'The user who will pick this picklist. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Snooze Until',
		name: 'snoozeUntil',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: show(['snooze']) },
		description: 'The picklist returns to the queue at this moment',
	},
	{
		displayName: 'Shipping Profile Name or ID',
		name: 'shippingProfileId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShippingProfiles' },
		default: '',
		displayOptions: { show: show(['createShipment']) },
		description:
			'The shipping profile to request the label from; the picklist\'s own profile when empty (see Get Shipping Methods for those allowed). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Additional Fields',
		name: 'shipmentFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['createShipment']) },
		options: [
			{
				displayName: 'Weight',
				name: 'weight',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Weight of the shipment in grams, passed on to the carrier',
			},
		],
	},
	...returnAllAndLimit('picklist'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Assigned To Name or ID',
				name: 'assigned_to_iduser',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getUsers' },
				default: '',
				description:
					'Only picklists assigned to this user. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Batch ID',
				name: 'idpicklist_batch',
				type: 'string',
				default: '',
				description: 'Only picklists in this picklist batch (idpicklist_batch)',
			},
			{
				displayName: 'Before ID',
				name: 'beforeid',
				type: 'string',
				default: '',
				description: 'Only picklists with a lower idpicklist',
			},
			{
				displayName: 'Customer ID',
				name: 'idcustomer',
				type: 'string',
				default: '',
				description: 'Only picklists of this customer',
			},
			{
				displayName: 'Order ID',
				name: 'idorder',
				type: 'string',
				default: '',
				description: 'Only picklists of this order (idorder)',
			},
			{
				displayName: 'Picklist Number',
				name: 'picklistid',
				type: 'string',
				default: '',
				description: 'The picklist number shown in Picqer, e.g. P2024-0001',
			},
			{
				displayName: 'Since Date',
				name: 'sincedate',
				type: 'dateTime',
				default: '',
				description: 'Only picklists created or changed on or after this date',
			},
			{
				displayName: 'Since ID',
				name: 'sinceid',
				type: 'string',
				default: '',
				description: 'Only picklists with a higher idpicklist',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Cancelled', value: 'cancelled' },
					{ name: 'Closed', value: 'closed' },
					{ name: 'New', value: 'new' },
					{ name: 'Paused', value: 'paused' },
					{ name: 'Snoozed', value: 'snoozed' },
				],
				default: 'new',
			},
			{
				displayName: 'Tag Name',
				name: 'tag',
				type: 'string',
				default: '',
				description: 'Only picklists with this tag',
			},
			{
				displayName: 'Warehouse Name or ID',
				name: 'idwarehouse',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getWarehouses' },
				default: '',
				description:
					'Only picklists for this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

const picklistPath = (params: Params, suffix = '') =>
	path`/picklists/${params.id('picklistId', { numeric: true })}` + suffix;

const action = (suffix: string): Operation =>
	call((params) => ({ method: 'POST', path: picklistPath(params, suffix) }));

/** Picqer's pick takes a product code or an idproduct in the same `product` field. */
function pickedProduct(params: Params): string | number {
	const locator = params.ctx.getNodeParameter('product', params.itemIndex, {}) as {
		mode?: string;
	};
	if (locator.mode === 'code') return params.required('product');
	return Number(params.id('product', { numeric: true }));
}

function pickAmount(params: Params): number {
	const amount = params.number('amount');
	if (!Number.isInteger(amount) || amount < 1)
		params.invalid('amount', 'must be a whole number of at least 1');
	return amount;
}

export const picklistRequests: Record<string, Operation> = {
	get: call((params) => ({ method: 'GET', path: picklistPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/picklists',
		qs: withPicqerDates(params.fields('filters'), ['sincedate']),
	})),
	close: action('/close'),
	cancel: action('/cancel'),
	pickAll: action('/pickall'),
	unassign: action('/unassign'),
	pick: call((params) => ({
		method: 'POST',
		path: picklistPath(params, '/pick'),
		body: { product: pickedProduct(params), amount: pickAmount(params) },
	})),
	assign: call((params) => ({
		method: 'POST',
		path: picklistPath(params, '/assign'),
		body: { iduser: Number(params.id('userId', { numeric: true })) },
	})),
	snooze: call((params) => ({
		method: 'POST',
		path: picklistPath(params, '/snooze'),
		body: { snooze_until: picqerDate(params.required('snoozeUntil')) },
	})),
	getShipments: call((params) => ({ method: 'GET', path: picklistPath(params, '/shipments') })),
	getShippingMethods: call((params) => ({
		method: 'GET',
		path: picklistPath(params, '/shippingmethods'),
	})),
	createShipment: call((params) => {
		const profile = params.string('shippingProfileId');
		const { weight } = params.fields('shipmentFields');
		return {
			method: 'POST',
			path: picklistPath(params, '/shipments'),
			body: {
				...(profile
					? {
							idshippingprovider_profile: Number(params.id('shippingProfileId', { numeric: true })),
						}
					: {}),
				...(weight ? { weight: Number(weight) } : {}),
			},
		};
	}),
};
