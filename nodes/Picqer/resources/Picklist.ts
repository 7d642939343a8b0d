import type { INodeProperties } from 'n8n-workflow';

import { withYmdHis, ymdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { productLocator } from '../fields';
import { picqerPages } from '../PicqerProfile';

const picklistId: INodeProperties = {
	displayName: 'Picklist ID',
	name: 'picklistId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the picklist (idpicklist), not the picklist number',
};

const picklistPath = (params: Params, suffix = '') =>
	path`/picklists/${params.id('picklistId', { numeric: true })}` + suffix;

const action = (suffix: string) =>
	call((params) => ({ method: 'POST', path: picklistPath(params, suffix) }));

/** Picqer's pick takes a product code or an idproduct in the same `product` field. */
function pickedProduct(params: Params): string | number {
	const locator = params.ctx.getNodeParameter('product', params.itemIndex, {}) as {
		mode?: string;
	};
	if (locator.mode === 'code') return params.required('product');
	return Number(params.id('product', { numeric: true }));
}

/** Picqer picklists: https://picqer.com/en/api/picklists */
export const picklist: ResourceDefinition = {
	name: 'Picklist',
	value: 'picklist',
	operations: [
		{
			value: 'assign',
			name: 'Assign',
			action: 'Assign a picklist to a user',
			fields: [
				picklistId,
				{
					displayName: 'User Name or ID',
					name: 'userId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getUsers' },
					required: true,
					default: '',
					description:
						'The user who will pick this picklist. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/assign'),
				body: { iduser: Number(params.id('userId', { numeric: true })) },
			})),
		},
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel a picklist',
			fields: [picklistId],
			run: action('/cancel'),
		},
		{
			value: 'close',
			name: 'Close',
			action: 'Close a picklist',
			fields: [picklistId],
			run: action('/close'),
		},
		{
			value: 'createShipment',
			name: 'Create Shipment',
			action: 'Create a shipment for a picklist',
			fields: [
				picklistId,
				{
					displayName: 'Shipping Profile Name or ID',
					name: 'shippingProfileId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getShippingProfiles' },
					default: '',
					description:
						'The shipping profile to request the label from; the picklist\'s own profile when empty (see Get Shipping Methods for those allowed). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Additional Fields',
					name: 'shipmentFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
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
			],
			run: call((params) => {
				const profile = params.string('shippingProfileId');
				const { weight } = params.fields('shipmentFields');
				return {
					method: 'POST',
					path: picklistPath(params, '/shipments'),
					body: {
						...(profile
							? {
									idshippingprovider_profile: Number(
										params.id('shippingProfileId', { numeric: true }),
									),
								}
							: {}),
						...(weight ? { weight: Number(weight) } : {}),
					},
				};
			}),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a picklist',
			isDefault: true,
			fields: [picklistId],
			run: call((params) => ({ method: 'GET', path: picklistPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many picklists',
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
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/picklists',
				qs: withYmdHis(params.fields('filters'), ['sincedate']),
			})),
		},
		{
			value: 'getShipments',
			name: 'Get Shipments',
			action: 'Get the shipments of a picklist',
			fields: [picklistId],
			run: call((params) => ({ method: 'GET', path: picklistPath(params, '/shipments') })),
		},
		{
			value: 'getShippingMethods',
			name: 'Get Shipping Methods',
			action: 'Get the shipping methods allowed for a picklist',
			fields: [picklistId],
			run: call((params) => ({
				method: 'GET',
				path: picklistPath(params, '/shippingmethods'),
			})),
		},
		{
			value: 'pick',
			name: 'Pick',
			action: 'Pick a product on a picklist',
			fields: [
				picklistId,
				productLocator('product', {
					description: 'The product to pick: from the list, by ID or by product code',
					modes: [
						{
							displayName: 'By Product Code',
							name: 'code',
							type: 'string',
							placeholder: 'SKU-001',
						},
					],
				}),
				{
					displayName: 'Amount',
					name: 'amount',
					type: 'number',
					typeOptions: { minValue: 1 },
					required: true,
					default: 1,
					description: 'How many of the product were picked',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/pick'),
				body: { product: pickedProduct(params), amount: params.positiveInteger('amount') },
			})),
		},
		{
			value: 'pickAll',
			name: 'Pick All',
			action: 'Pick all products on a picklist',
			fields: [picklistId],
			run: action('/pickall'),
		},
		{
			value: 'snooze',
			name: 'Snooze',
			action: 'Snooze a picklist',
			fields: [
				picklistId,
				{
					displayName: 'Snooze Until',
					name: 'snoozeUntil',
					type: 'dateTime',
					required: true,
					default: '',
					description: 'The picklist returns to the queue at this moment',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/snooze'),
				body: { snooze_until: ymdHis(params.required('snoozeUntil')) },
			})),
		},
		{
			value: 'unassign',
			name: 'Unassign',
			action: 'Unassign a picklist',
			fields: [picklistId],
			run: action('/unassign'),
		},
	],
};
