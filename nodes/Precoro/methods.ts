import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { createClient } from '../shared/client';
import { searchList } from '../shared/options';
import { path } from '../shared/params';
import { precoroPages, precoroProfile } from './PrecoroProfile';
import { recentList } from './recentLists';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Every record of a list as dropdown options, read at most once a minute (see recentLists). */
async function load(
	ctx: ILoadOptionsFunctions,
	listPath: string,
	toOption: (record: IDataObject) => INodePropertyOptions,
): Promise<INodePropertyOptions[]> {
	const client = await createClient(ctx, precoroProfile);
	const records = await recentList(client, { method: 'GET', path: listPath });
	return records.map(toOption).sort(byName);
}

const named = (record: IDataObject): INodePropertyOptions => ({
	name: String(record.name ?? record.id),
	value: Number(record.id),
});

const CUSTOM_FIELD_PATHS: Record<string, string> = {
	documentCustomField: '/documentcustomfields',
	itemCustomField: '/itemcustomfields',
};

/** Dropdowns, each filled from the Precoro list it names. */
export const precoroLoadOptions = {
	async getBudgets(this: ILoadOptionsFunctions) {
		return await load(this, '/budgets', named);
	},
	async getLocations(this: ILoadOptionsFunctions) {
		return await load(this, '/locations', named);
	},
	async getLegalEntities(this: ILoadOptionsFunctions) {
		return await load(this, '/legalentities', named);
	},
	async getSuppliers(this: ILoadOptionsFunctions) {
		return await load(this, '/suppliers', named);
	},
	async getWarehouses(this: ILoadOptionsFunctions) {
		return await load(this, '/warehouses', named);
	},
	async getUsers(this: ILoadOptionsFunctions) {
		return await load(this, '/users', (u) => ({
			name: `${String(u.firstname ?? '')} ${String(u.lastname ?? '')}`.trim() || String(u.email),
			value: Number(u.id),
			description: String(u.email ?? ''),
		}));
	},
	async getDocumentCustomFields(this: ILoadOptionsFunctions) {
		return await load(this, '/documentcustomfields', named);
	},
	async getItemCustomFields(this: ILoadOptionsFunctions) {
		return await load(this, '/itemcustomfields', named);
	},
	async getSupplierCustomFields(this: ILoadOptionsFunctions) {
		return await load(this, '/suppliercustomfields', named);
	},
	/** Every option of every document custom field, as "Department: Finance" → `fieldId:optionId`. */
	async getDocumentCustomFieldOptions(this: ILoadOptionsFunctions) {
		const client = await createClient(this, precoroProfile);
		const fields = await recentList(client, { method: 'GET', path: '/documentcustomfields' });
		const out: INodePropertyOptions[] = [];
		for (const field of fields) {
			const options = await recentList(client, {
				method: 'GET',
				path: path`/documentcustomfields/${String(field.id)}/options`,
			});
			for (const option of options)
				out.push({
					name: `${String(field.name)}: ${String(option.name)}`,
					value: `${String(field.id)}:${String(option.id)}`,
				});
		}
		return out.sort(byName);
	},
	/** The options of the custom field picked above (document or item). */
	async getCustomFieldOptions(this: ILoadOptionsFunctions) {
		const base = CUSTOM_FIELD_PATHS[String(this.getCurrentNodeParameter('resource'))];
		const fieldId = String(this.getCurrentNodeParameter('id') ?? '');
		if (!base || !/^\d+$/.test(fieldId)) return [];
		return await load(this, `${base}/${encodeURIComponent(fieldId)}/options`, named);
	},
};

/** Searchable lists behind the resource locators. */
export const precoroListSearch = {
	async searchSuppliers(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			precoroProfile,
			// `searchQuery`: INT's GET /api/suppliers.
			{ method: 'GET', path: '/suppliers', qs: filter ? { searchQuery: filter } : {} },
			precoroPages,
			(s) => ({
				name: `${String(s.name)}${s.uniqueCode ? ` (${String(s.uniqueCode)})` : ''}`,
				value: String(s.id),
			}),
			paginationToken,
		);
	},
};
