import { referenceResource } from '../references';

/** Warehouses: `GET /warehouses` (open-connector); no single-warehouse read is documented. */
export const warehouse = referenceResource({
	name: 'Warehouse',
	plural: 'Warehouses',
	value: 'warehouse',
	path: '/warehouses',
	get: false,
});
