import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/operations';
import type { OperationInput } from '../../shared/executor';
import { request } from '../../shared/request';
import { crudOperations } from '../crud';
import { customerLocator, idField } from '../fields';
import { unwrap } from '../PelcroProfile';
import { bodyOf, numericId, siteIdOfCredential } from '../requests';
import type { Params } from '../../shared/params';

const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

const type: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'options',
	options: [
		{ name: 'Account Primary', value: 'account_primary' },
		{ name: 'Billing', value: 'billing' },
		{ name: 'Shipping', value: 'shipping' },
	],
	default: 'shipping',
};
const line1 = text('Line 1', 'line1', 'Street and number');
const country = text('Country', 'country', 'Two-letter ISO code, e.g. CA');

/** Optional address fields (docs.pelcro.com/reference/api-core-create-address). */
const optional: INodeProperties[] = [
	text('City', 'city'),
	text('Company', 'company'),
	text('Department', 'department'),
	text('First Name', 'first_name'),
	{
		displayName: 'Is Default',
		name: 'is_default',
		type: 'boolean',
		default: false,
		description: 'Whether this becomes the default address of its type (one per type)',
	},
	text('Last Name', 'last_name'),
	text('Line 2', 'line2', 'Apartment, suite, etc'),
	text('Old Provider ID', 'old_provider_id'),
	text('Phone', 'phone'),
	text('Postal Code', 'postal_code'),
	text('Salutation', 'salutation', 'E.g. Mr., Ms., Dr'),
	text('State', 'state', 'Two-letter state or province code; required for CA, US and AU'),
	text('Title', 'title', "The person's title in the company"),
];

const COUNTRY = /^[a-z]{2}$/i;
const NEEDS_STATE = ['CA', 'US', 'AU'];

function checkedCountry(params: Params): string {
	const value = params.required('country').toUpperCase();
	if (!COUNTRY.test(value)) params.invalid('country', `must be a two-letter code, got "${value}"`);
	return value;
}

/** Create: `site_id` goes in the body too, next to the query's (R/api-core-create-address). */
async function create({ client, params, itemIndex }: OperationInput) {
	const body: IDataObject = {
		site_id: await siteIdOfCredential(params),
		customer_id: numericId(params, 'customerId'),
		type: params.required('type'),
		line1: params.required('line1'),
		country: checkedCountry(params),
		...bodyOf(params, 'additionalFields'),
	};
	if (NEEDS_STATE.includes(String(body.country)) && !body.state)
		params.reject('State', `is required for addresses in ${String(body.country)}`);
	return unwrap(await request(client, { method: 'POST', path: '/addresses', body }, itemIndex));
}

const standard = crudOperations({
	noun: 'address',
	path: '/addresses',
	id: idField('addressId', 'Address ID', 'The ID of the address'),
	required: [customerLocator(), type, { ...line1, required: true }, { ...country, required: true }],
	createBody: () => ({}),
	additional: optional,
	update: [...optional, country, line1, type].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	),
	descriptions: { delete: 'Soft-deletes the address' },
});

/** Addresses (docs.pelcro.com/reference/api-core-list-addresses and the pages it links). */
export const address: ResourceDefinition = {
	name: 'Address',
	value: 'address',
	operations: standard.map((operation) =>
		operation.value === 'create' ? { ...operation, run: create } : operation,
	),
};
