import { queryOf, referenceResource, textFilter } from '../references';

/**
 * Item groups: INT `/api/groups` ("Item Groups"). The app also calls `/api/categories`, which
 * INT does not document, so whether the UI's categories are these groups stays open.
 */
export const itemGroup = referenceResource({
	name: 'Item Group',
	plural: 'Item Groups',
	value: 'itemGroup',
	path: '/groups',
	filters: {
		fields: [textFilter('Search', 'searchQuery', 'Part of the group’s name')],
		query: (filters) => queryOf(filters, { searchQuery: 'searchQuery' }),
	},
});
