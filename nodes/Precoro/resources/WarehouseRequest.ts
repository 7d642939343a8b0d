import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { formOnly } from '../../shared/fields';
import type { Params } from '../../shared/params';
import {
	createExtras,
	createOperation,
	documentExtras,
	legalEntityOption,
	locationField,
	noteOption,
	reference,
	requiredDateOption,
} from '../documentCreate';
import { documentResource } from '../documents';
import { customFieldOptionsField, referenceId } from '../fields';

const warehouse: INodeProperties = {
	...referenceId('Warehouse', 'getWarehouses', 'warehouseId'),
	description:
		'The warehouse the goods come from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	displayOptions: formOnly,
};

const additionalFields = createExtras([
	customFieldOptionsField,
	legalEntityOption,
	noteOption,
	requiredDateOption,
]);

/**
 * INT's WarehouseRequestDto, the body of POST /warehouserequests
 * (post_api_post_warehouse_requests): `location`, `warehouse`, `requiredDate`, `legalEntity`,
 * `note`, `dataDocumentCustomFields`. It has no lines: INT adds them with
 * POST /warehouserequests/{idn}/items.
 */
function createBody(params: Params): IDataObject {
	const extra = params.fields('additionalFields');
	return {
		location: reference(params, 'locationId'),
		warehouse: reference(params, 'warehouseId'),
		...documentExtras(params, extra),
	};
}

/** Warehouse requests; INT `/api/warehouserequests`. */
export const warehouseRequest = documentResource({
	name: 'Warehouse Request',
	plural: 'Warehouse Requests',
	value: 'warehouseRequest',
	path: '/warehouserequests',
	statuses: [0, 1, 2, 3, 7, 8],
	approvals: true,
	extraOperations: [
		// INT: 201 with the new request's `idn` only.
		createOperation({
			action: 'Create a warehouse request',
			description: 'Create a draft request for goods from a warehouse, without lines',
			fields: [locationField, warehouse, additionalFields],
			path: '/warehouserequests',
			dto: 'WarehouseRequestDto',
			body: createBody,
		}),
	],
});
