import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { call, getMany } from './executor';
import type { Operation } from './executor';
import { returnAllAndLimit } from './fields';
import type { ResourceDefinition } from './operations';
import type { Paginator } from './pagination';
import type { Params } from './params';
import type { RequestSpec } from './types';

const METHODS: IHttpRequestMethods[] = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'];

/**
 * A path below the API root as the user typed it: it may not leave the root (dot segments,
 * encoded or not), name another host, or carry a query (that goes in Query Parameters).
 */
function apiPath(params: Params): string {
	const value = params.required('path');
	if (!value.startsWith('/') || value.startsWith('//'))
		params.invalid('path', 'must start with a single "/", e.g. /orders');
	if (/[?#\\\s]/.test(value))
		params.invalid('path', 'must not contain "?", "#", "\\" or spaces (use Query Parameters)');
	const segments = value.split('/').map((segment) => {
		try {
			return decodeURIComponent(segment);
		} catch {
			return params.invalid('path', 'holds a malformed %-escape');
		}
	});
	if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/')))
		params.invalid('path', 'must stay below the API root (no "." or ".." segments)');
	return value;
}

function method(params: Params): IHttpRequestMethods {
	const value = params.required('method').toUpperCase() as IHttpRequestMethods;
	if (!METHODS.includes(value)) params.invalid('method', `must be one of ${METHODS.join(', ')}`);
	return value;
}

/** Query Parameters rows; a name given twice becomes a list. */
function query(params: Params): IDataObject {
	const qs: Record<string, string | string[]> = {};
	for (const row of params.rows('queryParameters', 'parameter')) {
		const name = String(row.name ?? '').trim();
		if (name === '') params.invalid('queryParameters', 'has a row without a name');
		const value = String(row.value ?? '');
		const existing = qs[name];
		qs[name] =
			existing === undefined
				? value
				: [...(Array.isArray(existing) ? existing : [existing]), value];
	}
	return qs;
}

function spec(params: Params): RequestSpec {
	const verb = method(params);
	const sendsBody = verb !== 'GET' && verb !== 'DELETE';
	return {
		method: verb,
		path: apiPath(params),
		qs: query(params),
		...(sendsBody && params.boolean('sendBody') ? { body: params.jsonValue('body') } : {}),
	};
}

/**
 * "API Request": any method and path under the vendor's API root, through the same pacer,
 * retry rules, error mapping and key masking as every other operation, with Return All / Limit
 * over the vendor's own pagination for lists. A POST is never resent once it may have arrived.
 */
export function apiRequestResource(vendor: string, paginator: Paginator): ResourceDefinition {
	const single: Operation = call(spec);
	const paged: Operation = getMany(paginator, spec);
	return {
		name: 'API Request',
		value: 'apiRequest',
		description: `A ${vendor} API call the other resources do not cover`,
		operations: [
			{
				value: 'send',
				name: 'Send',
				action: 'Send an API request',
				description: `Send any request below the ${vendor} API root`,
				isDefault: true,
				fields: [
					{
						displayName: 'Method',
						name: 'method',
						type: 'options',
						options: [
							{ name: 'DELETE', value: 'DELETE' },
							{ name: 'GET', value: 'GET' },
							{ name: 'PATCH', value: 'PATCH' },
							{ name: 'POST', value: 'POST' },
							{ name: 'PUT', value: 'PUT' },
						],
						default: 'GET',
						description:
							'HTTP method. GET, PUT and DELETE are retried after a failure; POST and PATCH only after a rate-limit answer, never once they may have reached the vendor.',
					},
					{
						displayName: 'Path',
						name: 'path',
						type: 'string',
						required: true,
						default: '',
						placeholder: '/orders',
						description:
							'Path below the API root of the credential, starting with "/"; it cannot leave the API root',
					},
					{
						displayName: 'Query Parameters',
						name: 'queryParameters',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Parameter',
						default: {},
						options: [
							{
								displayName: 'Parameter',
								name: 'parameter',
								values: [
									{ displayName: 'Name', name: 'name', type: 'string', default: '' },
									{ displayName: 'Value', name: 'value', type: 'string', default: '' },
								],
							},
						],
					},
					{
						displayName: 'Send Body',
						name: 'sendBody',
						type: 'boolean',
						default: false,
						displayOptions: { show: { method: ['PATCH', 'POST', 'PUT'] } },
						description: 'Whether to send a JSON body',
					},
					{
						displayName: 'Body',
						name: 'body',
						type: 'json',
						default: '{}',
						displayOptions: { show: { method: ['PATCH', 'POST', 'PUT'], sendBody: [true] } },
						description: `The request body as the ${vendor} API expects it`,
					},
					{
						displayName: 'Paginate',
						name: 'paginate',
						type: 'boolean',
						default: false,
						displayOptions: { show: { method: ['GET'] } },
						description: `Whether the path is a list to read page by page with ${vendor}'s own pagination`,
					},
					...returnAllAndLimit().map((field) => ({
						...field,
						displayOptions: {
							show: { method: ['GET'], paginate: [true], ...field.displayOptions?.show },
						},
					})),
				],
				run: async (input) =>
					input.params.string('method') === 'GET' && input.params.boolean('paginate')
						? await paged(input)
						: await single(input),
			},
		],
	};
}
