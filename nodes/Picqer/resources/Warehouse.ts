import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

/** Picqer warehouses: https://picqer.com/en/api/warehouses; picqer-php Client.php `getWarehouses`. */
export const warehouse: ResourceDefinition = {
	name: 'Warehouse',
	value: 'warehouse',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a warehouse',
			fields: [
				{
					displayName: 'Warehouse Name or ID',
					name: 'warehouseId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getWarehouses' },
					required: true,
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
			],
			run: call((params) => ({
				method: 'GET',
				path: path`/warehouses/${params.id('warehouseId', { numeric: true })}`,
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many warehouses',
			isDefault: true,
			fields: returnAllAndLimit(),
			run: getMany(picqerPages, () => ({ method: 'GET', path: '/warehouses' })),
		},
	],
};
