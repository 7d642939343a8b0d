import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { withPicqerDates } from '../picqerDates';

const show = (operation: string[]) => ({ resource: ['receipt'], operation });

/** Receipts (v2, `/receipts`) register goods received against purchase orders. */
export const receiptOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['receipt'] } },
	options: [
		{ name: 'Create', value: 'create', action: 'Create a receipt' },
		{ name: 'Get', value: 'get', action: 'Get a receipt' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many receipts' },
	],
	default: 'get',
};

export const receiptFields: INodeProperties[] = [
	{
		displayName: 'Receipt ID',
		name: 'receiptId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['get']) },
		description: 'The Picqer ID of the receipt (idreceipt), not the receipt number',
	},
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
		displayOptions: { show: show(['create']) },
	},
	{
		displayName: 'Purchase Order ID',
		name: 'purchaseOrderId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), receiveFor: ['purchaseOrder'] } },
		description: 'The Picqer ID of the purchase order (idpurchaseorder)',
	},
	{
		displayName: 'Supplier Name or ID',
		name: 'supplierId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSuppliers' },
		required: true,
		default: '',
		displayOptions: { show: { ...show(['create']), receiveFor: ['supplier'] } },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['create']) },
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
	...returnAllAndLimit('receipt'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
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
];

export const receiptRequests: Record<string, Operation> = {
	create: call((params) => {
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
	get: call((params) => ({
		method: 'GET',
		path: path`/receipts/${params.id('receiptId', { numeric: true })}`,
	})),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/receipts',
		qs: params.numericIds(withPicqerDates(params.fields('filters'), ['updated_after']), {
			idwarehouse: 'warehouse',
		}),
	})),
};
