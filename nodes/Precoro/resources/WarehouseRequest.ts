import { documentResource } from '../documents';

/** Warehouse requests; INT `/api/warehouserequests`. */
export const warehouseRequest = documentResource({
	name: 'Warehouse Request',
	plural: 'Warehouse Requests',
	value: 'warehouseRequest',
	path: '/warehouserequests',
	statuses: [0, 1, 2, 3, 7, 8],
	approvals: true,
});
