import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	createExtras,
	createOperation,
	documentExtras,
	externalIdOption,
	noteOption,
	warehouseOption,
} from '../documentCreate';
import { documentResource } from '../documents';
import {
	creatorOption,
	externalIntegrationLogOption,
	formUpdate,
	syncedExternalIdOption,
} from '../documentUpdate';
import { customFieldOptionsField, idnField } from '../fields';
import { precoroDateTime } from '../precoroDates';

const purchaseOrderIdn: INodeProperties = {
	...idnField('Purchase Order'),
	name: 'purchaseOrderIdn',
	description: 'The number Precoro shows of the approved order whose goods arrived (its IDN)',
};

const receiptDate: INodeProperties = {
	displayName: 'Receipt Date',
	name: 'requiredDate',
	type: 'dateTime',
	default: '',
	description: 'When the goods arrived',
};

const receiptNumber: INodeProperties = {
	displayName: 'Receipt Number',
	name: 'receiptNumber',
	type: 'string',
	default: '',
	description: 'The number on the delivery or goods received note',
};

const warehouse: INodeProperties = {
	...warehouseOption,
	description:
		'Where the goods went. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const additionalFields = createExtras([
	customFieldOptionsField,
	externalIdOption,
	noteOption,
	receiptDate,
	receiptNumber,
	warehouse,
]);

/**
 * PATCH /receipts/{idn} takes INT's PatchReceiptDto: `receiptNumber`, `note`, `externalId`,
 * `externalIntegrationLog`, `warehouse`, `dataDocumentCustomFields`, `creator`, `requiredDate`.
 */
const update = formUpdate({
	description:
		'Change a receipt’s number, date, warehouse, note, custom fields or the external ID an integration sets once it has synced it',
	json: 'A PatchReceiptDto',
	path: '/receipts',
	options: [
		creatorOption,
		customFieldOptionsField,
		syncedExternalIdOption,
		externalIntegrationLogOption,
		noteOption,
		receiptDate,
		receiptNumber,
		warehouse,
	],
});

/**
 * INT's SubmitReceiptDto, the body of POST /receipts/{idn}/receive_all
 * (post_api_post_receipt_receive_all, "Receive all receipt", 201 with the receipt):
 * `receiptNumber`, `note`, `warehouse`, `requiredDate`, `externalId`,
 * `dataDocumentCustomFields`. The DTO names no order, so the `{idn}` is read as the order's, the
 * one the receipt is made from (INT does not say so).
 */
function receiveAllBody(params: Params): IDataObject {
	const extra = params.fields('additionalFields');
	const { warehouseId } = params.numericIds(extra, { warehouseId: 'warehouseId' });
	const body: IDataObject = {};
	if (extra.receiptNumber) body.receiptNumber = String(extra.receiptNumber);
	if (warehouseId !== undefined) body.warehouse = { id: warehouseId };
	if (extra.requiredDate) body.requiredDate = precoroDateTime(extra.requiredDate);
	return { ...body, ...documentExtras(params, extra) };
}

const receiveAll = createOperation({
	value: 'receiveAll',
	name: 'Receive All',
	action: 'Receive all items of a purchase order',
	description: 'Create a receipt of every line of an approved purchase order',
	fields: [purchaseOrderIdn, additionalFields],
	path: '/receipts/{idn}/receive_all',
	to: (params) => path`/receipts/${params.id('purchaseOrderIdn', { numeric: true })}/receive_all`,
	dto: 'SubmitReceiptDto',
	body: receiveAllBody,
});

/** Receipts of goods against orders; INT `/api/receipts`. */
export const receipt = documentResource({
	name: 'Receipt',
	plural: 'Receipts',
	value: 'receipt',
	path: '/receipts',
	statuses: [0, 1, 2, 3, 7, 8],
	approvals: true,
	related: [
		{ name: 'Invoices', value: 'invoices' },
		{ name: 'Purchase Order', value: 'purchase_order' },
	],
	update,
	extraOperations: [receiveAll],
});
