import * as yaml from 'js-yaml';

import {
	OPENAPI_SERVICE_DEMO_TOKEN,
	OPENAPI_SERVICE_MOUNT,
	OPENAPI_SERVICE_SPEC,
} from '../../sandbox/openapi-service';
import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import type { Reply } from './helpers';
import { admin } from './helpers';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: true });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

async function call(
	method: string,
	path: string,
	body?: unknown,
	token: string | null = OPENAPI_SERVICE_DEMO_TOKEN,
): Promise<Reply> {
	const response = await fetch(`${sandbox.url}${OPENAPI_SERVICE_MOUNT}${path}`, {
		method,
		headers: {
			...(token ? { authorization: `Bearer ${token}` } : {}),
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await response.text();
	let json: unknown;
	try {
		json = text === '' ? undefined : JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.status, headers: response.headers, text, json };
}

const rateHeaders = (reply: Reply) => [
	reply.headers.get('x-ratelimit-limit'),
	reply.headers.get('x-ratelimit-remaining'),
	reply.headers.get('x-ratelimit-reset'),
];

describe('OpenAPI Service simulator', () => {
	it('serves its spec as JSON and as YAML, the same document, to a token holder', async () => {
		const asJson = await call('GET', '/openapi.json');
		const asYaml = await call('GET', '/openapi.yaml');
		expect(asYaml.headers.get('content-type')).toContain('application/yaml');
		expect(asJson.json).toEqual(JSON.parse(JSON.stringify(OPENAPI_SERVICE_SPEC)));
		expect(yaml.load(asYaml.text)).toEqual(asJson.json);
		expect((await call('GET', '/openapi.json', undefined, null)).status).toBe(401);
	});

	it('refuses a missing or wrong token with a JSON error and the rate-limit headers', async () => {
		for (const token of [null, 'nope']) {
			const reply = await call('GET', '/v1/customers', undefined, token);
			expect(reply.status).toBe(401);
			expect(reply.json).toEqual({
				code: 'unauthorized',
				message: expect.stringContaining('Bearer'),
			});
			expect(rateHeaders(reply)).toEqual(['100', '100', '0']);
		}
	});

	it('sends the three headers on every answer, counting down', async () => {
		const first = await call('GET', '/v1/customers');
		const missing = await call('GET', '/v1/customers/99999');
		const bad = await call('GET', '/v1/customers?per_page=500');
		expect([first.status, missing.status, bad.status]).toEqual([200, 404, 400]);
		expect(rateHeaders(first)).toEqual(['100', '99', '60']);
		expect(rateHeaders(missing)[1]).toBe('98');
		expect(rateHeaders(bad)[1]).toBe('97');
	});

	it('answers 429 with the reset when the budget is spent, and gives seconds or an epoch', async () => {
		sandbox.openApiService.setRateLimit(2, 10_000);
		await call('GET', '/v1/products');
		await call('GET', '/v1/products');
		const limited = await call('GET', '/v1/products');
		expect(limited.status).toBe(429);
		expect(limited.json).toMatchObject({ code: 'rate_limited' });
		expect(rateHeaders(limited)).toEqual(['2', '0', '10']);
		await admin(sandbox, 'POST', '/openapi-service/ratelimit', { resetStyle: 'epoch' });
		const epoch = Number(rateHeaders(await call('GET', '/v1/products'))[2]);
		expect(epoch).toBeGreaterThan(Date.now() / 1000);
		expect(epoch).toBeLessThanOrEqual(Date.now() / 1000 + 11);
	});

	it.each([
		[
			'an unknown query parameter',
			'GET',
			'/v1/customers?sort=name',
			undefined,
			'unknown_parameter',
			'Unknown query parameter "sort"',
		],
		[
			'a page size above the maximum',
			'GET',
			'/v1/customers?per_page=101',
			undefined,
			'validation_failed',
			'per_page must be at most 100',
		],
		[
			'a value outside the enum',
			'GET',
			'/v1/orders?status=lost',
			undefined,
			'validation_failed',
			'status must be one of pending, paid, shipped, cancelled',
		],
		[
			'a missing required field',
			'POST',
			'/v1/customers',
			{ name: 'x' },
			'validation_failed',
			'email is required',
		],
		[
			'an unknown body field',
			'POST',
			'/v1/customers',
			{ name: 'x', email: 'x@y', nickname: 'z' },
			'validation_failed',
			'nickname is not a known field',
		],
		[
			'a read-only field',
			'PATCH',
			'/v2/customers/1',
			{ id: 5 },
			'validation_failed',
			'id is read-only',
		],
		[
			'a v1 field sent to v2',
			'POST',
			'/v2/customers',
			{ name: 'x', email: 'x@y', first_name: 'x' },
			'validation_failed',
			'name is not a known field',
		],
		[
			'a wrong type in an order line',
			'POST',
			'/v1/orders',
			{ customer_id: 1, lines: [{ product_id: 'prod_0001', quantity: 'two' }] },
			'validation_failed',
			'lines[0].quantity must be integer',
		],
		[
			'a body that is not JSON',
			'POST',
			'/v1/customers',
			'{"name":',
			'invalid_json',
			'not valid JSON',
		],
		[
			'a bad cursor',
			'GET',
			'/v2/customers?cursor=abc',
			undefined,
			'invalid_cursor',
			'cursor is not valid',
		],
	])('refuses %s with 400 and its error body', async (_name, method, path, body, code, message) => {
		const reply = await call(method, path, body);
		expect(reply.status).toBe(400);
		expect(reply.json.code).toBe(code);
		expect(reply.json.message).toContain(message);
	});

	it('names field problems one by one', async () => {
		const reply = await call('POST', '/v2/customers', { tags: 'vip' });
		expect(reply.json.errors).toEqual(
			expect.arrayContaining([
				{ field: 'tags', message: 'must be array, got string' },
				{ field: 'first_name', message: 'is required' },
				{ field: 'email', message: 'is required' },
			]),
		);
	});

	it('links v1 order pages in the Link header and v2 ones in the body', async () => {
		const first = await call('GET', '/v1/orders?per_page=50');
		expect(first.headers.get('link')).toMatch(
			/^<http:\/\/127\.0\.0\.1:\d+\/openapi-service\/v1\/orders\?per_page=50&page=2>; rel="next", <[^>]+page=6>; rel="last"$/,
		);
		const v2 = await call('GET', '/v2/orders');
		expect(v2.json.orders).toHaveLength(25);
		expect(v2.json.links.next).toMatch(/\/openapi-service\/v2\/orders\?after=5025$/);
	});

	it('creates, updates and deletes customers in either version', async () => {
		const created = await call('POST', '/v2/customers', {
			first_name: 'Linus',
			email: 'l@example.com',
			tags: ['vip'],
		});
		expect(created.status).toBe(201);
		const asV1 = await call('GET', `/v1/customers/${created.json.id}`);
		expect(asV1.json).toMatchObject({ name: 'Linus', email: 'l@example.com' });
		expect(
			(await call('PUT', `/v1/customers/${created.json.id}`, { name: 'Linus T' })).json.name,
		).toBe('Linus T');
		expect((await call('DELETE', `/v2/customers/${created.json.id}`)).status).toBe(204);
		expect((await call('GET', `/v2/customers/${created.json.id}`)).status).toBe(404);
	});
});
