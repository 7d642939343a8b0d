import { queryOf, referenceResource, textFilter } from '../references';

/** Units of measure: INT `/api/units` (filters id, searchQuery, name, enable). */
export const unit = referenceResource({
	name: 'Unit',
	plural: 'Units',
	value: 'unit',
	path: '/units',
	filters: {
		fields: [textFilter('Search', 'searchQuery', 'Part of the unit’s name')],
		query: (filters) => queryOf(filters, { searchQuery: 'searchQuery' }),
	},
});
