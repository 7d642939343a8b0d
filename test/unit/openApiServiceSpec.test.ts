import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as yaml from 'js-yaml';

import {
	operationOptions,
	resolveOperation,
	resourceOptions,
} from '../../nodes/OpenApiService/catalog';
import { describePlan, detectPlan } from '../../nodes/OpenApiService/paging';
import { readSpecText, SpecError } from '../../nodes/OpenApiService/spec/document';
import type { ParsedSpec } from '../../nodes/OpenApiService/spec/operations';
import { declaredTokenScheme, operationDetails } from '../../nodes/OpenApiService/spec/operations';
import { mainType } from '../../nodes/OpenApiService/spec/schema';
import { detailsOf, parseSpec } from '../../nodes/OpenApiService/specSource';
import { OPENAPI_SERVICE_SPEC } from '../../sandbox/openapi-service/spec';

const examples = dirname(require.resolve('@readme/oas-examples/package.json'));
const example = (path: string) => readFileSync(join(examples, path), 'utf8');

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** Operations counted straight from the document, independently of the reader. */
function countOperations(document: { paths: Record<string, Record<string, unknown>> }) {
	return Object.values(document.paths).reduce(
		(sum, item) => sum + Object.keys(item).filter((key) => METHODS.includes(key)).length,
		0,
	);
}

function spec(document: unknown): ParsedSpec {
	return parseSpec(JSON.stringify(document));
}

const op = (s: ParsedSpec, key: string) =>
	s.operations.find((o) => `${o.method} ${o.path}` === key)!;

function specError(text: string): SpecError {
	try {
		parseSpec(text);
	} catch (error) {
		if (error instanceof SpecError) return error;
		throw error;
	}
	throw new Error('The spec was read');
}

const minimal = (extra: Record<string, unknown>) =>
	JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, ...extra });

describe('reading the simulated service spec', () => {
	const fromJson = parseSpec(JSON.stringify(OPENAPI_SERVICE_SPEC));
	const fromYaml = parseSpec(yaml.dump(OPENAPI_SERVICE_SPEC));

	it('finds the same operations in its JSON and its YAML', () => {
		expect(fromYaml.operations.map((o) => o.key)).toEqual(fromJson.operations.map((o) => o.key));
		expect(fromJson.operations).toHaveLength(countOperations(OPENAPI_SERVICE_SPEC as never));
	});

	it('lists tags as resources and operations by summary, deprecated ones marked', () => {
		expect(resourceOptions(fromJson).map((r) => r.value)).toEqual([
			'Customers',
			'Orders',
			'Products',
		]);
		const customers = operationOptions(fromJson, 'Customers', 'v1');
		expect(customers).toContainEqual({
			name: 'List customers',
			value: 'GET /customers#list',
			description: 'GET /customers (v1, v2)',
		});
		expect(customers).toContainEqual(
			expect.objectContaining({ name: 'Search customers by name (Deprecated)' }),
		);
	});

	it('picks the operation of the version asked for, and never doubles the version', () => {
		expect(resolveOperation(fromJson, 'GET /customers#list', 'v1').path).toBe('/v1/customers');
		expect(resolveOperation(fromJson, 'GET /customers#list', 'v2').path).toBe('/v2/customers');
		expect(() => resolveOperation(fromJson, 'PATCH /customers/{customerId}', 'v1')).toThrow(
			'The spec has "PATCH /customers/{customerId}" in v2 only, not in v1; set API Version to one of them',
		);
	});

	it('reads v1 and v2 customers in their own shapes, 3.1 style', () => {
		const v1 = detailsOf(fromJson, op(fromJson, 'POST /v1/customers'));
		const v2 = detailsOf(fromJson, op(fromJson, 'POST /v2/customers'));
		const fields = (d: typeof v1) =>
			d.body?.fields.map((f) => [f.name, f.required, mainType(f.shape)]);
		expect(fields(v1)).toEqual([
			['name', true, 'string'],
			['email', true, 'string'],
			['phone', false, 'string'],
			['status', false, 'string'],
		]);
		// allOf merged; ["string", "null"] is a nullable string.
		expect(fields(v2)).toEqual([
			['first_name', true, 'string'],
			['last_name', false, 'string'],
			['email', true, 'string'],
			['phone', false, 'string'],
			['status', false, 'string'],
			['tags', false, 'array'],
		]);
		expect(v2.body?.fields.find((f) => f.name === 'last_name')?.shape.nullable).toBe(true);
		expect(v1.body?.fields.find((f) => f.name === 'status')?.shape.enum).toEqual([
			'active',
			'archived',
		]);
	});

	it.each([
		['GET /v1/customers', 'Page Number (page, per_page up to 100)'],
		['GET /v2/customers', 'Cursor (cursor from next_cursor, limit up to 50)'],
		['GET /v1/orders', 'Link Header (per_page up to 100)'],
		['GET /v2/orders', 'Next Link in Body (links.next)'],
		['GET /v1/products', 'Offset (offset, limit up to 200)'],
	])('detects how %s is paged: %s', (key, described) => {
		const details = detailsOf(fromJson, op(fromJson, key));
		expect(describePlan(detectPlan(fromJson.document, details))).toBe(described);
	});

	it('reads the token scheme the spec declares', () => {
		expect(declaredTokenScheme(fromJson)).toEqual({ prefix: 'Bearer ', name: 'bearerAuth' });
	});
});

describe('OpenAPI 3.0 and 3.1 schemas', () => {
	const document = (version: string, schema: unknown) => ({
		openapi: version,
		info: { title: 't', version: '1' },
		paths: {
			'/things': {
				post: {
					requestBody: { content: { 'application/json': { schema } } },
					responses: { '201': { description: 'ok' } },
				},
			},
		},
	});
	const fieldsOf = (version: string, schema: unknown) => {
		const s = spec(document(version, schema));
		return detailsOf(s, s.operations[0]).body!.fields;
	};

	it('reads 3.0 nullable and example, and 3.1 type arrays, examples and const alike', () => {
		const v30 = fieldsOf('3.0.3', {
			type: 'object',
			properties: { note: { type: 'string', nullable: true, example: 'hi' } },
		});
		const v31 = fieldsOf('3.1.0', {
			type: 'object',
			properties: {
				note: { type: ['string', 'null'], examples: ['hi'] },
				kind: { const: 'box' },
				pair: { type: 'array', prefixItems: [{ type: 'integer' }] },
			},
		});
		expect(v30[0].shape).toMatchObject({ types: ['string'], nullable: true, example: 'hi' });
		expect(v31[0].shape).toMatchObject({ types: ['string'], nullable: true, example: 'hi' });
		expect(v31[1].shape.enum).toEqual(['box']);
		expect(v31[2].shape.items).toEqual({ type: 'integer' });
	});

	it('handles recursive schemas and allOf cycles without looping', () => {
		const s = spec({
			openapi: '3.1.0',
			info: { title: 't', version: '1' },
			paths: {
				'/nodes': {
					get: {
						responses: {
							'200': {
								description: 'ok',
								content: {
									'application/json': {
										schema: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
									},
								},
							},
						},
					},
					post: {
						requestBody: {
							content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
						},
						responses: { '201': { description: 'ok' } },
					},
				},
			},
			components: {
				schemas: {
					Node: {
						type: 'object',
						properties: {
							id: { type: 'integer' },
							children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
						},
					},
					A: {
						allOf: [{ $ref: '#/components/schemas/B' }, { properties: { a: { type: 'string' } } }],
					},
					B: {
						allOf: [{ $ref: '#/components/schemas/A' }, { properties: { b: { type: 'integer' } } }],
					},
				},
			},
		});
		const list = detailsOf(s, s.operations[0]).list!;
		expect(Object.keys(list.item.properties)).toEqual(['id', 'children']);
		expect(
			detailsOf(s, s.operations[1])
				.body!.fields.map((f) => f.name)
				.sort(),
		).toEqual(['a', 'b']);
	});

	it('reads the recursive examples ReadMe ships', () => {
		for (const file of [
			'3.0/yaml/circular.yaml',
			'3.0/yaml/schema-circular.yaml',
			'3.0/yaml/circular-paths.yaml',
			'3.0/yaml/circular-request-bodies.yaml',
		]) {
			const s = parseSpec(example(file));
			for (const operation of s.operations)
				expect(() => operationDetails(s, operation)).not.toThrow();
		}
	});
});

describe('Swagger 2.0', () => {
	const s = parseSpec(example('2.0/yaml/petstore.yaml'));

	it('finds every operation, with body parameters as body fields', () => {
		expect(s.version).toBe('2.0');
		expect(s.operations).toHaveLength(
			countOperations(yaml.load(example('2.0/yaml/petstore.yaml')) as never),
		);
		const addPet = detailsOf(s, op(s, 'POST /pet'));
		expect(addPet.body?.fields.map((f) => f.name)).toEqual(
			expect.arrayContaining(['name', 'photoUrls', 'status']),
		);
		expect(addPet.body?.fields.find((f) => f.name === 'name')?.required).toBe(true);
	});

	it('reads formData fields and 2.0 response schemas', () => {
		const update = detailsOf(s, op(s, 'POST /pet/{petId}'));
		expect(update.body?.fields.map((f) => f.name)).toEqual(['name', 'status']);
		expect(detailsOf(s, op(s, 'GET /pet/findByStatus')).list?.recordsPath).toEqual([]);
		expect(detailsOf(s, op(s, 'GET /pet/findByStatus')).parameters[0]).toMatchObject({
			name: 'status',
			in: 'query',
			required: true,
		});
	});
});

describe('a spec that cannot be read says where it broke', () => {
	it.each([
		[
			'JSON syntax',
			'{\n  "openapi": "3.0.0",\n  "paths": {,}\n}',
			'line 3, column 13',
			/invalid JSON/,
		],
		[
			'YAML syntax',
			'openapi: 3.0.0\npaths:\n  /a:\n    get: [1,\n',
			'line 4, column 10',
			/invalid YAML \(unclosed "\["\)/,
		],
		['not OpenAPI', '{"hello": "world"}', 'the top level', /neither "openapi".*nor "swagger"/],
		[
			'a version it does not know',
			minimal({ openapi: '4.0.0' }),
			'openapi',
			/version "4.0.0" is not supported/,
		],
		['paths that are not an object', minimal({ paths: [] }), 'paths', /must be an object/],
		[
			'a path without a slash',
			minimal({ paths: { customers: {} } }),
			'paths.customers',
			/must start with "\/"/,
		],
		[
			'a parameter in the wrong place',
			minimal({
				paths: { '/a': { get: { parameters: [{ name: 'x', in: 'body2' }], responses: {} } } },
			}),
			'paths["/a"].get.parameters[0]',
			/"in" must be path, query, header or cookie/,
		],
		[
			'a $ref to nothing',
			minimal({
				paths: {
					'/a': { get: { parameters: [{ $ref: '#/components/parameters/Nope' }], responses: {} } },
				},
			}),
			'paths["/a"].get.parameters[0]',
			/points to nothing/,
		],
		[
			'a $ref to another file',
			minimal({
				paths: { '/a': { get: { parameters: [{ $ref: 'common.yaml#/P' }], responses: {} } } },
			}),
			'paths["/a"].get.parameters[0]',
			/outside this document; bundle/,
		],
		[
			'a $ref chain back to itself',
			minimal({
				paths: {
					'/a': { get: { parameters: [{ $ref: '#/components/parameters/A' }], responses: {} } },
				},
				components: {
					parameters: {
						A: { $ref: '#/components/parameters/B' },
						B: { $ref: '#/components/parameters/A' },
					},
				},
			}),
			'components.parameters.B',
			/the \$ref "#\/components\/parameters\/A" refers back to itself/,
		],
	])('%s', (_name, text, where, reason) => {
		const error = (() => {
			try {
				const s = parseSpec(text);
				for (const o of s.operations) operationDetails(s, o);
			} catch (e) {
				return e as SpecError;
			}
			throw new Error('The spec was read');
		})();
		expect(error).toBeInstanceOf(SpecError);
		expect(error.where).toBe(where);
		expect(error.reason).toMatch(reason);
		expect(error.message).toContain(`The OpenAPI spec cannot be read at ${where}`);
	});

	it('refuses an empty spec', () => {
		expect(specError('  ').reason).toBe('the spec is empty');
	});
});

describe("GitHub's published spec (@octokit/openapi)", () => {
	const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
	const text = readFileSync(file, 'utf8');
	const document = JSON.parse(text);
	let github: ParsedSpec;
	beforeAll(() => {
		github = parseSpec(text);
	});

	it('finds every operation the document has, each with its details', () => {
		const expected = countOperations(document);
		expect(expected).toBeGreaterThan(1000);
		expect(github.operations).toHaveLength(expected);
		const details = github.operations.map((o) => detailsOf(github, o));
		expect(details.filter((d) => d.list).length).toBeGreaterThan(300);
	});

	it('lists every operation under its tags, and each once per tag', () => {
		const resources = resourceOptions(github);
		const listed = resources.flatMap((r) =>
			operationOptions(github, String(r.value), 'v1').map((o) => `${r.value} ${o.value}`),
		);
		const expected = github.operations.flatMap((o) => o.tags.map((tag) => `${tag} ${o.key}`));
		expect(new Set(listed).size).toBe(listed.length);
		expect(listed.map((entry) => entry.replace(/#list$/, '')).sort()).toEqual(
			[...new Set(expected)].sort(),
		);
	});

	it('reads the same spec once: the second read is the cached one', () => {
		expect(parseSpec(text) === github).toBe(true);
	});

	it('detects the Link header paging of its lists', () => {
		const issues = github.operations.find((o) => o.key === 'GET /repos/{owner}/{repo}/issues')!;
		expect(describePlan(detectPlan(github.document, detailsOf(github, issues)))).toBe(
			'Link Header (per_page up to 30)',
		);
	});

	it('knows the document is 3.0', () => {
		expect(readSpecText(text).version).toBe('3.0');
	});
});
