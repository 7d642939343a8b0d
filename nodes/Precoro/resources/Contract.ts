import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call } from '../../shared/executor';
import { path, splitList } from '../../shared/params';
import { readId, referenceResource, textFilter } from '../references';
import { pickMany } from '../fields';

const id: INodeProperties = {
	displayName: 'Contract ID',
	name: 'id',
	type: 'string',
	required: true,
	default: '',
	placeholder: '12',
	description: 'Numeric ID of the contract',
};

/**
 * Contracts: INT `GET /api/contracts`, `GET /api/contracts/{contract_id}`; writes are singular,
 * e.g. `POST /api/contract/{id}/confirm`, which makes a draft contract active.
 */
export const contract = referenceResource({
	name: 'Contract',
	plural: 'Contracts',
	value: 'contract',
	path: '/contracts',
	idField: id,
	filters: {
		fields: [
			textFilter('Search', 'searchQuery', 'Part of the contract number'),
			pickMany('Supplier Names or IDs', 'supplier', 'getSuppliers'),
		],
		query(filters) {
			const qs: IDataObject = {};
			if (filters.searchQuery) qs.searchQuery = filters.searchQuery;
			const suppliers = splitList(filters.supplier);
			if (suppliers.length > 0) qs.supplier = suppliers;
			return qs;
		},
	},
	extraOperations: [
		{
			value: 'confirm',
			name: 'Confirm',
			action: 'Confirm a contract',
			description: 'Make a draft contract active',
			fields: [id],
			run: call((params) => ({ method: 'POST', path: path`/contract/${readId(params)}/confirm` })),
		},
	],
});
