import type { INodeProperties } from 'n8n-workflow';

/** The Return All / Limit pair every list operation shows. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** The switch between the field-by-field form and a raw JSON body. */
export const useJsonBody: INodeProperties = {
	displayName: 'Use JSON Body',
	name: 'useJsonBody',
	type: 'boolean',
	default: false,
	description: 'Whether to send a raw JSON body instead of the fields below',
};

/** A JSON field for bodies too large to model field by field, shown when Use JSON Body is on. */
export function jsonBody(description: string): INodeProperties {
	return {
		displayName: 'JSON Body',
		name: 'jsonBody',
		type: 'json',
		displayOptions: { show: { useJsonBody: [true] } },
		default: '{}',
		description,
	};
}

/** Shown only with the field-by-field form (Use JSON Body off). */
export const formOnly = { show: { useJsonBody: [false] } };
