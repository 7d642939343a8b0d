import type { INodeProperties } from 'n8n-workflow';

import { withYmdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds } from '../fields';
import { picqerPages } from '../PicqerProfile';

const backorderId: INodeProperties = {
	displayName: 'Backorder ID',
	name: 'backorderId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the backorder (idbackorder)',
};

const backorderPath = (params: Params) =>
	path`/backorders/${params.id('backorderId', { numeric: true })}`;

/** Picqer backorders: https://picqer.com/en/api/backorders */
export const backorder: ResourceDefinition = {
	name: 'Backorder',
	value: 'backorder',
	operations: [
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a backorder and cancel its order line',
			fields: [
				backorderId,
				{
					displayName:
						'Deleting a backorder also cancels the order line it stands for: the customer will not receive those products',
					name: 'deleteNotice',
					type: 'notice',
					default: '',
				},
			],
			// Picqer answers 204 without a body; the executor then outputs { success: true }.
			run: call((params) => ({ method: 'DELETE', path: backorderPath(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a backorder',
			isDefault: true,
			fields: [backorderId],
			run: call((params) => ({ method: 'GET', path: backorderPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many backorders',
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
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/backorders',
				// Filters idorder, idproduct, idcustomer, sinceid, sincedate (picqer.com/en/api/backorders).
				qs: checkedIds(params, withYmdHis(params.fields('filters'), ['sincedate'])),
			})),
		},
		{
			value: 'process',
			name: 'Process All',
			action: 'Turn backorders with stock into picklists',
			run: call(() => ({ method: 'POST', path: '/backorders/process' })),
		},
	],
};
