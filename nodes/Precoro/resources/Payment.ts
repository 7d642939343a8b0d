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
	reference,
} from '../documentCreate';
import { documentResource } from '../documents';
import { idnField, readIdn } from '../fields';
import { precoroDateTime } from '../precoroDates';

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
	// Payment status codes are not documented; the common ones are offered.
	statuses: [0, 1, 2, 8],
	approvals: false,
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
