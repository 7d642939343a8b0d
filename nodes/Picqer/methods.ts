import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { loadOptions, searchList } from '../shared/options';
import { picqerPages, picqerProfile } from './PicqerProfile';

const option = (name: unknown, value: unknown, description?: unknown): INodePropertyOptions => ({
	name: String(name),
	value: Number(value),
	...(description ? { description: String(description) } : {}),
});

const load = async (
	ctx: ILoadOptionsFunctions,
	resource: string,
	toOptions: (record: IDataObject) => INodePropertyOptions | INodePropertyOptions[],
) =>
	await loadOptions(ctx, picqerProfile, { method: 'GET', path: resource }, picqerPages, toOptions);

/** Dropdowns, each filled from the Picqer list it names. */
export const picqerLoadOptions = {
	async getWarehouses(this: ILoadOptionsFunctions) {
		return await load(this, '/warehouses', (w) => option(w.name, w.idwarehouse));
	},
	async getVatGroups(this: ILoadOptionsFunctions) {
		return await load(this, '/vatgroups', (v) =>
			option(`${String(v.name)} (${String(v.percentage)}%)`, v.idvatgroup),
		);
	},
	async getTags(this: ILoadOptionsFunctions) {
		return await load(this, '/tags', (t) => option(t.title, t.idtag));
	},
	async getTemplates(this: ILoadOptionsFunctions) {
		return await load(this, '/templates', (t) => option(t.name, t.idtemplate));
	},
	async getUsers(this: ILoadOptionsFunctions) {
		return await load(this, '/users', (u) =>
			option(
				`${String(u.firstname ?? '')} ${String(u.lastname ?? '')}`.trim() || u.username,
				u.iduser,
				u.emailaddress,
			),
		);
	},
	async getSuppliers(this: ILoadOptionsFunctions) {
		return await load(this, '/suppliers', (s) => option(s.name, s.idsupplier));
	},
	async getLocations(this: ILoadOptionsFunctions) {
		return await load(this, '/locations', (l) => option(l.name, l.idlocation));
	},
	async getReturnStatuses(this: ILoadOptionsFunctions) {
		return await load(this, '/return_statuses', (s) =>
			option(s.name, s.idreturn_status, s.status ? `Stage: ${String(s.status)}` : undefined),
		);
	},
	async getReturnReasons(this: ILoadOptionsFunctions) {
		return await load(this, '/return_reasons', (r) => option(r.name, r.idreturn_reason));
	},
	/** A shipping profile belongs to a provider; both names are shown. */
	async getShippingProfiles(this: ILoadOptionsFunctions) {
		return await load(this, '/shippingproviders', (provider) =>
			((provider.profiles as IDataObject[] | undefined) ?? []).map((profile) =>
				option(
					`${String(provider.name)}: ${String(profile.name)}`,
					profile.idshippingprovider_profile,
				),
			),
		);
	},
};

/** One page of a searchable list; Picqer's `search` matches names, codes and numbers. */
const search = async (
	ctx: ILoadOptionsFunctions,
	resource: string,
	filter: string | undefined,
	paginationToken: string | undefined,
	toResult: (record: IDataObject) => INodeListSearchItems,
) =>
	await searchList(
		ctx,
		picqerProfile,
		{ method: 'GET', path: resource, qs: filter ? { search: filter } : {} },
		picqerPages,
		toResult,
		paginationToken,
	);

/** Searchable lists behind the resource locators. */
export const picqerListSearch = {
	async searchCustomers(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await search(this, '/customers', filter, paginationToken, (c) => ({
			name: `${String(c.name)}${c.customerid ? ` (${String(c.customerid)})` : ''}`,
			value: String(c.idcustomer),
		}));
	},
	async searchProducts(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await search(this, '/products', filter, paginationToken, (p) => ({
			name: `${String(p.productcode)}: ${String(p.name)}`,
			value: String(p.idproduct),
		}));
	},
};
