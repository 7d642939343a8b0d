import type { IDataObject } from 'n8n-workflow';

import { splitList } from '../../shared/params';
import { referenceId } from '../fields';
import { referenceResource, textFilter } from '../references';

/** Locations: INT `/api/locations` (filters as below), externalId by PATCH. */
export const location = referenceResource({
	name: 'Location',
	plural: 'Locations',
	value: 'location',
	path: '/locations',
	idField: referenceId('Location', 'getLocations'),
	setExternalId: true,
	filters: {
		fields: [
			{
				displayName: 'Legal Entity Names or IDs',
				name: 'legalEntities',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getLegalEntities' },
				default: [],
				description:
					'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			textFilter('Search', 'searchQuery', 'Part of the location’s name'),
		],
		query(filters) {
			const qs: IDataObject = {};
			if (filters.searchQuery) qs.searchQuery = filters.searchQuery;
			const entities = splitList(filters.legalEntities);
			if (entities.length > 0) qs.legalEntities = entities;
			return qs;
		},
	},
});
