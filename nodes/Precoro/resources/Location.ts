import type { IDataObject } from 'n8n-workflow';

import { splitList } from '../../shared/params';
import { referenceId, pickMany } from '../fields';
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
			pickMany('Legal Entity Names or IDs', 'legalEntities', 'getLegalEntities'),
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
