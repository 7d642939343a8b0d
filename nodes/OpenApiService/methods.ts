import type {
	ILoadOptionsFunctions,
	INodePropertyOptions,
	ResourceMapperFields,
} from 'n8n-workflow';

import { operationOptions, resourceOptions } from './catalog';
import { chosenOperation, effectiveVersion, specContext } from './design';
import { describePlan, detectPlan, pagingParameters } from './paging';
import { formFields, mapperColumns } from './parameters';
import { flatten, mainType } from './spec/schema';

/** A parameter of the node being edited; one the form hides has no value. */
function current(ctx: ILoadOptionsFunctions, name: string, fallback: unknown = ''): unknown {
	let value: unknown;
	try {
		value = ctx.getCurrentNodeParameter(name);
	} catch {
		value = undefined;
	}
	return value ?? fallback;
}

async function operations(ctx: ILoadOptionsFunctions, onlyLists: boolean) {
	const design = await specContext(ctx);
	const version = effectiveVersion(design.credentials, current(ctx, 'apiVersion'));
	return operationOptions(design.spec, String(current(ctx, 'resource')), version, onlyLists);
}

async function chosen(ctx: ILoadOptionsFunctions) {
	const design = await specContext(ctx);
	return chosenOperation(design, {
		operation: String(current(ctx, 'operation')),
		apiVersion: current(ctx, 'apiVersion'),
		pagination: current(ctx, 'pagination', 'auto'),
	});
}

const PAGING_CHOICES: INodePropertyOptions[] = [
	{ name: 'Page Number', value: 'page', description: 'A page number and a page size in the query' },
	{ name: 'Offset', value: 'offset', description: 'An offset and a limit in the query' },
	{
		name: 'Cursor',
		value: 'cursor',
		description: 'A cursor from each answer, sent back in the query',
	},
	{
		name: 'Next Link in Body',
		value: 'nextLink',
		description: 'A URL of the next page in the answer',
	},
	{ name: 'Link Header', value: 'linkHeader', description: 'RFC 8288 Link header with rel="next"' },
	{ name: 'None (First Page Only)', value: 'none' },
];

/** The record fields of a list's items, for the trigger's ID and Updated-At pickers. */
async function itemFields(ctx: ILoadOptionsFunctions, dates: boolean) {
	const design = await specContext(ctx);
	const { details } = chosenOperation(design, {
		operation: String(current(ctx, 'operation')),
		apiVersion: current(ctx, 'apiVersion'),
	});
	const item = details.list?.item;
	if (!item) return [];
	const options = Object.entries(item.properties).map(([name, schema]) => {
		const shape = flatten(design.spec.document, schema, [...item.where, 'properties', name]);
		return { name, type: mainType(shape), format: shape.format };
	});
	const datesFirst = (name: string, format?: string) =>
		format === 'date-time' || format === 'date' || /(updated|modified|changed)/i.test(name);
	return options
		.filter(
			(o) => !dates || datesFirst(o.name, o.format) || o.type === 'integer' || o.type === 'string',
		)
		.map((o) => ({
			name: o.name,
			value: o.name,
			description: o.format ? `${o.type}, ${o.format}` : o.type,
		}))
		.sort(
			(a, b) =>
				Number(datesFirst(b.name, b.description)) - Number(datesFirst(a.name, a.description)) ||
				a.name.localeCompare(b.name),
		);
}

export const openApiServiceLoadOptions = {
	async getResources(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return resourceOptions((await specContext(this)).spec);
	},
	async getListResources(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return resourceOptions((await specContext(this)).spec, true);
	},
	async getOperations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await operations(this, false);
	},
	async getListOperations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await operations(this, true);
	},
	/** The detected style first, named, then every style to override it with. */
	async getPaginationStyles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const design = await specContext(this);
		const { details } = chosenOperation(design, {
			operation: String(current(this, 'operation')),
			apiVersion: current(this, 'apiVersion'),
		});
		const detected = describePlan(detectPlan(design.spec.document, details));
		return [{ name: `Detected: ${detected}`, value: 'auto' }, ...PAGING_CHOICES];
	},
	async getIdFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await itemFields(this, false);
	},
	async getUpdatedAtFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await itemFields(this, true);
	},
};

export const openApiServiceResourceMapping = {
	/** The operation's path, query and header parameters and body fields. */
	async getParameterColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		const { details, plan } = await chosen(this);
		const fields = formFields(details, {
			withBody: current(this, 'useJsonBody', false) !== true,
			skipQuery: plan ? pagingParameters(plan) : [],
		});
		return {
			fields: mapperColumns(fields),
			emptyFieldsNotice: 'This operation takes no parameters',
		};
	},
	/** A list's filters (its query parameters other than paging), for the trigger. */
	async getFilterColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		const { details, plan } = await chosen(this);
		const fields = formFields(details, {
			withBody: false,
			skipQuery: plan ? pagingParameters(plan) : [],
			only: ['path', 'query'],
		});
		return { fields: mapperColumns(fields), emptyFieldsNotice: 'This list takes no filters' };
	},
};
