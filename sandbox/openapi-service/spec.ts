/**
 * The OpenAPI document the simulated service hands its customers. No vendor source exists (the
 * seed names no product); it follows notes.md: route versions (/v1, /v2) with customers in a
 * different shape per version, orders and products, a token in Authorization, the three
 * X-RateLimit headers, 429 when the budget is spent and a JSON error body. Each list is paged
 * in another common style so every pagination strategy meets a spec that declares it:
 * v1 customers by page number with a meta block, v2 customers by cursor, v1 orders by Link
 * header, v2 orders by a next link in the body, products by offset and limit.
 */

const json = (schema: unknown) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const rateHeaders = {
	'X-RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
	'X-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
	'X-RateLimit-Reset': { $ref: '#/components/headers/RateLimitReset' },
};

const errors = {
	'400': { $ref: '#/components/responses/BadRequest' },
	'401': { $ref: '#/components/responses/Unauthorized' },
	'429': { $ref: '#/components/responses/TooManyRequests' },
	'500': { $ref: '#/components/responses/ServerError' },
};

const notFound = { '404': { $ref: '#/components/responses/NotFound' } };

const ok = (schema: unknown, extraHeaders: Record<string, unknown> = {}) => ({
	description: 'OK',
	headers: { ...rateHeaders, ...extraHeaders },
	content: json(schema),
});

const idParameter = (name: string, type: 'integer' | 'string') => ({
	name,
	in: 'path',
	required: true,
	schema: type === 'integer' ? { type: 'integer', minimum: 1 } : { type: 'string' },
});

const status = { type: 'string', enum: ['active', 'archived'] };
const orderStatus = { type: 'string', enum: ['pending', 'paid', 'shipped', 'cancelled'] };
const timestamps = {
	created_at: { type: 'string', format: 'date-time', readOnly: true },
	updated_at: { type: 'string', format: 'date-time', readOnly: true },
};

export const OPENAPI_SERVICE_SPEC = {
	openapi: '3.1.0',
	info: {
		title: 'Back Office API',
		version: '2.3.0',
		description: 'Customers, orders and products. Versions are part of every route.',
	},
	servers: [{ url: 'https://api.example.com' }],
	security: [{ bearerAuth: [] }],
	tags: [
		{ name: 'Customers', description: 'People and companies who buy' },
		{ name: 'Orders', description: 'What customers bought' },
		{ name: 'Products', description: 'What there is to buy' },
	],
	paths: {
		'/v1/customers': {
			get: {
				tags: ['Customers'],
				operationId: 'listCustomersV1',
				summary: 'List customers',
				parameters: [
					{ $ref: '#/components/parameters/Page' },
					{ $ref: '#/components/parameters/PerPage' },
					{ name: 'status', in: 'query', schema: status },
					{ name: 'email', in: 'query', schema: { type: 'string', format: 'email' } },
				],
				responses: {
					'200': ok({
						type: 'object',
						required: ['data', 'meta'],
						properties: {
							data: { type: 'array', items: ref('CustomerV1') },
							meta: ref('PageMeta'),
						},
					}),
					...errors,
				},
			},
			post: {
				tags: ['Customers'],
				operationId: 'createCustomerV1',
				summary: 'Create a customer',
				requestBody: { required: true, content: json(ref('CustomerV1Input')) },
				responses: { '201': ok(ref('CustomerV1')), ...errors },
			},
		},
		'/v1/customers/search': {
			get: {
				tags: ['Customers'],
				operationId: 'searchCustomersV1',
				summary: 'Search customers by name',
				deprecated: true,
				description: 'Use GET /v1/customers with email instead.',
				parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }],
				responses: {
					'200': ok({ type: 'array', items: ref('CustomerV1') }),
					...errors,
				},
			},
		},
		'/v1/customers/{customerId}': {
			parameters: [idParameter('customerId', 'integer')],
			get: {
				tags: ['Customers'],
				operationId: 'getCustomerV1',
				summary: 'Get a customer',
				responses: { '200': ok(ref('CustomerV1')), ...notFound, ...errors },
			},
			put: {
				tags: ['Customers'],
				operationId: 'updateCustomerV1',
				summary: 'Update a customer',
				requestBody: { required: true, content: json(ref('CustomerV1Update')) },
				responses: { '200': ok(ref('CustomerV1')), ...notFound, ...errors },
			},
			delete: {
				tags: ['Customers'],
				operationId: 'deleteCustomerV1',
				summary: 'Delete a customer',
				responses: {
					'204': { description: 'Deleted', headers: rateHeaders },
					...notFound,
					...errors,
				},
			},
		},
		'/v2/customers': {
			get: {
				tags: ['Customers'],
				operationId: 'listCustomersV2',
				summary: 'List customers',
				parameters: [
					{
						name: 'cursor',
						in: 'query',
						schema: { type: 'string' },
						description: 'next_cursor of the previous page',
					},
					{
						name: 'limit',
						in: 'query',
						schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
					},
					{ name: 'status', in: 'query', schema: status },
				],
				responses: {
					'200': ok({
						type: 'object',
						required: ['data', 'next_cursor'],
						properties: {
							data: { type: 'array', items: ref('CustomerV2') },
							next_cursor: { type: ['string', 'null'], description: 'null on the last page' },
						},
					}),
					...errors,
				},
			},
			post: {
				tags: ['Customers'],
				operationId: 'createCustomerV2',
				summary: 'Create a customer',
				requestBody: { required: true, content: json(ref('CustomerV2Input')) },
				responses: { '201': ok(ref('CustomerV2')), ...errors },
			},
		},
		'/v2/customers/{customerId}': {
			parameters: [idParameter('customerId', 'integer')],
			get: {
				tags: ['Customers'],
				operationId: 'getCustomerV2',
				summary: 'Get a customer',
				responses: { '200': ok(ref('CustomerV2')), ...notFound, ...errors },
			},
			patch: {
				tags: ['Customers'],
				operationId: 'updateCustomerV2',
				summary: 'Update a customer',
				// The full record, its read-only fields marked, as many specs write updates.
				requestBody: { required: true, content: json(ref('CustomerV2')) },
				responses: { '200': ok(ref('CustomerV2')), ...notFound, ...errors },
			},
			delete: {
				tags: ['Customers'],
				operationId: 'deleteCustomerV2',
				summary: 'Delete a customer',
				responses: {
					'204': { description: 'Deleted', headers: rateHeaders },
					...notFound,
					...errors,
				},
			},
		},
		'/v1/orders': {
			get: {
				tags: ['Orders'],
				operationId: 'listOrdersV1',
				summary: 'List orders',
				description: 'Newest last. Pages are linked by the Link header (rel="next").',
				parameters: [
					{ $ref: '#/components/parameters/Page' },
					{ $ref: '#/components/parameters/PerPage' },
					{ name: 'status', in: 'query', schema: orderStatus },
					{ name: 'customer_id', in: 'query', schema: { type: 'integer' } },
				],
				responses: {
					'200': ok(
						{ type: 'array', items: ref('OrderV1') },
						{ Link: { $ref: '#/components/headers/Link' } },
					),
					...errors,
				},
			},
			post: {
				tags: ['Orders'],
				operationId: 'createOrderV1',
				summary: 'Create an order',
				requestBody: { required: true, content: json(ref('OrderV1Input')) },
				responses: { '201': ok(ref('OrderV1')), ...errors },
			},
		},
		'/v1/orders/{orderId}': {
			get: {
				tags: ['Orders'],
				operationId: 'getOrderV1',
				summary: 'Get an order',
				parameters: [idParameter('orderId', 'integer')],
				responses: { '200': ok(ref('OrderV1')), ...notFound, ...errors },
			},
		},
		'/v2/orders': {
			get: {
				tags: ['Orders'],
				operationId: 'listOrdersV2',
				summary: 'List orders',
				parameters: [
					{
						name: 'after',
						in: 'query',
						schema: { type: 'integer' },
						description: 'Set by links.next',
					},
					{ name: 'status', in: 'query', schema: orderStatus },
				],
				responses: {
					'200': ok({
						type: 'object',
						properties: {
							orders: { type: 'array', items: ref('OrderV2') },
							links: {
								type: 'object',
								properties: { next: { type: ['string', 'null'], format: 'uri' } },
							},
						},
					}),
					...errors,
				},
			},
		},
		'/v1/products': {
			get: {
				tags: ['Products'],
				operationId: 'listProducts',
				summary: 'List products',
				parameters: [
					{ name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
					{
						name: 'limit',
						in: 'query',
						schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
					},
					{ name: 'active', in: 'query', schema: { type: 'boolean' } },
				],
				responses: {
					'200': ok({
						type: 'object',
						properties: {
							items: { type: 'array', items: ref('Product') },
							total: { type: 'integer' },
							offset: { type: 'integer' },
							limit: { type: 'integer' },
						},
					}),
					...errors,
				},
			},
		},
		'/v1/products/{productId}': {
			get: {
				tags: ['Products'],
				operationId: 'getProduct',
				summary: 'Get a product',
				parameters: [idParameter('productId', 'string')],
				responses: { '200': ok(ref('Product')), ...notFound, ...errors },
			},
		},
	},
	components: {
		securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
		parameters: {
			Page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
			PerPage: {
				name: 'per_page',
				in: 'query',
				schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
			},
		},
		headers: {
			RateLimitLimit: {
				description: 'Requests allowed in the window',
				schema: { type: 'integer' },
			},
			RateLimitRemaining: {
				description: 'Requests left in the window',
				schema: { type: 'integer' },
			},
			RateLimitReset: {
				description: 'Seconds until the window resets',
				schema: { type: 'integer' },
			},
			Link: {
				description: 'RFC 8288 links to the next and last pages',
				schema: { type: 'string' },
				example: '<https://api.example.com/v1/orders?page=2&per_page=25>; rel="next"',
			},
		},
		responses: {
			BadRequest: { description: 'Invalid input', content: json(ref('Error')) },
			Unauthorized: { description: 'Missing or invalid token', content: json(ref('Error')) },
			NotFound: { description: 'No such record', content: json(ref('Error')) },
			TooManyRequests: {
				description: 'Rate limit exceeded; retry after X-RateLimit-Reset seconds',
				headers: rateHeaders,
				content: json(ref('Error')),
			},
			ServerError: { description: 'Unexpected server error', content: json(ref('Error')) },
		},
		schemas: {
			Error: {
				type: 'object',
				required: ['code', 'message'],
				properties: {
					code: { type: 'string', examples: ['validation_failed'] },
					message: { type: 'string' },
					errors: {
						type: 'array',
						items: {
							type: 'object',
							properties: { field: { type: 'string' }, message: { type: 'string' } },
						},
					},
				},
			},
			PageMeta: {
				type: 'object',
				properties: {
					current_page: { type: 'integer' },
					last_page: { type: 'integer' },
					per_page: { type: 'integer' },
					total: { type: 'integer' },
				},
			},
			CustomerV1: {
				type: 'object',
				properties: {
					id: { type: 'integer', readOnly: true },
					name: { type: 'string', examples: ['Ada Lovelace'] },
					email: { type: 'string', format: 'email' },
					phone: { type: ['string', 'null'] },
					status,
					referrer: {
						description: 'The customer who referred this one',
						anyOf: [ref('CustomerV1'), { type: 'null' }],
					},
					...timestamps,
				},
			},
			CustomerV1Input: {
				type: 'object',
				required: ['name', 'email'],
				properties: {
					name: { type: 'string' },
					email: { type: 'string', format: 'email' },
					phone: { type: ['string', 'null'] },
					status: { ...status, default: 'active' },
				},
			},
			CustomerV1Update: {
				type: 'object',
				properties: {
					name: { type: 'string' },
					email: { type: 'string', format: 'email' },
					phone: { type: ['string', 'null'] },
					status,
				},
			},
			CustomerV2: {
				allOf: [
					ref('CustomerV2Fields'),
					{
						type: 'object',
						properties: { id: { type: 'integer', readOnly: true }, ...timestamps },
					},
				],
			},
			CustomerV2Fields: {
				type: 'object',
				properties: {
					first_name: { type: 'string' },
					last_name: { type: ['string', 'null'] },
					email: { type: 'string', format: 'email' },
					phone: { type: ['string', 'null'] },
					status,
					tags: { type: 'array', items: { type: 'string' } },
				},
			},
			CustomerV2Input: {
				allOf: [ref('CustomerV2Fields'), { required: ['first_name', 'email'] }],
			},
			OrderLine: {
				type: 'object',
				required: ['product_id', 'quantity'],
				properties: {
					product_id: { type: 'string' },
					quantity: { type: 'integer', minimum: 1 },
					price: { type: 'number', readOnly: true },
				},
			},
			OrderV1: {
				type: 'object',
				properties: {
					id: { type: 'integer', readOnly: true },
					customer_id: { type: 'integer' },
					status: orderStatus,
					total: { type: 'number' },
					currency: { type: 'string', examples: ['EUR'] },
					lines: { type: 'array', items: ref('OrderLine') },
					...timestamps,
				},
			},
			OrderV1Input: {
				type: 'object',
				required: ['customer_id', 'lines'],
				properties: {
					customer_id: { type: 'integer' },
					currency: { type: 'string', enum: ['EUR', 'USD', 'GBP'], default: 'EUR' },
					lines: { type: 'array', minItems: 1, items: ref('OrderLine') },
					note: { type: 'string' },
				},
			},
			OrderV2: {
				type: 'object',
				properties: {
					id: { type: 'integer' },
					customer: { type: 'object', properties: { id: { type: 'integer' } } },
					status: orderStatus,
					total: {
						type: 'object',
						properties: { amount: { type: 'number' }, currency: { type: 'string' } },
					},
					...timestamps,
				},
			},
			Product: {
				type: 'object',
				properties: {
					id: { type: 'string', examples: ['prod_0001'] },
					sku: { type: 'string' },
					name: { type: 'string' },
					price: { type: 'number' },
					stock: { type: 'integer' },
					active: { type: 'boolean' },
					...timestamps,
				},
			},
		},
	},
};
