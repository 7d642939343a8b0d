import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { formOnly } from '../../shared/fields';
import type { Params } from '../../shared/params';
import {
	createExtras,
	createOperation,
	currencyField,
	documentExtras,
	itemsField,
	legalEntityOption,
	locationField,
	noteOption,
	readCurrency,
	readLines,
	reference,
} from '../documentCreate';
import { documentResource } from '../documents';
import { customFieldOptionsField } from '../fields';
import { precoroDateTime } from '../precoroDates';

const requiredDate: INodeProperties = {
	displayName: 'Required Date',
	name: 'requiredDate',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When the goods or services are needed',
	displayOptions: formOnly,
};

const additionalFields = createExtras([customFieldOptionsField, legalEntityOption, noteOption]);

/**
 * INT's SubmitPurchaseRequisitionDto, the body of POST /purchaserequisitions
 * (post_api_post_purchase_requisition): `location`, `requiredDate` (date-time), lines under
 * `items` (PurchaseRequisitionItemDto). The DTO has no currency of its own, its lines do, so
 * the Currency goes on every line. The Precoro MCP tool documents the same required set.
 */
function createBody(params: Params): IDataObject {
	const extra = params.fields('additionalFields');
	const location = reference(params, 'locationId');
	const requiredAt = precoroDateTime(params.required('requiredDate'));
	return {
		location,
		requiredDate: requiredAt,
		items: readLines(params, readCurrency(params)),
		...documentExtras(params, extra),
	};
}

/** Purchase requisitions; INT `/api/purchaserequisitions`. */
export const purchaseRequisition = documentResource({
	name: 'Purchase Requisition',
	plural: 'Purchase Requisitions',
	value: 'purchaseRequisition',
	path: '/purchaserequisitions',
	statuses: [0, 1, 2, 3, 7, 8],
	approvals: true,
	related: [{ name: 'Purchase Orders', value: 'purchase_orders' }],
	extraOperations: [
		// INT: 201 with the new requisition's `idn` and `id`.
		createOperation({
			action: 'Create a purchase requisition',
			description: 'Create a draft requisition; Confirm submits it for approval',
			fields: [locationField, requiredDate, currencyField, itemsField, additionalFields],
			path: '/purchaserequisitions',
			dto: 'SubmitPurchaseRequisitionDto',
			body: createBody,
		}),
	],
});
