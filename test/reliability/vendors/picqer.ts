import { createHmac } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { PicqerApi } from '../../../credentials/PicqerApi.credentials';
import { Picqer } from '../../../nodes/Picqer/Picqer.node';
import { PicqerTrigger } from '../../../nodes/Picqer/PicqerTrigger.node';
import { picqerProfile } from '../../../nodes/Picqer/PicqerProfile';
import * as picqerResources from '../../../nodes/Picqer/resources';
import { composeResources } from '../../../nodes/shared/operations';
import { PICQER_DEMO_KEY, PICQER_MOUNT } from '../../../sandbox/picqer/keys';
import type { Sandbox } from '../../../sandbox/server';
import type { BadInput, HostileCredential, VendorCase } from '../vendorCase';

const credentials = (sandbox: Sandbox) => ({
	subdomain: 'demo',
	apiKey: PICQER_DEMO_KEY,
	baseUrl: `${sandbox.url}${PICQER_MOUNT}`,
});

const customers = (sandbox: Sandbox) => sandbox.picqer.data().customers.rows;

/** An id field filled with `value`, for each operation that puts one in its path or body. */
function idCases(
	field: string,
	label: string,
	base: INodeParameters,
	values: Array<[string, string]>,
): BadInput[] {
	return values.map(([name, value]) => ({
		name: `${label}: ${name}`,
		parameters: { ...base, [field]: value },
		field: label,
	}));
}

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

const customerCreate = { resource: 'customer', operation: 'create' };
const productCreate = {
	resource: 'product',
	operation: 'create',
	vatGroupId: '1',
	name: 'Mug',
	price: 9.95,
	productcode: 'MUG-01',
};

const badInputs: BadInput[] = [
	...idCases('orderId', 'Order ID', { resource: 'order', operation: 'get' }, HOSTILE_IDS),
	...idCases(
		'customerId',
		'Customer',
		{ resource: 'customer', operation: 'update', updateFields: { name: 'x' } },
		HOSTILE_IDS.slice(0, 6),
	),
	...idCases(
		'productId',
		'Product',
		{ resource: 'product', operation: 'getStock' },
		HOSTILE_IDS.slice(2, 6),
	),
	{
		name: 'invalid JSON body',
		parameters: { ...customerCreate, useJsonBody: true, jsonBody: '{"name": "x",' },
		field: 'JSON Body',
	},
	{
		name: 'JSON body that is an array',
		parameters: { ...customerCreate, useJsonBody: true, jsonBody: '[{"name": "x"}]' },
		field: 'JSON Body',
	},
	{
		name: 'JSON body that is text',
		parameters: { ...customerCreate, useJsonBody: true, jsonBody: '"x"' },
		field: 'JSON Body',
	},
	{
		name: 'JSON body null',
		parameters: { ...customerCreate, useJsonBody: true, jsonBody: 'null' },
		field: 'JSON Body',
	},
	{ name: 'missing name', parameters: { ...customerCreate, name: '' }, field: 'Name' },
	{ name: 'blank name', parameters: { ...customerCreate, name: '  \t ' }, field: 'Name' },
	{
		name: 'name of the wrong type',
		parameters: { ...customerCreate, name: { a: 1 } },
		field: 'Name',
	},
	{
		name: 'negative limit',
		parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: -5 },
		field: 'Limit',
	},
	{
		name: 'zero limit',
		parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 0 },
		field: 'Limit',
	},
	{
		name: 'fractional limit',
		parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 2.5 },
		field: 'Limit',
	},
	{
		name: 'limit that is not a number',
		parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 'many' },
		field: 'Limit',
	},
	{
		name: 'infinite limit',
		parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: Infinity },
		field: 'Limit',
	},
	{ name: 'price as text', parameters: { ...productCreate, price: 'cheap' }, field: 'Price' },
	{
		name: 'missing product code',
		parameters: { ...productCreate, productcode: '' },
		field: 'Product Code',
	},
	{
		name: 'VAT group that is not an id',
		parameters: { ...productCreate, vatGroupId: 'high' },
		field: 'VAT Group Name or ID',
	},
	{
		name: 'order without products',
		parameters: { resource: 'order', operation: 'create', products: { product: [] } },
		field: 'Products',
	},
	{
		name: 'order line with a path as product',
		parameters: {
			resource: 'order',
			operation: 'create',
			products: { product: [{ idproduct: '../1', amount: 1 }] },
		},
		field: 'Product ID',
	},
	{
		name: 'fractional stock change',
		parameters: {
			resource: 'product',
			operation: 'changeStock',
			productId: '1',
			warehouseId: '1',
			change: 1.5,
		},
		field: 'Change',
	},
	{
		name: 'product id list with a path',
		parameters: {
			resource: 'product',
			operation: 'getAll',
			filters: { idproducts: '1,../2' },
		},
		field: 'Product IDs',
	},
	{
		name: 'tag color that is not a color',
		parameters: { resource: 'tag', operation: 'create', title: 'x', color: 'red;x' },
		field: 'Color',
	},
	{
		name: 'empty comment',
		parameters: { resource: 'order', operation: 'addComment', orderId: '1', comment: '' },
		field: 'Comment',
	},
];

const hostile = (name: string, values: IDataObject, field: string): HostileCredential => ({
	name,
	credentials: { subdomain: 'demo', apiKey: PICQER_DEMO_KEY, baseUrl: '', ...values },
	field,
});

const hostileCredentials: HostileCredential[] = [
	...[
		'evil.com#',
		'evil.com/',
		'a.b',
		'demo.evil.com',
		'user@evil.com',
		'demo:8080',
		'demo/../x',
		'demo?x=1',
		'https://evil.com',
		'%2e%2e',
		'dém',
		'-demo',
		'a'.repeat(64),
		'',
		'   ',
	].map((subdomain) => hostile(`subdomain "${subdomain}"`, { subdomain }, 'Subdomain')),
	...[
		'http://evil.com/api/v1',
		'http://127.0.0.1.evil.com/api/v1',
		'http://localhost.evil.com/api/v1',
		'http://0.0.0.0:5680/api/v1',
		'https://user:pass@evil.com/api/v1',
		'https://demo.picqer.com@evil.com/api/v1',
		'http://user@127.0.0.1:5680/api/v1',
		'https://demo.picqer.com/api/v1?x=1',
		'https://demo.picqer.com/api/v1#',
		'ftp://demo.picqer.com/api/v1',
		'javascript:alert(1)',
		'demo.picqer.com/api/v1',
		'//evil.com/api/v1',
		'https://evil.example\\@demo.picqer.com/api/v1',
	].map((baseUrl) => hostile(`base URL "${baseUrl}"`, { baseUrl }, 'Base URL Override')),
	hostile('empty API key', { apiKey: '' }, 'API Key'),
	hostile('blank API key', { apiKey: '   ' }, 'API Key'),
];

const trigger = new PicqerTrigger();

export const picqerVendor: VendorCase = {
	name: 'picqer',
	displayName: 'Picqer',
	limitStatus: 429,
	nodeType: new Picqer(),
	credentialType: new PicqerApi(),
	profile: picqerProfile,
	operations: composeResources(Object.values(picqerResources), 'order').operations,
	credentials,
	secrets: (values) => [String(values.apiKey)],
	errorBody: (message) => ({ error: true, error_code: 24, error_message: message }),
	list: {
		parameters: { resource: 'customer', operation: 'getAll', returnAll: true },
		path: '/customers',
		apiPath: '/customers',
		seeded: (sandbox) => customers(sandbox).map((row) => row.idcustomer),
		idOf: (record) => record.idcustomer,
	},
	writes: [
		{
			name: 'create a customer',
			method: 'POST',
			path: '/customers',
			parameters: (_sandbox, name) => ({ ...customerCreate, name }),
			stored: (sandbox, name) => customers(sandbox).filter((row) => row.name === name).length,
		},
		{
			name: 'update a customer',
			method: 'PUT',
			path: /^\/customers\/\d+$/,
			parameters: (sandbox, name) => ({
				resource: 'customer',
				operation: 'update',
				customerId: String(customers(sandbox)[0].idcustomer),
				updateFields: { name },
			}),
			stored: (sandbox, name) => customers(sandbox).filter((row) => row.name === name).length,
		},
	],
	badInputs,
	hostileCredentials,
	passThrough: [
		{
			name: 'unicode and emoji',
			value: 'Zoë’s café — 北京 🚚 \u202eevil',
			parameters: (_sandbox, name) => ({ ...customerCreate, name }),
			path: '/customers',
			received: (body) => (body as IDataObject).name,
		},
		{
			name: 'a 20,000-character comment',
			value: 'Lorem ipsum ✓ '.repeat(1500).slice(0, 20_000),
			parameters: (sandbox, comment) => ({
				resource: 'customer',
				operation: 'addComment',
				customerId: String(customers(sandbox)[0].idcustomer),
				comment,
			}),
			path: /^\/customers\/\d+\/comments$/,
			received: (body) => (body as IDataObject).body,
		},
	],
	webhook: {
		name: 'Picqer Trigger',
		trigger,
		parameters: { events: ['orders.created', 'picklists.closed'] },
		signatureHeader: 'x-picqer-signature',
		async deliver(sandbox, calls) {
			calls.length = 0;
			await sandbox.picqer.emit('orders.created', { idorder: 123, reference: 'R-1' });
			const call = calls[calls.length - 1];
			if (!call) throw new Error('The sandbox delivered nothing');
			return call;
		},
		secrets(staticData) {
			const hooks = (staticData.hooks ?? []) as Array<{ event: string; secret: string }>;
			return [...hooks]
				.sort((a, b) => Number(b.event === 'orders.created') - Number(a.event === 'orders.created'))
				.map((hook) => hook.secret);
		},
		sign: (body, secret) => createHmac('sha256', secret).update(body).digest('base64'),
	},
	load: {
		// Picqer's limit differs per account and its headers say which; a small one binds sooner.
		limitSandbox: (sandbox) => sandbox.picqer.setRateLimit(40),
		timeScale: 1 / 30,
	},
};
