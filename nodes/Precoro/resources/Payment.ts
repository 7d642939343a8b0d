import { call } from '../../shared/executor';
import { path } from '../../shared/params';
import { documentResource } from '../documents';
import { idnField, readIdn } from '../fields';

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
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel a payment',
			fields: [idnField('Payment')],
			run: call((params) => ({ method: 'POST', path: path`/payments/${readIdn(params)}/cancel` })),
		},
	],
});
