import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../shared/executor';
import { returnAllAndLimit } from '../shared/fields';
import type { OperationDefinition, ResourceDefinition } from '../shared/operations';
import type { Params } from '../shared/params';
import { path } from '../shared/params';
import { precoroPages } from './PrecoroProfile';

/** One reference list of Precoro's API, addressed by numeric `id`. */
export interface ReferenceType {
	name: string;
	plural: string;
	value: string;
	/** The list path, e.g. `/locations`. */
	path: string;
	/** How the record is picked; its parameter must be named `id`. */
	idField?: INodeProperties;
	/** Whether `GET {path}/{id}` exists. */
	get?: boolean;
	/** Whether `PATCH {path}/{id}` takes `{ "externalId" }` (KB "Mastering external integrations"). */
	setExternalId?: boolean;
	/** List filters, already in collection form, and the query they build. */
	filters?: {
		fields: INodeProperties[];
		query: (filters: IDataObject, params: Params) => IDataObject;
	};
	extraOperations?: OperationDefinition[];
}

const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');

export const readId = (params: Params, name = 'id') => params.id(name, { numeric: true });

const plainId = (label: string): INodeProperties => ({
	displayName: `${label} ID`,
	name: 'id',
	type: 'string',
	required: true,
	default: '',
	placeholder: '12',
	description: `Numeric ID of the ${label.toLowerCase()}`,
});

export const externalIdField: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	required: true,
	default: '',
	description:
		'The ID of this record in another system (at most 255 characters), which integrations set to mark what they have synced',
};

/** `{ "externalId": … }`: INT's PatchExternalIdDto (required, at most 255 characters). */
export function externalIdBody(params: Params): IDataObject {
	const value = params.required('externalId');
	if (value.length > 255) params.invalid('externalId', 'may have at most 255 characters');
	return { externalId: value };
}

export function referenceResource(type: ReferenceType): ResourceDefinition {
	const lower = type.name.toLowerCase();
	const a = `${article(lower)} ${lower}`;
	const idField = type.idField ?? plainId(type.name);
	const one = (params: Params) => `${type.path}/${path`${readId(params)}`}`;
	const filters: INodeProperties[] = type.filters
		? [
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: type.filters.fields,
				},
			]
		: [];
	const operations: OperationDefinition[] = [
		{
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${type.plural.toLowerCase()}`,
			isDefault: true,
			fields: [...returnAllAndLimit(), ...filters],
			run: getMany(precoroPages, (params) => ({
				method: 'GET',
				path: type.path,
				qs: type.filters ? type.filters.query(params.fields('filters'), params) : {},
			})),
		},
	];
	if (type.get !== false) {
		operations.push({
			value: 'get',
			name: 'Get',
			action: `Get ${a}`,
			fields: [idField],
			run: call((params) => ({ method: 'GET', path: one(params) })),
		});
	}
	if (type.setExternalId) {
		operations.push({
			value: 'setExternalId',
			name: 'Set External ID',
			action: `Set the external ID of ${a}`,
			fields: [idField, externalIdField],
			run: call((params) => ({ method: 'PATCH', path: one(params), body: externalIdBody(params) })),
		});
	}
	operations.push(...(type.extraOperations ?? []));
	return { name: type.name, value: type.value, operations };
}

/** A text filter sent as is when set. */
export function textFilter(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return { displayName, name, type: 'string', default: '', description };
}

/** Copies the named filters that are set into the query, under the API's names. */
export function queryOf(filters: IDataObject, names: Record<string, string>): IDataObject {
	const qs: IDataObject = {};
	for (const [field, parameter] of Object.entries(names)) {
		const value = filters[field];
		if (value !== undefined && value !== '') qs[parameter] = value;
	}
	return qs;
}
