import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

export const warehouseOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['warehouse'] } },
	options: [
		{ name: 'Get', value: 'get', action: 'Get a warehouse' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many warehouses' },
	],
	default: 'getAll',
};

export const warehouseFields: INodeProperties[] = [
	{
		displayName: 'Warehouse Name or ID',
		name: 'warehouseId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getWarehouses' },
		required: true,
		default: '',
		displayOptions: { show: { resource: ['warehouse'], operation: ['get'] } },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	...returnAllAndLimit('warehouse'),
];

export const warehouseRequests: Record<string, Operation> = {
	get: call((params) => ({
		method: 'GET',
		path: path`/warehouses/${params.id('warehouseId', { numeric: true })}`,
	})),
	getAll: getMany(picqerPages, () => ({ method: 'GET', path: '/warehouses' })),
};
