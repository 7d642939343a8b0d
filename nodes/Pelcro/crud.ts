import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { additionalFields, returnAllAndLimit, updateFields } from '../shared/fields';
import type { OperationDefinition } from '../shared/operations';
import type { Params } from '../shared/params';
import { path } from '../shared/params';
import { bodyOf, expandQuery, many, one } from './requests';

/** What a plain Core resource needs for its Create, Delete, Get, Get Many and Update operations. */
export interface CrudResource {
	/** "plan": for action texts. */
	noun: string;
	/** Below the API root: "/plans". */
	path: string;
	/** The field that names one record (a locator or an ID field). */
	id: INodeProperties;
	/** Required create fields, shown above Additional Fields, each read by `createBody`. */
	required?: INodeProperties[];
	createBody?: (params: Params) => IDataObject;
	additional?: INodeProperties[];
	update?: INodeProperties[];
	/** How collection entries are typed (see bodyOf). */
	kinds?: Parameters<typeof bodyOf>[2];
	expand?: INodeProperties;
	/** Extra Get Many fields and the query they make. */
	list?: { fields: INodeProperties[]; query: (params: Params) => IDataObject };
	/** Operation-specific notes, e.g. what an update cannot change. */
	descriptions?: Partial<Record<'create' | 'delete' | 'update', string>>;
}

/** The five standard operations; any of create/update is left out when its fields are not given. */
export function crudOperations(spec: CrudResource): OperationDefinition[] {
	const recordPath = (params: Params) =>
		`${spec.path}${path`/${params.id(spec.id.name, { numeric: true })}`}`;
	const expandFields = spec.expand ? [spec.expand] : [];
	const operations: OperationDefinition[] = [
		{
			value: 'delete',
			name: 'Delete',
			action: `Delete a ${spec.noun}`,
			...(spec.descriptions?.delete ? { description: spec.descriptions.delete } : {}),
			fields: [spec.id],
			run: one((params) => ({ method: 'DELETE', path: recordPath(params) })),
		},
		{
			value: 'get',
			name: 'Get',
			action: `Get a ${spec.noun}`,
			fields: [spec.id, ...expandFields],
			run: one((params) => ({ method: 'GET', path: recordPath(params), qs: expandQuery(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${spec.noun}s`,
			isDefault: true,
			fields: [...returnAllAndLimit(), ...(spec.list?.fields ?? []), ...expandFields],
			run: many((params) => ({
				method: 'GET',
				path: spec.path,
				qs: { ...(spec.list?.query(params) ?? {}), ...expandQuery(params) },
			})),
		},
	];
	if (spec.createBody) {
		const createBody = spec.createBody;
		operations.push({
			value: 'create',
			name: 'Create',
			action: `Create a ${spec.noun}`,
			...(spec.descriptions?.create ? { description: spec.descriptions.create } : {}),
			fields: [
				...(spec.required ?? []),
				...(spec.additional ? [additionalFields(spec.additional)] : []),
			],
			run: one((params) => ({
				method: 'POST',
				path: spec.path,
				body: {
					...createBody(params),
					...(spec.additional ? bodyOf(params, 'additionalFields', spec.kinds) : {}),
				},
			})),
		});
	}
	if (spec.update) {
		operations.push({
			value: 'update',
			name: 'Update',
			action: `Update a ${spec.noun}`,
			...(spec.descriptions?.update ? { description: spec.descriptions.update } : {}),
			fields: [spec.id, updateFields(spec.update)],
			run: one((params) => ({
				method: 'PUT',
				path: recordPath(params),
				body: bodyOf(params, 'updateFields', spec.kinds),
			})),
		});
	}
	return operations;
}
