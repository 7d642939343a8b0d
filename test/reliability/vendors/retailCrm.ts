import type { IDataObject } from 'n8n-workflow';

import { RetailCrmApi } from '../../../credentials/RetailCrmApi.credentials';
import { RetailCrm } from '../../../nodes/RetailCrm/RetailCrm.node';
import { retailCrmProfile } from '../../../nodes/RetailCrm/RetailCrmProfile';
import * as retailCrmResources from '../../../nodes/RetailCrm/resources';
import { composeResources } from '../../../nodes/shared/operations';
import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_MOUNT,
	RETAILCRM_SITE_MAIN,
} from '../../../sandbox/retailcrm/keys';
import type { Sandbox } from '../../../sandbox/server';
import type { BadInput, HostileCredential, VendorCase } from '../vendorCase';

const credentials = (sandbox: Sandbox) => ({
	url: `${sandbox.url}${RETAILCRM_MOUNT}`,
	apiKey: RETAILCRM_DEMO_KEY,
	site: RETAILCRM_SITE_MAIN,
});

const customers = (sandbox: Sandbox) => sandbox.retailcrm.data().customers.rows;
const named = (sandbox: Sandbox, name: string) =>
	customers(sandbox).filter((row) => (row as IDataObject).firstName === name).length;

/** The `customer` field of a form body, which RetailCRM takes as JSON text. */
const customerField = (body: unknown) =>
	JSON.parse(String((body as IDataObject).customer)) as IDataObject;

const badInputs: BadInput[] = [
	...['', '..', '.', '   '].map((customerId) => ({
		name: `customer ID "${customerId}"`,
		parameters: { resource: 'customer', operation: 'get', customerId, by: 'id' },
		field: 'Customer ID',
	})),
	{
		name: 'invalid JSON body',
		parameters: { resource: 'customer', operation: 'create', useJsonBody: true, jsonBody: '{x' },
		field: 'JSON Body',
	},
	{
		name: 'negative limit',
		parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: -1 },
		field: 'Limit',
	},
];

const hostileCredentials: HostileCredential[] = [
	...[
		'http://evil.com',
		'http://evil.com:80/retailcrm',
		'https://user:pass@evil.com',
		'https://mystore.retailcrm.ru@evil.com',
		'https://evil.example\\@mystore.retailcrm.ru',
		'https://mystore.retailcrm.ru#',
		'https://mystore.retailcrm.ru?x=1',
		'mystore.retailcrm.ru',
		'javascript:alert(1)',
		'',
	].map((url) => ({
		name: `instance URL "${url}"`,
		credentials: { url, apiKey: RETAILCRM_DEMO_KEY, site: '' },
		field: 'Instance URL',
	})),
	{
		name: 'empty API key',
		credentials: { url: 'https://mystore.retailcrm.ru', apiKey: '', site: '' },
		field: 'API Key',
	},
];

export const retailCrmVendor: VendorCase = {
	name: 'retailcrm',
	displayName: 'RetailCRM',
	limitStatus: 503,
	nodeType: new RetailCrm(),
	credentialType: new RetailCrmApi(),
	profile: retailCrmProfile,
	operations: composeResources(Object.values(retailCrmResources), 'order').operations,
	credentials,
	secrets: (values) => [String(values.apiKey)],
	errorBody: (message) => ({ success: false, errorMsg: message }),
	list: {
		parameters: { resource: 'customer', operation: 'getAll', returnAll: true },
		path: '/api/v5/customers',
		apiPath: '/customers',
		seeded: (sandbox) => customers(sandbox).map((row) => row.id),
		idOf: (record) => record.id,
	},
	writes: [
		{
			name: 'create a customer',
			method: 'POST',
			path: '/api/v5/customers/create',
			parameters: (_sandbox, firstName) => ({
				resource: 'customer',
				operation: 'create',
				additionalFields: { firstName },
			}),
			stored: named,
		},
		{
			name: 'edit a customer',
			method: 'POST',
			// A POST that sets fields of one record by its id: the node marks it idempotent.
			idempotent: true,
			path: /^\/api\/v5\/customers\/\d+\/edit$/,
			parameters: (sandbox, firstName) => ({
				resource: 'customer',
				operation: 'update',
				by: 'id',
				customerId: String(customers(sandbox).find((row) => row.site === RETAILCRM_SITE_MAIN)?.id),
				updateFields: { firstName },
			}),
			stored: named,
		},
	],
	badInputs,
	hostileCredentials,
	passThrough: [
		{
			name: 'unicode and emoji',
			value: 'Фёдор 🚚 Zoë',
			parameters: (_sandbox, firstName) => ({
				resource: 'customer',
				operation: 'create',
				additionalFields: { firstName },
			}),
			path: '/api/v5/customers/create',
			received: (body) => customerField(body).firstName,
		},
	],
	load: {
		// 10 requests per second per IP, on a clock four times as fast.
		limitSandbox: () => undefined,
		timeScale: 1 / 4,
	},
};
