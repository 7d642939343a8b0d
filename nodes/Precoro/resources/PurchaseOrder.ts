import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../../shared/params';
import {
	createExtras,
	createOperation,
	currencyField,
	documentExtras,
	externalIdOption,
	itemsField,
	legalEntityOption,
	locationField,
	noteOption,
	readCurrency,
	readLines,
	reference,
	requiredDateOption,
	supplierField,
} from '../documentCreate';
import { documentResource } from '../documents';
import { customFieldOptionsField } from '../fields';

const additionalFields = createExtras([
	customFieldOptionsField,
	externalIdOption,
	legalEntityOption,
	noteOption,
	requiredDateOption,
]);

/** POST /purchaseorders with INT's SubmitPurchaseOrderDto; it answers 201 with `idn` and `id`. */
function createBody(params: Params): IDataObject {
	const extra = params.fields('additionalFields');
	// The IDs first, so a bad one is named before any other field.
	const supplier = reference(params, 'supplierId');
	const location = reference(params, 'locationId');
	return {
		supplier,
		location,
		currency: readCurrency(params),
		items: readLines(params),
		...documentExtras(params, extra),
	};
}

/** Purchase orders: help.precoro.com "Typical API usage scenarios"; INT `/api/purchaseorders`. */
export const purchaseOrder = documentResource({
	name: 'Purchase Order',
	plural: 'Purchase Orders',
	value: 'purchaseOrder',
	path: '/purchaseorders',
	statuses: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11],
	approvals: true,
	related: [
		{ name: 'Credit Notes', value: 'credit_notes' },
		{ name: 'Invoices', value: 'invoices' },
		{ name: 'Purchase Requisitions', value: 'purchase_requisitions' },
		{ name: 'Receipts', value: 'receipts' },
	],
	extraOperations: [
		createOperation({
			action: 'Create a purchase order',
			description: 'Create a draft order; Confirm submits it for approval',
			fields: [supplierField, locationField, currencyField, itemsField, additionalFields],
			path: '/purchaseorders',
			dto: 'SubmitPurchaseOrderDto',
			body: createBody,
		}),
	],
});
