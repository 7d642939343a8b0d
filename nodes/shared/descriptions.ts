import type { INodeProperties } from 'n8n-workflow';

/** The Return All / Limit pair every list operation shows. */
export function returnAllAndLimit(
	resource: string,
	operations: string | string[] = 'getAll',
): INodeProperties[] {
	const show = {
		resource: [resource],
		operation: Array.isArray(operations) ? operations : [operations],
	};
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** A JSON field for bodies too large to model field by field. */
export function jsonBody(
	resource: string,
	operations: string[],
	description: string,
): INodeProperties {
	return {
		displayName: 'JSON Body',
		name: 'jsonBody',
		type: 'json',
		displayOptions: { show: { resource: [resource], operation: operations, useJsonBody: [true] } },
		default: '{}',
		description,
	};
}

/** The switch between the field-by-field form and a raw JSON body. */
export function useJsonBody(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Use JSON Body',
		name: 'useJsonBody',
		type: 'boolean',
		displayOptions: { show: { resource: [resource], operation: operations } },
		default: false,
		description: 'Whether to send a raw JSON body instead of the fields below',
	};
}
