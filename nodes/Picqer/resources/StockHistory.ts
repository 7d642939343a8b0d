import { withYmdHis } from '../../shared/dates';
import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds } from '../fields';
import { picqerPages } from '../PicqerProfile';

/** Filters "sincedate, untildate, idproduct, idwarehouse, iduser" (picqer.com/en/api/stockhistory). */
const filters = (params: Params) =>
	checkedIds(params, withYmdHis(params.fields('filters'), ['sincedate', 'untildate']));

/** Picqer stock history: https://picqer.com/en/api/stockhistory */
export const stockHistory: ResourceDefinition = {
	name: 'Stock History',
	value: 'stockHistory',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a stock history entry',
			fields: [
				{
					displayName: 'Stock History ID',
					name: 'stockHistoryId',
					type: 'string',
					required: true,
					default: '',
					description: 'The ID of the entry (idproduct_stock_history)',
				},
			],
			run: call((params) => ({
				method: 'GET',
				path: path`/stockhistory/${params.id('stockHistoryId', { numeric: true })}`,
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many stock history entries',
			isDefault: true,
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
							displayName: 'Until Date',
							name: 'untildate',
							type: 'dateTime',
							default: '',
							description: 'Only changes made on or before this date',
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
			],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/stockhistory',
				qs: filters(params),
			})),
		},
	],
};
