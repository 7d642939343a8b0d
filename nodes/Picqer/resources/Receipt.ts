import type { INodeProperties } from 'n8n-workflow';

import { withYmdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { additionalFields, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds, productLocator } from '../fields';
import { picqerPages } from '../PicqerProfile';

const receiptId: INodeProperties = {
	displayName: 'Receipt ID',
	name: 'receiptId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the receipt (idreceipt), not the receipt number',
};

const receiptPath = (params: Params, suffix = '') =>
	path`/receipts/${params.id('receiptId', { numeric: true })}` + suffix;

/**
 * Receipts (v2, `/receipts`) register goods received against purchase orders:
 * https://picqer.com/en/api/receipts ("Receipts with v1 are deprecated").
 */
export const receipt: ResourceDefinition = {
	name: 'Receipt',
	value: 'receipt',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a receipt',
			fields: [
				{
					displayName: 'Receive For',
					name: 'receiveFor',
					type: 'options',
					options: [
						{
							name: 'Purchase Order',
							value: 'purchaseOrder',
							description: 'Receive the products of one purchase order',
						},
						{
							name: 'Supplier',
							value: 'supplier',
							description: 'Receive products of several purchase orders of one supplier',
						},
					],
					default: 'purchaseOrder',
				},
				{
					displayName: 'Purchase Order ID',
					name: 'purchaseOrderId',
					type: 'string',
					required: true,
					default: '',
					displayOptions: { show: { receiveFor: ['purchaseOrder'] } },
					description: 'The Picqer ID of the purchase order (idpurchaseorder)',
				},
				{
					displayName: 'Supplier Name or ID',
					name: 'supplierId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getSuppliers' },
					required: true,
					default: '',
					displayOptions: { show: { receiveFor: ['supplier'] } },
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [
						{
							displayName: 'Warehouse Name or ID',
							name: 'idwarehouse',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getWarehouses' },
							default: '',
							description:
								'Warehouse receiving the goods; Picqer picks the first warehouse when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
					],
				},
			],
			run: call((params) => {
				const linked =
					params.string('receiveFor', 'purchaseOrder') === 'supplier'
						? { idsupplier: Number(params.id('supplierId', { numeric: true })) }
						: { idpurchaseorder: Number(params.id('purchaseOrderId', { numeric: true })) };
				// `idpurchaseorder` or `idsupplier` ("Either a supplier or a purchase order is required"),
				// `idwarehouse` ("we will select the first warehouse" without), `version` "currently 1 or
				// 2": 2, the version the page describes (picqer.com/en/api/receipts).
				return {
					method: 'POST',
					path: '/receipts',
					body: {
						...checkedIds(params, params.fields('additionalFields')),
						...linked,
						version: 2,
					},
				};
			}),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a receipt',
			isDefault: true,
			fields: [receiptId],
			run: call((params) => ({ method: 'GET', path: receiptPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many receipts',
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
							displayName: 'Completed After',
							name: 'completed_after',
							type: 'dateTime',
							default: '',
							description: 'Only receipts completed after this moment',
						},
						{
							displayName: 'Purchase Order ID',
							name: 'idpurchaseorder',
							type: 'string',
							default: '',
							description: 'Only receipts of this purchase order (idpurchaseorder)',
						},
						{
							displayName: 'Receipt Number',
							name: 'receiptid',
							type: 'string',
							default: '',
							description: 'The receipt number shown in Picqer',
						},
						{
							displayName: 'Status',
							name: 'status',
							type: 'options',
							options: [
								{ name: 'Completed', value: 'completed' },
								{ name: 'Processing', value: 'processing' },
							],
							default: 'processing',
							description: 'Only receipts with this status',
						},
						{
							displayName: 'Supplier Name or ID',
							name: 'idsupplier',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getSuppliers' },
							default: '',
							description:
								'Only receipts of this supplier. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Updated After',
							name: 'updated_after',
							type: 'dateTime',
							default: '',
							description: 'Only receipts changed after this moment',
						},
					],
				},
			],
			// Filters `receiptid`, `status` ("processing or completed"), `updated_after`
			// (picqer.com/en/api/receipts); `idpurchaseorder`, `idsupplier`, `completed_after`
			// (Picqer WMS MCP server).
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/receipts',
				qs: checkedIds(
					params,
					withYmdHis(params.fields('filters'), ['updated_after', 'completed_after']),
				),
			})),
		},
		{
			value: 'receiveProduct',
			name: 'Receive Product',
			action: 'Receive a product on a receipt',
			description: 'Registers received stock of a product, for the purchase order line it fills',
			fields: [
				receiptId,
				productLocator('productId'),
				{
					displayName: 'Amount',
					name: 'amount',
					type: 'number',
					typeOptions: { minValue: 1 },
					required: true,
					default: 1,
					description: 'How many arrived',
				},
				additionalFields(
					[
						{
							displayName: 'Location Name or ID',
							name: 'idlocation',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getLocations' },
							default: '',
							description:
								'Where the stock is put away. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Purchase Order Line ID',
							name: 'idpurchaseorder_product',
							type: 'string',
							default: '',
							description:
								'The purchase order line this fills (idpurchaseorder_product, see Purchase Order > Get Products)',
						},
					],
					{ name: 'receiveFields' },
				),
			],
			// POST /receipts/{id}/products `{idproduct, amount, idlocation, idpurchaseorder_product}`
			// (Picqer WMS MCP server, third party; no official source found).
			run: call((params) => ({
				method: 'POST',
				path: receiptPath(params, '/products'),
				body: {
					idproduct: Number(params.id('productId', { numeric: true })),
					amount: params.positiveInteger('amount'),
					...checkedIds(params, params.fields('receiveFields')),
				},
			})),
		},
	],
};
