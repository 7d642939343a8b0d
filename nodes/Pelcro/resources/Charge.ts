import { additionalFields, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import {
	centsField,
	currencyField,
	customerLocator,
	idField,
	paymentCategoryField,
} from '../fields';
import { bodyOf, many, numericId, one } from '../requests';

const chargeId = idField('chargeId', 'Charge ID', 'The ID of the charge');

/** Charges: list, get, and offline charges only (R/api-core-charges, R/api-core-create-offline-charge). */
export const charge: ResourceDefinition = {
	name: 'Charge',
	value: 'charge',
	operations: [
		{
			value: 'createOffline',
			name: 'Create Offline',
			action: 'Create an offline charge',
			description:
				'Records money received outside Pelcro; an invoice given is marked paid once covered',
			fields: [
				customerLocator(),
				centsField('amount', 'Amount', 'The amount received'),
				currencyField,
				{
					displayName: 'Reference',
					name: 'reference',
					type: 'string',
					required: true,
					default: '',
					description: 'E.g. the check or transfer number.',
				},
				additionalFields([
					{
						displayName: 'Invoice ID',
						name: 'invoice_id',
						type: 'string',
						default: '',
						description: 'The invoice the money pays',
					},
					paymentCategoryField,
				]),
			],
			run: one((params) => ({
				method: 'POST',
				path: '/charges',
				body: {
					customer_id: numericId(params, 'customerId'),
					amount: params.positiveInteger('amount'),
					currency: params.required('currency').toLowerCase(),
					reference: params.required('reference'),
					...bodyOf(params, 'additionalFields', { ids: ['invoice_id'] }),
				},
			})),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a charge',
			fields: [chargeId],
			run: one((params) => ({
				method: 'GET',
				path: path`/charges/${params.id('chargeId', { numeric: true })}`,
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many charges',
			isDefault: true,
			fields: returnAllAndLimit(),
			run: many(() => ({ method: 'GET', path: '/charges' })),
		},
	],
};
