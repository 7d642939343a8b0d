import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { formOnly } from '../../shared/fields';
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
import { precoroDateTime } from '../precoroDates';

const invoiceNumber: INodeProperties = {
	displayName: 'Invoice Number',
	name: 'invoiceNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'INV-2041',
	description: 'The number the supplier gave the invoice or credit note',
	displayOptions: formOnly,
};

const issueDate: INodeProperties = {
	displayName: 'Issue Date',
	name: 'issueDate',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When the supplier issued it',
	displayOptions: formOnly,
};

const additionalFields = createExtras([
	customFieldOptionsField,
	{
		displayName: 'Delivery Note',
		name: 'deliveryNote',
		type: 'string',
		default: '',
		description: 'The number of the delivery note that came with the goods',
	},
	externalIdOption,
	legalEntityOption,
	noteOption,
	{
		displayName: 'Purchase Order ID',
		name: 'purchaseOrderId',
		type: 'string',
		default: '',
		description: 'The numeric ID (not the IDN) of the order it bills, as Get returns it',
	},
	requiredDateOption,
]);

/**
 * INT's SubmitInvoiceDto, the body of POST /invoices (post_api_post_invoice) and of POST
 * /invoice/credit_note (post_api_post_credit_note): `supplier`, `location`, `currency`,
 * `invoiceNumber`, `issueDate` (date-time), lines under `items` (InvoiceItemDto), and
 * `purchaseOrder`, `deliveryNote` among the optional ones.
 */
function createBody(params: Params): IDataObject {
	const extra = params.fields('additionalFields');
	const supplier = reference(params, 'supplierId');
	const location = reference(params, 'locationId');
	const { purchaseOrderId } = params.numericIds(extra, { purchaseOrderId: 'purchaseOrderId' });
	const body: IDataObject = {
		supplier,
		location,
		currency: readCurrency(params),
		invoiceNumber: params.required('invoiceNumber'),
		issueDate: precoroDateTime(params.required('issueDate')),
		items: readLines(params),
	};
	if (purchaseOrderId !== undefined) body.purchaseOrder = { id: purchaseOrderId };
	if (extra.deliveryNote) body.deliveryNote = String(extra.deliveryNote);
	return { ...body, ...documentExtras(params, extra) };
}

const createFields = [
	supplierField,
	locationField,
	currencyField,
	invoiceNumber,
	issueDate,
	itemsField,
	additionalFields,
];

/**
 * Invoices and credit notes (credit notes are invoices with logicType 1 or 5:
 * hotgluexyz/tap-precoro); INT `/api/invoices`.
 */
export const invoice = documentResource({
	name: 'Invoice',
	plural: 'Invoices',
	value: 'invoice',
	path: '/invoices',
	statuses: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
	approvals: true,
	related: [
		{ name: 'Credit Notes', value: 'credit_notes' },
		{ name: 'Purchase Order', value: 'purchase_order' },
		{ name: 'Receipts', value: 'receipts' },
	],
	extraFilters: [
		{
			displayName: 'Credit Notes Only',
			name: 'creditNotesOnly',
			type: 'boolean',
			default: false,
			description: 'Whether to return only credit notes (logicType 1 and 5)',
		},
	],
	extraOperations: [
		// INT: 201 with the new invoice's `idn` and `id`.
		createOperation({
			action: 'Create an invoice',
			description: 'Create a draft invoice; Confirm submits it for approval',
			fields: createFields,
			path: '/invoices',
			dto: 'SubmitInvoiceDto',
			body: createBody,
		}),
		// INT: 201 with the whole credit note (InvoiceTransformer).
		createOperation({
			value: 'createCreditNote',
			name: 'Create Credit Note',
			action: 'Create a credit note',
			description: 'Create a draft credit note from the supplier’s credit note',
			fields: createFields,
			path: '/invoice/credit_note',
			dto: 'SubmitInvoiceDto',
			body: createBody,
		}),
	],
});
