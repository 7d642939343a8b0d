import type { IDataObject } from 'n8n-workflow';

import { call, getMany } from '../../shared/executor';
import { returnAllAndLimit } from '../../shared/fields';
import { path, splitList } from '../../shared/params';
import { precoroPages } from '../PrecoroProfile';
import { readId, referenceResource, textFilter } from '../references';
import { pickMany } from '../fields';

/** Budgets: INT `GET /api/budgets` (filters name, locations[], legalEntities[] …) and `/api/budgets/lines`. */
export const budget = referenceResource({
	name: 'Budget',
	plural: 'Budgets',
	value: 'budget',
	path: '/budgets',
	get: false,
	filters: {
		fields: [
			pickMany('Legal Entity Names or IDs', 'legalEntities', 'getLegalEntities'),
			pickMany('Location Names or IDs', 'locations', 'getLocations'),
			textFilter('Name', 'name', 'The budget’s exact name'),
		],
		query(filters) {
			const qs: IDataObject = {};
			if (filters.name) qs.name = filters.name;
			for (const name of ['locations', 'legalEntities']) {
				const values = splitList(filters[name]);
				if (values.length > 0) qs[name] = values;
			}
			return qs;
		},
	},
	extraOperations: [
		{
			value: 'getLines',
			name: 'Get Many Lines',
			action: 'Get many budget lines',
			fields: returnAllAndLimit(),
			run: getMany(precoroPages, () => ({ method: 'GET', path: '/budgets/lines' })),
		},
		{
			value: 'getLine',
			name: 'Get Line',
			action: 'Get a budget line',
			fields: [
				{
					displayName: 'Budget Line ID',
					name: 'id',
					type: 'string',
					required: true,
					default: '',
					placeholder: '12',
					description: 'Numeric ID of the budget line',
				},
			],
			run: call((params) => ({ method: 'GET', path: path`/budgets/lines/${readId(params)}` })),
		},
	],
});
