import type { INodeProperties } from 'n8n-workflow';

import { additionalFields, filtersCollection, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { entity, entityFields, rcCall, rcFiltered } from '../requests';
import { historyOperation } from './history';

const paging = returnAllAndLimit();

const packId: INodeProperties = {
	displayName: 'Pack ID',
	name: 'packId',
	type: 'string',
	required: true,
	default: '',
	description: 'The RetailCRM ID of the pack',
};

const packPath = (params: Params, suffix = '') =>
	path`/orders/packs/${params.id('packId', { numeric: true })}` + suffix;

const packDetails: INodeProperties[] = [
	{
		displayName: 'Delivery Note Number',
		name: 'deliveryNoteNumber',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Invoice Number',
		name: 'invoiceNumber',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Purchase Price',
		name: 'purchasePrice',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Purchase price of one unit in this pack',
	},
	{
		displayName: 'Shipment Date',
		name: 'shipmentDate',
		type: 'dateTime',
		default: '',
		description: 'The day the pack ships',
	},
];

/**
 * Order packs: which warehouse ships how many units of an order line (api-client-php
 * src/ResourceGroup/Packs.php; src/Model/Entity/Packs/OrderProductPack.php, filters in
 * src/Model/Filter/Packs/OrderProductPackFilter.php).
 */
export const orderPack: ResourceDefinition = {
	name: 'Order Pack',
	value: 'orderPack',
	description: 'Which warehouse ships how much of an order line',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many order packs',
			isDefault: true,
			fields: [
				...paging,
				filtersCollection([
					{
						displayName: 'IDs',
						name: 'ids',
						type: 'string',
						default: '',
						description: 'Comma-separated RetailCRM IDs of packs',
					},
					{
						displayName: 'Order External ID',
						name: 'orderExternalId',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Order ID',
						name: 'orderId',
						type: 'string',
						default: '',
						description: 'Only the packs of this order',
					},
					{
						displayName: 'Order Line ID',
						name: 'itemId',
						type: 'string',
						default: '',
						description: 'Only the packs of this order line',
					},
					{
						displayName: 'Shipment Date From',
						name: 'shipmentDateFrom',
						type: 'dateTime',
						default: '',
					},
					{
						displayName: 'Shipment Date To',
						name: 'shipmentDateTo',
						type: 'dateTime',
						default: '',
					},
					{
						displayName: 'Warehouse Codes',
						name: 'stores',
						type: 'string',
						default: '',
						description: 'Comma-separated codes of the warehouses that ship the packs',
					},
				]),
			],
			run: rcFiltered('packs', '/orders/packs', {
				lists: ['ids', 'stores'],
				dates: ['shipmentDateFrom', 'shipmentDateTo'],
				ids: ['orderId', 'itemId'],
			}),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an order pack',
			fields: [
				{
					displayName: 'Order Line ID',
					name: 'itemId',
					type: 'string',
					required: true,
					default: '',
					description: 'The RetailCRM ID of the order line (the ID of an item of the order)',
				},
				{
					displayName: 'Warehouse Name or ID',
					name: 'store',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getStores' },
					required: true,
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					typeOptions: { minValue: 0 },
					required: true,
					default: 1,
				},
				additionalFields(packDetails, { name: 'packFields' }),
			],
			// `pack` = {itemId, store, quantity, purchasePrice, shipmentDate (Y-m-d), invoiceNumber,
			// deliveryNoteNumber}, one JSON field (src/Model/Request/Packs/PacksCreateRequest.php;
			// tests/src/ResourceGroup/PacksTest.php testCreate).
			run: rcCall((params) => ({
				method: 'POST',
				path: '/orders/packs/create',
				body: {
					pack: {
						...entityFields(params.fields('packFields'), [], ['shipmentDate']),
						itemId: Number(params.id('itemId', { numeric: true })),
						store: params.required('store'),
						quantity: params.number('quantity'),
					},
				},
			})),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an order pack',
			fields: [packId],
			run: rcCall((params) => ({ method: 'GET', path: packPath(params) }), {
				pick: entity('pack'),
			}),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an order pack',
			fields: [packId],
			run: rcCall((params) => ({
				method: 'POST',
				path: packPath(params, '/delete'),
				idempotent: true,
			})),
		},
		historyOperation({
			base: '/orders/packs',
			plural: 'order packs',
			paging,
			key: 'order',
			idFilter: 'Only changes of the packs of this order',
		}),
	],
};
