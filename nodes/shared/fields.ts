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

/** The optional filters of a list operation; `name` where one resource has several lists. */
export function filtersCollection(options: INodeProperties[], name = 'filters'): INodeProperties {
	return {
		displayName: 'Filters',
		name,
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

interface CollectionOptions {
	/** Where one operation has more than one, e.g. `paymentFields`. */
	name?: string;
	/** Further show conditions, e.g. `formOnly`. */
	displayOptions?: INodeProperties['displayOptions'];
}

function fieldCollection(
	displayName: string,
	name: string,
	options: INodeProperties[],
	displayOptions: INodeProperties['displayOptions'],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		...(displayOptions ? { displayOptions } : {}),
		options,
	};
}

/** n8n's Additional Fields collection: the optional fields of a create or an action. */
export function additionalFields(
	options: INodeProperties[],
	{ name = 'additionalFields', displayOptions }: CollectionOptions = {},
): INodeProperties {
	return fieldCollection('Additional Fields', name, options, displayOptions);
}

/** n8n's Update Fields collection: the fields an update may change. */
export function updateFields(
	options: INodeProperties[],
	{ name = 'updateFields', displayOptions }: CollectionOptions = {},
): INodeProperties {
	return fieldCollection('Update Fields', name, options, displayOptions);
}

/** Where a downloaded file goes: n8n's "Put Output File in Field" (see executor `download`). */
export const binaryOutputField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the output binary field to put the file in',
};
