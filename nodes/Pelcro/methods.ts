import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { loadOptions, searchList } from '../shared/options';
import type { RequestSpec } from '../shared/types';
import { pelcroPages, pelcroProfile } from './PelcroProfile';

const load = async (
	ctx: ILoadOptionsFunctions,
	path: string,
	toOption: (record: IDataObject) => INodePropertyOptions,
) => await loadOptions(ctx, pelcroProfile, { method: 'GET', path }, pelcroPages, toOption);

const amount = (cents: unknown, currency: unknown) =>
	`${(Number(cents) / 100).toFixed(2)} ${String(currency ?? '').toUpperCase()}`;

/** Dropdowns, each filled from the Pelcro list it names. */
export const pelcroLoadOptions = {
	async getPlans(this: ILoadOptionsFunctions) {
		return await load(this, '/plans', (p) => ({
			name: String(p.nickname ?? `Plan ${String(p.id)}`),
			value: Number(p.id),
			description: `${amount(p.amount, p.currency)} per ${String(p.interval)}`,
		}));
	},
	async getCouponCodes(this: ILoadOptionsFunctions) {
		return await load(this, '/coupons', (c) => ({
			name: `${String(c.code)}: ${String(c.name ?? '')}`,
			value: String(c.code),
		}));
	},
	async getEcommerceProducts(this: ILoadOptionsFunctions) {
		return await load(this, '/ecommerce/products', (p) => ({
			name: String(p.name),
			value: Number(p.id),
		}));
	},
	async getSkus(this: ILoadOptionsFunctions) {
		return await load(this, '/ecommerce/products/skus', (s) => ({
			name: String(s.name),
			value: Number(s.id),
			description: amount(s.price, s.currency),
		}));
	},
};

/**
 * One page of a locator's list. Customers and SKUs are searched by Pelcro
 * (`filter[attr]=like:text`, R/api-core-filtering-and-sorting); the other lists have no
 * filterable name, so the page is narrowed here.
 */
async function search(
	ctx: ILoadOptionsFunctions,
	spec: RequestSpec,
	filter: string | undefined,
	paginationToken: string | undefined,
	toResult: (record: IDataObject) => INodeListSearchItems,
	localFilter: boolean,
): Promise<INodeListSearchResult> {
	const found = await searchList(ctx, pelcroProfile, spec, pelcroPages, toResult, paginationToken);
	if (!localFilter || !filter) return found;
	const wanted = filter.toLowerCase();
	return { ...found, results: found.results.filter((r) => r.name.toLowerCase().includes(wanted)) };
}

const like = (attribute: string, filter?: string) =>
	filter ? { [`filter[${attribute}]`]: `like:${filter}` } : {};

/** Searchable lists behind the resource locators. */
export const pelcroListSearch = {
	async searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(
			this,
			{ method: 'GET', path: '/customers', qs: like('email', filter) },
			filter,
			paginationToken,
			(c) => ({
				name: [c.first_name, c.last_name].filter(Boolean).join(' ')
					? `${[c.first_name, c.last_name].filter(Boolean).join(' ')} (${String(c.email ?? c.id)})`
					: String(c.email ?? c.display_name ?? c.id),
				value: String(c.id),
			}),
			false,
		);
	},
	async searchSkus(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(
			this,
			{ method: 'GET', path: '/ecommerce/products/skus', qs: like('name', filter) },
			filter,
			paginationToken,
			(s) => ({ name: String(s.name), value: String(s.id) }),
			false,
		);
	},
	async searchPlans(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(
			this,
			{ method: 'GET', path: '/plans' },
			filter,
			paginationToken,
			(p) => ({
				name: `${String(p.nickname ?? p.id)} (${amount(p.amount, p.currency)})`,
				value: String(p.id),
			}),
			true,
		);
	},
	async searchProducts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(
			this,
			{ method: 'GET', path: '/products' },
			filter,
			paginationToken,
			(p) => ({ name: String(p.name ?? p.id), value: String(p.id) }),
			true,
		);
	},
	async searchCoupons(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(
			this,
			{ method: 'GET', path: '/coupons' },
			filter,
			paginationToken,
			(c) => ({ name: `${String(c.code)}: ${String(c.name ?? '')}`, value: String(c.id) }),
			true,
		);
	},
};
