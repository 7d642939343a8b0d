import { withYmdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

/** Receipts (v2, `/receipts`) register goods received against purchase orders: https://picqer.com/en/api/receipts */
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
				return {
					method: 'POST',
					path: '/receipts',
					body: {
						...params.numericIds(params.fields('additionalFields'), { idwarehouse: 'warehouse' }),
						...linked,
					},
				};
			}),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a receipt',
			isDefault: true,
			fields: [
				{
					displayName: 'Receipt ID',
					name: 'receiptId',
					type: 'string',
					required: true,
					default: '',
					description: 'The Picqer ID of the receipt (idreceipt), not the receipt number',
				},
			],
			run: call((params) => ({
				method: 'GET',
				path: path`/receipts/${params.id('receiptId', { numeric: true })}`,
			})),
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
						},
						{
							displayName: 'Updated After',
							name: 'updated_after',
							type: 'dateTime',
							default: '',
							description: 'Only receipts changed after this moment',
						},
						{
							displayName: 'Warehouse Name or ID',
							name: 'idwarehouse',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getWarehouses' },
							default: '',
							description:
								'Only receipts for this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
					],
				},
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/receipts',
				qs: params.numericIds(withYmdHis(params.fields('filters'), ['updated_after']), {
					idwarehouse: 'warehouse',
				}),
			})),
		},
	],
};
