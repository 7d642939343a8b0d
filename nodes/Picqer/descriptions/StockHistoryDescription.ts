import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';
import { withPicqerDates } from '../picqerDates';

const show = (operation: string[]) => ({ resource: ['stockHistory'], operation });

export const stockHistoryOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['stockHistory'] } },
	options: [
		{ name: 'Get', value: 'get', action: 'Get a stock history entry' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many stock history entries' },
	],
	default: 'getAll',
};

export const stockHistoryFields: INodeProperties[] = [
	{
		displayName: 'Stock History ID',
		name: 'stockHistoryId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['get']) },
		description: 'The ID of the entry (idproduct_stock_history)',
	},
	...returnAllAndLimit('stockHistory'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'Product ID',
				name: 'idproduct',
				type: 'string',
				default: '',
				description: 'Only changes of this product (its Picqer ID, see Product > Get Many)',
			},
			{
				displayName: 'Since Date',
				name: 'sincedate',
				type: 'dateTime',
				default: '',
				description: 'Only changes made on or after this date',
			},
			{
				displayName: 'User Name or ID',
				name: 'iduser',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getUsers' },
				default: '',
				description:
					'Only changes made by this user. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Warehouse Name or ID',
				name: 'idwarehouse',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getWarehouses' },
				default: '',
				description:
					'Only changes in this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

const FILTER_IDS = { idproduct: 'Product ID', iduser: 'User', idwarehouse: 'Warehouse' };

const filters = (params: Params) =>
	params.numericIds(withPicqerDates(params.fields('filters'), ['sincedate']), FILTER_IDS);

export const stockHistoryRequests: Record<string, Operation> = {
	get: call((params) => ({
		method: 'GET',
		path: path`/stockhistory/${params.id('stockHistoryId', { numeric: true })}`,
	})),
	getAll: getMany(picqerPages, (params) => ({
		method: 'GET',
		path: '/stockhistory',
		qs: filters(params),
	})),
};
