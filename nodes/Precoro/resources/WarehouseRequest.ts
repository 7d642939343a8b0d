import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../shared/executor';
import { formOnly } from '../../shared/fields';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { request } from '../../shared/request';
import {
	createExtras,
	createOperation,
	documentExtras,
	itemsField,
	legalEntityOption,
	locationField,
	noteOption,
	readLines,
	reference,
	requiredDateOption,
	warehouseOption,
} from '../documentCreate';
import { documentResource } from '../documents';
import { creatorOption, formUpdate, locationOption } from '../documentUpdate';
import { customFieldOptionsField, idnField, readIdn, referenceId } from '../fields';

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

/**
 * PATCH /warehouserequests/{idn} takes INT's PatchWarehouseRequestDto: `requiredDate`,
 * `location`, `creator`, `legalEntity`, `warehouse`, `note`, `dataDocumentCustomFields`. It has
 * no externalId.
 */
const update = formUpdate({
	description:
		'Change a request’s location, warehouse, legal entity, creator, required date, note or custom fields',
	json: 'A PatchWarehouseRequestDto',
	path: '/warehouserequests',
	options: [
		creatorOption,
		customFieldOptionsField,
		legalEntityOption,
		locationOption,
		noteOption,
		requiredDateOption,
		{
			...warehouseOption,
			description:
				'The warehouse the goods come from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
});

/** The same lines as a Create's, shown without a JSON body switch. */
const lines: INodeProperties = { ...itemsField, displayOptions: undefined };

/**
 * POST /warehouserequests/{idn}/items (post_api_post_warehouse_request_item), one
 * WarehouseRequestItemDto (`name`, `ordered`, `price`, `sku`, `description`, …) per line; INT
 * answers each with the new line.
 */
async function addItems({ client, params, itemIndex }: Parameters<Operation>[0]) {
	const idn = readIdn(params);
	const added: IDataObject[] = [];
	for (const body of readLines(params)) {
		added.push(
			await request<IDataObject>(
				client,
				{ method: 'POST', path: path`/warehouserequests/${idn}/items`, body },
				itemIndex,
			),
		);
	}
	return added;
}

/** Warehouse requests; INT `/api/warehouserequests`. */
export const warehouseRequest = documentResource({
	name: 'Warehouse Request',
	plural: 'Warehouse Requests',
	value: 'warehouseRequest',
	path: '/warehouserequests',
	statuses: [0, 1, 2, 3, 7, 8],
	approvals: true,
	update,
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
		{
			value: 'addItems',
			name: 'Add Items',
			action: 'Add items to a warehouse request',
			description: 'Add lines to a draft request, one call per line',
			fields: [idnField('Warehouse Request'), lines],
			run: addItems,
		},
	],
});
