import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { OpenApiServiceApi } from '../../../credentials/OpenApiServiceApi.credentials';
import { OpenApiService } from '../../../nodes/OpenApiService/OpenApiService.node';
import { openApiServiceProfile } from '../../../nodes/OpenApiService/OpenApiServiceProfile';
import { runSpecOperation } from '../../../nodes/OpenApiService/run';
import {
	OPENAPI_SERVICE_DEMO_TOKEN,
	OPENAPI_SERVICE_MOUNT,
} from '../../../sandbox/openapi-service/keys';
import { OPENAPI_SERVICE_SPEC } from '../../../sandbox/openapi-service/spec';
import type { Sandbox } from '../../../sandbox/server';
import { mapped } from '../../nodes/openapi-service/helpers';
import type { BadInput, HostileCredential, VendorCase } from '../vendorCase';

// The spec pasted, so that a run sends only the requests of the operation itself.
const SPEC_TEXT = JSON.stringify(OPENAPI_SERVICE_SPEC);

const credentials = (sandbox: Sandbox) => ({
	baseUrl: `${sandbox.url}${OPENAPI_SERVICE_MOUNT}`,
	apiVersion: 'v1',
	token: OPENAPI_SERVICE_DEMO_TOKEN,
	authScheme: 'Bearer ',
	specSource: 'text',
	specText: SPEC_TEXT,
});

const customers = (sandbox: Sandbox) => sandbox.openApiService.data().customers;
const named = (sandbox: Sandbox, name: string) =>
	customers(sandbox).filter((c) => [c.firstName, c.lastName].filter(Boolean).join(' ') === name)
		.length;

const getCustomer = { resource: 'Customers', operation: 'GET /customers/{customerId}' };
const getProduct = { resource: 'Products', operation: 'GET /products/{productId}' };
const createCustomer = (values: IDataObject): INodeParameters => ({
	resource: 'Customers',
	operation: 'POST /customers',
	parameters: mapped(values),
});
const createOrder = (jsonBody: string): INodeParameters => ({
	resource: 'Orders',
	operation: 'POST /orders',
	useJsonBody: true,
	jsonBody,
	parameters: mapped({}),
});
const limit = (value: unknown): INodeParameters => ({
	resource: 'Customers',
	operation: 'GET /customers#list',
	returnAll: false,
	limit: value as number,
	parameters: mapped({}),
});

const badInputs: BadInput[] = [
	...[
		['empty', ''],
		['blank', '   '],
		['text', 'abc'],
		['fractional', '1.5'],
		['a path', '../1'],
	].map(([name, value]) => ({
		name: `customer id: ${name}`,
		parameters: { ...getCustomer, parameters: mapped({ 'path:customerId': value }) },
		field: 'customerId (path)',
	})),
	...[
		['empty', ''],
		['dot', '.'],
		['dot-dot', '..'],
	].map(([name, value]) => ({
		name: `product id: ${name}`,
		parameters: { ...getProduct, parameters: mapped({ 'path:productId': value }) },
		field: 'productId (path)',
	})),
	{ name: 'missing name', parameters: createCustomer({ email: 'a@example.com' }), field: 'name' },
	{ name: 'missing email', parameters: createCustomer({ name: 'A' }), field: 'email' },
	{
		name: 'status outside the enum',
		parameters: createCustomer({ name: 'A', email: 'a@example.com', status: 'deleted' }),
		field: 'status',
	},
	{ name: 'invalid JSON body', parameters: createOrder('{"customer_id": 1,'), field: 'JSON Body' },
	{ name: 'JSON body that is a list', parameters: createOrder('[1]'), field: 'JSON Body' },
	{
		name: 'JSON body without a required field',
		parameters: createOrder('{"customer_id": 1}'),
		field: 'lines',
	},
	{
		name: 'query parameter it requires',
		parameters: {
			resource: 'Customers',
			operation: 'GET /customers/search#list',
			returnAll: true,
			parameters: mapped({}),
		},
		field: 'q (query)',
	},
	{ name: 'negative limit', parameters: limit(-5), field: 'Limit' },
	{ name: 'zero limit', parameters: limit(0), field: 'Limit' },
	{ name: 'fractional limit', parameters: limit(2.5), field: 'Limit' },
];

const hostile = (name: string, values: IDataObject, field: string): HostileCredential => ({
	name,
	credentials: {
		baseUrl: 'https://api.example.com',
		apiVersion: 'v1',
		token: OPENAPI_SERVICE_DEMO_TOKEN,
		authScheme: 'Bearer ',
		specSource: 'url',
		specUrl: 'https://api.example.com/openapi.json',
		...values,
	},
	field,
});

const hostileCredentials: HostileCredential[] = [
	...[
		'http://evil.com',
		'http://127.0.0.1.evil.com',
		'http://localhost.evil.com/api',
		'https://user:pass@evil.com',
		'https://api.example.com@evil.com',
		'https://api.example.com?x=1',
		'https://api.example.com#',
		'ftp://api.example.com',
		'javascript:alert(1)',
		'api.example.com',
		'//evil.com',
		'',
	].map((baseUrl) => hostile(`base URL "${baseUrl}"`, { baseUrl }, 'Base URL')),
	...[
		'https://evil.com/openapi.json',
		'http://api.example.com/openapi.json',
		'https://api.example.com:8443/openapi.json',
		'https://user@api.example.com/openapi.json',
		'https://api.example.com/openapi.json#x',
		'',
	].map((specUrl) => hostile(`spec URL "${specUrl}"`, { specUrl }, 'Spec URL')),
	hostile('empty pasted spec', { specSource: 'text', specText: '  ' }, 'Spec'),
	hostile('a version that is a path', { apiVersion: 'v1/../admin' }, 'API Version'),
	hostile('empty token', { token: '' }, 'Token'),
	hostile('blank token', { token: '   ' }, 'Token'),
];

export const openApiServiceVendor: VendorCase = {
	name: 'openapi-service',
	displayName: 'OpenAPI Service',
	limitStatus: 429,
	nodeType: new OpenApiService(),
	credentialType: new OpenApiServiceApi(),
	profile: openApiServiceProfile,
	operations: () => runSpecOperation,
	credentials,
	secrets: (values) => [String(values.token)],
	errorBody: (message) => ({ code: 'error', message }),
	list: {
		parameters: {
			resource: 'Customers',
			operation: 'GET /customers#list',
			returnAll: true,
			parameters: mapped({}),
		},
		path: '/v1/customers',
		apiPath: '/v1/customers',
		seeded: (sandbox) => customers(sandbox).map((c) => c.id),
		idOf: (record) => record.id,
	},
	writes: [
		{
			name: 'create a customer',
			method: 'POST',
			path: '/v1/customers',
			parameters: (_sandbox, name) =>
				createCustomer({ name, email: `${customers.length}@example.com` }),
			stored: named,
		},
		{
			name: 'update a customer',
			method: 'PUT',
			path: /^\/v1\/customers\/\d+$/,
			parameters: (sandbox, name) => ({
				resource: 'Customers',
				operation: 'PUT /customers/{customerId}',
				parameters: mapped({ 'path:customerId': customers(sandbox)[0].id, name }),
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
			parameters: (_sandbox, name) => createCustomer({ name, email: 'u@example.com' }),
			path: '/v1/customers',
			received: (body) => (body as IDataObject).name,
		},
		{
			name: 'a 20,000-character note',
			value: 'Lorem ipsum ✓ '.repeat(1500).slice(0, 20_000),
			parameters: (_sandbox, note) =>
				createOrder(
					JSON.stringify({
						customer_id: 1,
						lines: [{ product_id: 'prod_0001', quantity: 1 }],
						note,
					}),
				),
			path: '/v1/orders',
			received: (body) => (body as IDataObject).note,
		},
	],
	load: {
		// The seed documents no numbers; the headers say 40 a minute here, which binds soon.
		limitSandbox: (sandbox) => sandbox.openApiService.setRateLimit(40, 60_000),
		timeScale: 1 / 30,
	},
};
