import { createHmac } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { PelcroApi } from '../../../credentials/PelcroApi.credentials';
import { Pelcro } from '../../../nodes/Pelcro/Pelcro.node';
import { PelcroTrigger } from '../../../nodes/Pelcro/PelcroTrigger.node';
import { pelcroProfile } from '../../../nodes/Pelcro/PelcroProfile';
import * as pelcroResources from '../../../nodes/Pelcro/resources';
import { composeResources } from '../../../nodes/shared/operations';
import { PELCRO_DEMO_KEY, PELCRO_DEMO_SITE, PELCRO_MOUNT } from '../../../sandbox/pelcro/keys';
import type { Sandbox } from '../../../sandbox/server';
import type { BadInput, HostileCredential, VendorCase } from '../vendorCase';

const credentials = (sandbox: Sandbox) => ({
	apiKey: PELCRO_DEMO_KEY,
	siteId: String(PELCRO_DEMO_SITE),
	environment: 'custom',
	baseUrl: `${sandbox.url}${PELCRO_MOUNT}`,
});

const customers = (sandbox: Sandbox) => sandbox.pelcro.data().customers.all();
const named = (sandbox: Sandbox, name: string) =>
	customers(sandbox).filter((row) => row.first_name === name && !row.deleted_at).length;

const HOSTILE_IDS: Array<[string, string]> = [
	['empty', ''],
	['blank', '   '],
	['dot-dot', '..'],
	['parent path', '../x'],
	['slash', 'a/b'],
	['encoded dots', '%2e%2e'],
	['query', '12?limit=1'],
	['fragment', '12#x'],
	['unicode digits', '١٢٣'],
	['too long', '9'.repeat(40)],
];

function idCases(
	field: string,
	label: string,
	base: INodeParameters,
	values = HOSTILE_IDS,
): BadInput[] {
	return values.map(([name, value]) => ({
		name: `${label}: ${name}`,
		parameters: { ...base, [field]: value },
		field: label,
	}));
}

const customerCreate = { resource: 'customer', operation: 'create', email: 'a@example.com' };
const limit = (value: unknown): BadInput['parameters'] => ({
	resource: 'customer',
	operation: 'getAll',
	returnAll: false,
	limit: value as number,
});

const badInputs: BadInput[] = [
	...idCases('customerId', 'Customer', { resource: 'customer', operation: 'get' }),
	...idCases('subscriptionId', 'Subscription ID', { resource: 'subscription', operation: 'get' }),
	...idCases(
		'invoiceId',
		'Invoice ID',
		{ resource: 'invoice', operation: 'payOffline', reference: 'R-1' },
		HOSTILE_IDS.slice(2, 7),
	),
	{
		name: 'customer without email or name',
		parameters: { resource: 'customer', operation: 'create' },
		field: 'Email',
	},
	{
		name: 'metadata that is not JSON',
		parameters: { ...customerCreate, additionalFields: { metadata: '{"tier":' } },
		field: 'Metadata',
	},
	{
		name: 'metadata that is a list',
		parameters: { ...customerCreate, additionalFields: { metadata: '[1]' } },
		field: 'Metadata',
	},
	{ name: 'negative limit', parameters: limit(-5), field: 'Limit' },
	{ name: 'zero limit', parameters: limit(0), field: 'Limit' },
	{ name: 'fractional limit', parameters: limit(2.5), field: 'Limit' },
	{ name: 'limit that is not a number', parameters: limit('many'), field: 'Limit' },
	{
		name: 'zero quantity',
		parameters: {
			resource: 'subscription',
			operation: 'create',
			customerId: '1',
			planId: '1',
			quantity: 0,
			collectionMethod: 'send_invoice',
		},
		field: 'Quantity',
	},
	{
		name: 'coupon code with a dash',
		parameters: { resource: 'coupon', operation: 'create', code: 'A-1', name: 'x', percentOff: 5 },
		field: 'Code',
	},
	{
		name: 'country that is not a code',
		parameters: {
			resource: 'address',
			operation: 'create',
			customerId: '1',
			line1: 'x',
			country: 'Canada',
		},
		field: 'Country',
	},
	{
		name: 'order line with a path as SKU',
		parameters: {
			resource: 'ecommerceOrder',
			operation: 'create',
			customerId: '1',
			items: { item: [{ skuId: '../1', quantity: 1 }] },
		},
		field: 'SKU Name or ID',
	},
	{
		name: 'cancel reason over 255 characters',
		parameters: {
			resource: 'subscription',
			operation: 'cancel',
			subscriptionId: '1',
			reason: 'x'.repeat(256),
		},
		field: 'Reason',
	},
];

const hostile = (name: string, values: IDataObject, field: string): HostileCredential => ({
	name,
	credentials: {
		apiKey: PELCRO_DEMO_KEY,
		siteId: String(PELCRO_DEMO_SITE),
		environment: 'custom',
		baseUrl: '',
		...values,
	},
	field,
});

const hostileCredentials: HostileCredential[] = [
	...[
		'http://evil.com/api/v1/core',
		'http://127.0.0.1.evil.com/api/v1/core',
		'http://localhost.evil.com/api/v1/core',
		'https://user:pass@evil.com/api/v1/core',
		'https://www.pelcro.com@evil.com/api/v1/core',
		'https://www.pelcro.com/api/v1/core?x=1',
		'https://www.pelcro.com/api/v1/core#',
		'ftp://www.pelcro.com/api/v1/core',
		'javascript:alert(1)',
		'www.pelcro.com/api/v1/core',
		'//evil.com/api/v1/core',
		'',
	].map((baseUrl) => hostile(`base URL "${baseUrl}"`, { baseUrl }, 'Base URL')),
	...['', ' ', '12 ', '1&x=2', 'abc', '1.5', '99999999999'].map((siteId) =>
		hostile(`site ID "${siteId}"`, { siteId, environment: 'production' }, 'Site ID'),
	),
	hostile('empty API key', { apiKey: '', environment: 'production' }, 'API Key'),
	hostile('blank API key', { apiKey: '   ', environment: 'production' }, 'API Key'),
];

export const pelcroVendor: VendorCase = {
	name: 'pelcro',
	displayName: 'Pelcro',
	limitStatus: 429,
	nodeType: new Pelcro(),
	credentialType: new PelcroApi(),
	profile: pelcroProfile,
	operations: composeResources(Object.values(pelcroResources), 'customer').operations,
	credentials,
	secrets: (values) => [String(values.apiKey)],
	errorBody: (message) => ({ message }),
	list: {
		parameters: { resource: 'customer', operation: 'getAll', returnAll: true },
		path: '/customers',
		apiPath: '/customers',
		seeded: (sandbox) => customers(sandbox).map((row) => row.id),
		idOf: (record) => record.id,
	},
	writes: [
		{
			name: 'create a customer',
			method: 'POST',
			path: '/customers',
			parameters: (_sandbox, name) => ({
				resource: 'customer',
				operation: 'create',
				additionalFields: { display_name: name, first_name: name },
			}),
			stored: named,
		},
		{
			name: 'update a customer',
			method: 'PUT',
			path: /^\/customers\/\d+$/,
			parameters: (sandbox, name) => ({
				resource: 'customer',
				operation: 'update',
				customerId: String(customers(sandbox)[0].id),
				updateFields: { first_name: name },
			}),
			stored: named,
		},
	],
	badInputs,
	hostileCredentials,
	passThrough: [
		{
			name: 'unicode and emoji',
			value: 'Zoë’s café — 北京 🚚 \u202eevil',
			parameters: (_sandbox, name) => ({
				resource: 'customer',
				operation: 'create',
				additionalFields: { display_name: name },
			}),
			path: '/customers',
			received: (body) => (body as IDataObject).display_name,
		},
		{
			name: 'a 20,000-character line item description',
			value: 'Lorem ipsum ✓ '.repeat(1500).slice(0, 20_000),
			parameters: (sandbox, description) => ({
				resource: 'invoice',
				operation: 'create',
				customerId: String(customers(sandbox)[0].id),
				currency: 'usd',
				lineItems: { item: [{ description, unit_price: 100, quantity: 1 }] },
			}),
			path: '/invoices',
			received: (body) => ((body as IDataObject).line_items as IDataObject[])[0].description,
		},
	],
	webhook: {
		name: 'Pelcro Trigger',
		trigger: new PelcroTrigger(),
		parameters: { events: ['customer_created', 'invoice_paid'] },
		signatureHeader: 'x-pelcro-hmac-sha256',
		async deliver(sandbox, calls) {
			calls.length = 0;
			await sandbox.pelcro.emit('customer.created', { id: 123, email: 'hook@example.com' });
			const call = calls[calls.length - 1];
			if (!call) throw new Error('The sandbox delivered nothing');
			return call;
		},
		secrets: (staticData) => {
			const registration = staticData.registration as { secret?: string } | undefined;
			return registration?.secret ? [registration.secret] : [];
		},
		sign: (body, secret) => createHmac('sha256', secret).update(body).digest('base64'),
	},
	load: {
		// Pelcro sends no rate-limit headers: the documented 120 a minute is all the node knows.
		limitSandbox: (sandbox) => sandbox.pelcro.setRateLimit(120),
		timeScale: 1 / 30,
	},
};
