import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { withPicqerDates } from '../picqerDates';

const show = (operation: string[]) => ({ resource: ['backorder'], operation });

export const backorderOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['backorder'] } },
	options: [
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a backorder and cancel its order line',
		},
		{ name: 'Get', value: 'get', action: 'Get a backorder' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many backorders' },
		{
			name: 'Process All',
			value: 'process',
			action: 'Turn backorders with stock into picklists',
		},
	],
	default: 'get',
};

export const backorderFields: INodeProperties[] = [
	{
		displayName: 'Backorder ID',
		name: 'backorderId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['delete', 'get']) },
		description: 'The Picqer ID of the backorder (idbackorder)',
	},
	{
		displayName:
			'Deleting a backorder also cancels the order line it stands for: the customer will not receive those products',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: show(['delete']) },
	},
	...returnAllAndLimit('backorder'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Customer ID',
				name: 'idcustomer',
				type: 'string',
				default: '',
				description: 'Only backorders of this customer',
			},
			{
				displayName: 'Order ID',
				name: 'idorder',
				type: 'string',
				default: '',
				description: 'Only backorders of this order (idorder)',
			},
			{
				displayName: 'Product ID',
				name: 'idproduct',
				type: 'string',
				default: '',
				description: 'Only backorders of this product (idproduct)',
			},
			{
				displayName: 'Since Date',
				name: 'sincedate',
				type: 'dateTime',
				default: '',
				description: 'Only backorders created after this moment',
			},
			{
				displayName: 'Since ID',
				name: 'sinceid',
				type: 'string',
				default: '',
				description: 'Only backorders with a higher idbackorder',
			},
		],
	},
];

const backorderPath = (params: Params) =>
	path`/backorders/${params.id('backorderId', { numeric: true })}`;

export const backorderRequests: Record<string, Operation> = {
	get: call((params) => ({ method: 'GET', path: backorderPath(params) })),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/backorders',
		qs: params.numericIds(withPicqerDates(params.fields('filters'), ['sincedate']), {
			idcustomer: 'customerId',
			idorder: 'orderId',
			idproduct: 'productId',
			sinceid: 'sinceId',
		}),
	})),
	// Picqer answers 204 without a body; the executor then outputs { success: true }.
	delete: call((params) => ({ method: 'DELETE', path: backorderPath(params) })),
	process: call(() => ({ method: 'POST', path: '/backorders/process' })),
};
