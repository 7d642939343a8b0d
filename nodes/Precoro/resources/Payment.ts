import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call } from '../../shared/executor';
import { formOnly } from '../../shared/fields';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	createExtras,
	createOperation,
	documentExtras,
	externalIdOption,
	readExternalId,
	reference,
} from '../documentCreate';
import { documentResource } from '../documents';
import { idnField, readIdn } from '../fields';
import { precoroDateTime, precoroDay } from '../precoroDates';

const invoiceId: INodeProperties = {
	displayName: 'Invoice ID',
	name: 'invoiceId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '2041',
	description: 'The numeric ID of the invoice paid (its ID, not its IDN), as Get returns it',
	displayOptions: formOnly,
};

const sumPaid: INodeProperties = {
	displayName: 'Amount',
	name: 'sumPaid',
	type: 'number',
	required: true,
	default: 0,
	typeOptions: { minValue: 0, numberPrecision: 2 },
	description: 'How much was paid, in the invoice’s currency',
	displayOptions: formOnly,
};

const payDate: INodeProperties = {
	displayName: 'Payment Date',
	name: 'payDate',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When it was paid',
	displayOptions: formOnly,
};

const additionalFields = createExtras([externalIdOption]);

const externalId: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'BANK-2041',
	description:
		'The ID of this payment in another system (at most 255 characters); integrations set it to mark what they have synced',
};

/** Filters only GET /payments has (INT get_api_get_invoice_payments), in the form's order. */
const paymentFilters: INodeProperties[] = [
	{
		displayName: 'Amount Paid At Least',
		name: 'sumPaidFrom',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
	},
	{
		displayName: 'Amount Paid At Most',
		name: 'sumPaidTo',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		placeholder: 'EUR',
		description: 'Only payments in this three-letter currency',
	},
	{
		displayName: 'Invoice IDN',
		name: 'invoiceIdn',
		type: 'string',
		default: '',
		placeholder: '2041',
		description: 'Only payments of the invoice with this number in Precoro (its IDN)',
	},
	{
		displayName: 'Invoice Number',
		name: 'invoiceNumber',
		type: 'string',
		default: '',
		placeholder: 'INV-2041',
		description: 'Only payments of the invoice with this supplier’s number',
	},
	{
		displayName: 'Paid After',
		name: 'payDateFrom',
		type: 'dateTime',
		default: '',
		description: 'Only payments paid on or after this day',
	},
	{
		displayName: 'Paid Before',
		name: 'payDateTo',
		type: 'dateTime',
		default: '',
		description: 'Only payments paid on or before this day',
	},
];

/**
 * INT's names for those filters: `sumPaid[left_number]`/`[right_number]`, `currency` (one
 * code), `invoice` (described in INT as "invoice_#", read as the invoice's IDN), `invoiceNumber`,
 * `payDate[left_date]`/`[right_date]` (in the dd.mm.yyyy of the other date ranges).
 */
function paymentQuery(filters: IDataObject): IDataObject {
	const qs: IDataObject = {};
	if (filters.sumPaidFrom !== undefined) qs['sumPaid[left_number]'] = filters.sumPaidFrom;
	if (filters.sumPaidTo !== undefined) qs['sumPaid[right_number]'] = filters.sumPaidTo;
	if (filters.currency) qs.currency = String(filters.currency).trim().toUpperCase();
	if (filters.invoiceIdn) qs.invoice = String(filters.invoiceIdn).trim();
	if (filters.invoiceNumber) qs.invoiceNumber = String(filters.invoiceNumber);
	if (filters.payDateFrom) qs['payDate[left_date]'] = precoroDay(filters.payDateFrom);
	if (filters.payDateTo) qs['payDate[right_date]'] = precoroDay(filters.payDateTo);
	return qs;
}

/**
 * INT's SubmitPaymentDto, the body of POST /payments (post_api_post_invoice_payment):
 * `invoice` as `{ "id" }`, `sumPaid`, `payDate`, `externalId` (hotgluexyz/target-precoro sends the
 * same names, form-encoded). INT also lists `logicType` and `purchaseOrder`, whose meaning for a
 * payment no source explains; the JSON body can send them.
 */
function createBody(params: Params): IDataObject {
	const extra = params.fields('additionalFields');
	const invoice = reference(params, 'invoiceId');
	const amount = params.number('sumPaid');
	if (!(amount > 0)) params.invalid('sumPaid', 'must be more than 0');
	return {
		invoice,
		sumPaid: amount,
		payDate: precoroDateTime(params.required('payDate')),
		...documentExtras(params, extra),
	};
}

/** Payments of invoices; INT `/api/payments`, with `POST /payments/{idn}/cancel`. */
export const payment = documentResource({
	name: 'Payment',
	plural: 'Payments',
	value: 'payment',
	path: '/payments',
	// INT's status[] of GET /payments takes 0–6 and 8, but what each means for a payment is not
	// documented; the common ones are offered.
	statuses: [0, 1, 2, 8],
	approvals: false,
	extraFilters: paymentFilters,
	extraQuery: paymentQuery,
	// INT's GET /payments has neither modifiedSince nor external_id[].
	withoutFilters: ['externalIds', 'modifiedSince'],
	update: {
		description:
			'Set the external ID an integration uses to mark the payment as synced, the only field Precoro changes on a payment',
		fields: [externalId],
		// PATCH /payments/{idn} (INT patch_api_patch_invoice_payment) takes a
		// PatchPaymentExternalIdDto: `externalId` alone, at most 255 characters.
		body: (params) => ({ externalId: readExternalId(params, params.required('externalId')) }),
	},
	extraOperations: [
		// INT: 201 with the new payment (PaymentTransformer).
		createOperation({
			action: 'Create a payment',
			description: 'Record a payment of an invoice, which then counts as partly or fully paid',
			fields: [invoiceId, sumPaid, payDate, additionalFields],
			path: '/payments',
			dto: 'SubmitPaymentDto',
			body: createBody,
		}),
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel a payment',
			fields: [idnField('Payment')],
			run: call((params) => ({ method: 'POST', path: path`/payments/${readIdn(params)}/cancel` })),
		},
	],
});
