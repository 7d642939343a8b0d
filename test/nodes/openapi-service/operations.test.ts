import type { Sandbox } from '../../../sandbox/server';
import { failure } from '../../helpers/failure';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, mapped, runService, serviceCredentials } from './helpers';

let sandbox: Sandbox;
useSandbox((s) => (sandbox = s));

const data = () => sandbox.openApiService.data();
/** Requests to the API itself, leaving out the spec fetch. */
const apiCalls = () =>
	sandbox.received
		.filter({ vendor: 'openapi-service' })
		.filter((r) => !r.path.startsWith('/openapi.'));

describe('writes', () => {
	it('creates a v1 customer from the form, with the v1 body', async () => {
		const out = await runService(sandbox, {
			resource: 'Customers',
			operation: 'POST /customers',
			parameters: mapped({ name: 'Ada Lovelace', email: 'ada@example.com', status: 'active' }),
		});
		expect(out[0].json).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com' });
		const [post] = apiCalls();
		expect(post).toMatchObject({ method: 'POST', path: '/v1/customers', status: 201 });
		expect(post.body).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com', status: 'active' });
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('creates a v2 customer when the operation overrides the version, with the v2 body', async () => {
		const out = await runService(sandbox, {
			resource: 'Customers',
			operation: 'POST /customers',
			apiVersion: 'v2',
			parameters: mapped({ first_name: 'Grace', email: 'grace@example.com', tags: '["vip"]' }),
		});
		expect(out[0].json).toMatchObject({ first_name: 'Grace', tags: ['vip'] });
		expect(apiCalls()[0]).toMatchObject({
			path: '/v2/customers',
			body: { first_name: 'Grace', email: 'grace@example.com', tags: ['vip'] },
		});
	});

	it('takes a raw JSON body instead of the form', async () => {
		await runService(sandbox, {
			resource: 'Orders',
			operation: 'POST /orders',
			useJsonBody: true,
			jsonBody: JSON.stringify({
				customer_id: 3,
				lines: [{ product_id: 'prod_0002', quantity: 2 }],
			}),
			parameters: mapped({}),
		});
		const stored = data().orders[data().orders.length - 1];
		expect(stored).toMatchObject({
			customerId: 3,
			lines: [expect.objectContaining({ product_id: 'prod_0002', quantity: 2 })],
		});
	});

	it('updates (PUT v1, PATCH v2) and deletes by path parameter', async () => {
		await runService(sandbox, {
			resource: 'Customers',
			operation: 'PUT /customers/{customerId}',
			parameters: mapped({ 'path:customerId': 7, status: 'archived' }),
		});
		await runService(sandbox, {
			resource: 'Customers',
			operation: 'PATCH /customers/{customerId}',
			apiVersion: 'v2',
			parameters: mapped({ 'path:customerId': '8', first_name: 'Barbara' }),
		});
		const deleted = await runService(sandbox, {
			resource: 'Customers',
			operation: 'DELETE /customers/{customerId}',
			parameters: mapped({ 'path:customerId': 9 }),
		});
		expect(deleted[0].json).toEqual({ success: true });
		expect(data().customers.find((c) => c.id === 7)?.status).toBe('archived');
		expect(data().customers.find((c) => c.id === 8)?.firstName).toBe('Barbara');
		expect(data().customers.find((c) => c.id === 9)).toBeUndefined();
		expect(apiCalls().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'PUT /v1/customers/7 200',
			'PATCH /v2/customers/8 200',
			'DELETE /v1/customers/9 204',
		]);
	});
});

describe('versions', () => {
	it('puts the credential version in front of unversioned spec paths, and never twice', async () => {
		// A spec whose paths carry no version, and a base URL that ends in one.
		const spec = JSON.parse(sandbox.openApiService.specJson());
		spec.paths = { '/products/{productId}': spec.paths['/v1/products/{productId}'] };
		const out = await runService(
			sandbox,
			{
				resource: 'Products',
				operation: 'GET /products/{productId}',
				parameters: mapped({ 'path:productId': 'prod_0003' }),
			},
			{
				credentials: serviceCredentials(sandbox, {
					baseUrl: `${sandbox.url}/openapi-service/v1`,
					specSource: 'text',
					specText: JSON.stringify(spec),
				}),
			},
		);
		expect(out[0].json.id).toBe('prod_0003');
		expect(apiCalls().map((r) => r.path)).toEqual(['/v1/products/prod_0003']);
	});

	it('refuses a version the operation does not have, before any request', async () => {
		const error = await failure(
			runService(sandbox, {
				resource: 'Customers',
				operation: 'PATCH /customers/{customerId}',
				parameters: mapped({ 'path:customerId': 1 }),
			}),
		);
		expect(error.message).toContain('in v2 only, not in v1');
		expect(apiCalls()).toHaveLength(0);
	});
});

describe('input checks before any request', () => {
	it.each([
		[
			'a missing path parameter',
			'GET /customers/{customerId}',
			{},
			'"customerId (path)" is required',
		],
		['a missing required body field', 'POST /customers', { name: 'x' }, '"email" is required'],
		[
			'a value outside the enum',
			'POST /customers',
			{ name: 'x', email: 'x@y', status: 'gone' },
			'"status" must be one of active, archived; got "gone"',
		],
		[
			'a number that is not one',
			'GET /customers/{customerId}',
			{ 'path:customerId': 'abc' },
			'"customerId (path)" must be a number, got "abc"',
		],
		[
			'a dot segment as id',
			'GET /products/{productId}',
			{ 'path:productId': '..' },
			'"productId (path)" is empty or not a valid ID',
		],
		[
			'a missing required query parameter',
			'GET /customers/search#list',
			{},
			'"q (query)" is required',
		],
	])('refuses %s', async (_name, operation, values, message) => {
		const error = await failure(
			runService(sandbox, {
				resource: 'Customers',
				operation,
				parameters: mapped(values),
				returnAll: true,
			}),
		);
		expect(error.message).toBe(message);
		expect(apiCalls()).toHaveLength(0);
	});

	it('sends a path parameter URL-encoded as one segment', async () => {
		const error = await failure(
			runService(sandbox, {
				resource: 'Products',
				operation: 'GET /products/{productId}',
				parameters: mapped({ 'path:productId': '../customers/1?x=#y' }),
			}),
		);
		expect(apiCalls().map((r) => r.path)).toEqual(['/v1/products/..%2Fcustomers%2F1%3Fx%3D%23y']);
		expect(error.message).toBe('OpenAPI Service: Product ../customers/1?x=#y not found');
	});
});

describe('answers and errors', () => {
	it('passes the service error message and field details on', async () => {
		const error = await failure(
			runService(sandbox, {
				resource: 'Orders',
				operation: 'POST /orders',
				useJsonBody: true,
				jsonBody: JSON.stringify({
					customer_id: 99999,
					lines: [{ product_id: 'prod_0001', quantity: 1 }],
				}),
				parameters: mapped({}),
			}),
		);
		expect(error.message).toBe(
			'OpenAPI Service: The request is invalid: customer_id does not exist',
		);
		expect(error.description).toContain('POST /v1/orders → HTTP 400, error code validation_failed');
		expect(error.description).toContain('customer_id: no customer 99999');
	});

	it('keeps going with Continue On Fail, each item paired with its input', async () => {
		const out = await runService(
			sandbox,
			(index) => ({
				resource: 'Customers',
				operation: 'GET /customers/{customerId}',
				parameters: mapped({ 'path:customerId': index === 1 ? 99999 : index + 1 }),
			}),
			{ items: [{ json: {} }, { json: {} }, { json: {} }], continueOnFail: true },
		);
		expect(jsonOf(out).map((o) => o.id ?? o.error)).toEqual([
			1,
			'OpenAPI Service: Customer 99999 not found',
			3,
		]);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		// One spec fetch for all three items.
		expect(
			sandbox.received.filter({ vendor: 'openapi-service', path: '/openapi.json' }).length,
		).toBeLessThanOrEqual(1);
	});

	it('reads the spec from its YAML URL or pasted as YAML, with the same result', async () => {
		const parameters = {
			resource: 'Products',
			operation: 'GET /products/{productId}',
			parameters: mapped({ 'path:productId': 'prod_0010' }),
		};
		const byUrl = await runService(sandbox, parameters, {
			credentials: serviceCredentials(sandbox, {
				specUrl: `${sandbox.url}/openapi-service/openapi.yaml`,
			}),
		});
		const pasted = await runService(sandbox, parameters, {
			credentials: serviceCredentials(sandbox, {
				specSource: 'text',
				specText: sandbox.openApiService.specYaml(),
			}),
		});
		expect(byUrl[0].json).toEqual(pasted[0].json);
		expect(byUrl[0].json.id).toBe('prod_0010');
	});

	it('says where a pasted spec broke', async () => {
		const error = await failure(
			runService(
				sandbox,
				{ resource: 'Products', operation: 'GET /products#list', parameters: mapped({}) },
				{
					credentials: serviceCredentials(sandbox, {
						specSource: 'text',
						specText: 'openapi: 3.1.0\npaths:\n  /a:\n   get: {\n',
					}),
				},
			),
		);
		expect(error.message).toMatch(
			/^The OpenAPI spec cannot be read at line 4, column 9: invalid YAML \(unclosed "\{"\)$/,
		);
		expect(apiCalls()).toHaveLength(0);
	});
});
