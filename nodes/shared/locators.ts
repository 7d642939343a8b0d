import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

export interface LocatorOptions {
	displayName: string;
	name: string;
	description: string;
	/** The listSearch method behind "From List". */
	searchListMethod: string;
	required?: boolean;
	placeholder?: string;
	/** Further modes after "From List" and "By ID", e.g. "By Product Code". */
	modes?: INodePropertyMode[];
}

/** A record picked from a searchable list, or given by its numeric ID. */
export function numericIdLocator(options: LocatorOptions): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder ?? '12345',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Not a numeric ID' } },
				],
			},
			...(options.modes ?? []),
		],
	};
}
