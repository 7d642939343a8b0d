import type { Router } from '../../router';
import { LIST_PARAMS, created, ok, takes, type Ctx, type Handler } from '../context';
import { CrmError, invalidInput } from '../errors';
import { applyFilters, boolean, contains, equals, inList, many, type Filter } from '../filters';
import { RETAILCRM_INVENTORY_PAGE_LIMITS } from '../keys';
import { entity, filterOf, listOf, paginate, scalar, siteParam } from '../params';
import { crmTime } from '../time';
import type { Entity, Row } from '../types';
import { registerResource, required } from './resource';

/** At most 250 offers or prices per upload: public integrations; no vendor source found verbatim. */
const MAX_STORE_UPLOAD = 250;

type StoreStock = { store: string; quantity: number; purchasePrice: number };
type Price = { priceType: string; price: number; ordering: number };

/** A subset of api-client-php src/Model/Filter/Store/OfferFilterType.php. */
const offerFilters: Record<string, Filter<Entity>> = {
	ids: inList('id'),
	externalIds: inList('externalId'),
	xmlIds: inList('xmlId'),
	sites: many(() => true),
	active: boolean('active'),
	name: contains('name'),
	sinceId: (o, v) => o.id > Number(scalar(v)),
};

/** A subset of api-client-php src/Model/Filter/Store/ProductFilterType.php. */
const productFilters: Record<string, Filter<Entity>> = {
	ids: inList('id'),
	externalId: equals('externalId'),
	name: contains('name'),
	active: boolean('active'),
	groups: many((p, v) => (p.groups as Row[]).some((g) => listOf(v).includes(String(g.id)))),
	sites: many(() => true),
	sinceId: (p, v) => p.id > Number(scalar(v)),
	sinceUpdatedAt: (p, v) => String(p.updatedAt) >= String(scalar(v)),
	offerIds: many((p, v) => (p.offers as Entity[]).some((o) => listOf(v).includes(String(o.id)))),
	offerExternalId: (p, v) => (p.offers as Entity[]).some((o) => o.externalId === scalar(v)),
	manufacturer: equals('manufacturer'),
};

/** An offer named by `id`, `externalId` or `xmlId` (the first one given). */
function offerFor(ctx: Ctx, ref: Row): Entity | undefined {
	if (ref.id !== undefined) return ctx.data.offers.get(Number(ref.id));
	if (ref.externalId !== undefined)
		return ctx.data.offers.rows.find((o) => o.externalId === String(ref.externalId));
	if (ref.xmlId !== undefined)
		return ctx.data.offers.rows.find((o) => o.xmlId === String(ref.xmlId));
	return undefined;
}

const notFoundRef = (ref: Row): Row =>
	Object.fromEntries(
		(['id', 'externalId', 'xmlId'] as const)
			.filter((k) => ref[k] !== undefined)
			.map((k) => [k, ref[k]]),
	);

function refreshQuantities(ctx: Ctx, offer: Entity): void {
	offer.quantity = (offer.stores as StoreStock[]).reduce((sum, s) => sum + s.quantity, 0);
	const product = ctx.data.products.get(Number(offer.productId));
	if (product)
		product.quantity = (product.offers as Entity[]).reduce((sum, o) => sum + Number(o.quantity), 0);
}

/**
 * GET /store/inventories: stock per offer, per store with `filter[details]=1`, listed under
 * `offers` (api-client-php src/Model/Response/Store/InventoriesResponse.php). Filters from
 * src/Model/Filter/Store/InventoryFilterType.php: offerExternalId, offerXmlId and offerArticle
 * are string[]. Pages may hold 250 (src/Enum/PaginationLimit.php LIMIT_250).
 */
const inventories: Handler = (ctx) => {
	const filters: Record<string, Filter<Entity>> = {
		ids: inList('id'),
		offerExternalId: inList('externalId'),
		offerXmlId: inList('xmlId'),
		offerArticle: inList('article'),
		productActive: (o, v) =>
			Boolean(ctx.data.products.get(Number(o.productId))?.active) === (scalar(v) === '1'),
		details: () => true,
		sites: many(() => true),
	};
	const rows = applyFilters(ctx, ctx.data.offers.rows, filters);
	const details = scalar(filterOf(ctx).details) === '1';
	const page = paginate(ctx, rows, RETAILCRM_INVENTORY_PAGE_LIMITS);
	return ok({
		pagination: page.pagination,
		offers: page.items.map((o) => ({
			id: o.id,
			externalId: o.externalId,
			xmlId: o.xmlId,
			quantity: o.quantity,
			purchasePrice: o.purchasePrice,
			...(details ? { stores: o.stores } : {}),
		})),
	});
};

/**
 * POST /store/inventories/upload: `offers=[{id|externalId|xmlId, stores:[{code, available,
 * purchasePrice}]}]`, answered `{processedOffersCount, notFoundOffers}` (api-client-php
 * src/Model/Response/Store/InventoriesUploadResponse.php). The refusal of an unknown store code:
 * no vendor source found for its wording.
 */
const uploadInventories: Handler = (ctx) => {
	const offers = entity<Row[]>(ctx, 'offers', 'array');
	siteParam(ctx, false);
	if (offers.length > MAX_STORE_UPLOAD)
		throw invalidInput({
			offers: `This collection should contain ${MAX_STORE_UPLOAD} elements or less.`,
		});
	const stores = ctx.data.reference.stores;
	const notFound: Row[] = [];
	let processed = 0;
	offers.forEach((input, i) => {
		const offer = offerFor(ctx, input);
		if (!offer) return void notFound.push(notFoundRef(input));
		for (const [j, stock] of ((input.stores ?? []) as Row[]).entries()) {
			const code = String(stock.code);
			if (!stores[code])
				throw new CrmError(400, 'Errors in the entity format', {
					[`offers[${i}].stores[${j}].code`]: `Store with code ${code} not found.`,
				});
			const entries = offer.stores as StoreStock[];
			let entry = entries.find((s) => s.store === code);
			if (!entry) entries.push((entry = { store: code, quantity: 0, purchasePrice: 0 }));
			if (stock.available !== undefined) entry.quantity = Number(stock.available);
			if (stock.purchasePrice !== undefined) entry.purchasePrice = Number(stock.purchasePrice);
		}
		refreshQuantities(ctx, offer);
		processed++;
	});
	return ok({ processedOffersCount: processed, notFoundOffers: notFound });
};

/**
 * POST /store/prices/upload: `prices=[{id|externalId|xmlId, site, prices:[{code, price, remove}]}]`,
 * answered `{processedOffersCount, notFoundOffers}` (src/Model/Response/Store/PricesUploadResponse.php).
 */
const uploadPrices: Handler = (ctx) => {
	const prices = entity<Row[]>(ctx, 'prices', 'array');
	if (prices.length > MAX_STORE_UPLOAD)
		throw invalidInput({
			prices: `This collection should contain ${MAX_STORE_UPLOAD} elements or less.`,
		});
	const types = ctx.data.reference['price-types'];
	const notFound: Row[] = [];
	let processed = 0;
	prices.forEach((input, i) => {
		const offer = offerFor(ctx, input);
		if (!offer) return void notFound.push(notFoundRef(input));
		const list = offer.prices as Price[];
		for (const [j, price] of ((input.prices ?? []) as Row[]).entries()) {
			const code = String(price.code);
			if (!types[code])
				throw new CrmError(400, 'Errors in the entity format', {
					[`prices[${i}].prices[${j}].code`]: `Price type with code ${code} not found.`,
				});
			const at = list.findIndex((p) => p.priceType === code);
			if (price.remove === true || price.remove === 1 || price.remove === '1') {
				if (at >= 0) list.splice(at, 1);
			} else if (at >= 0) list[at].price = Number(price.price);
			else
				list.push({
					priceType: code,
					price: Number(price.price),
					ordering: Number(types[code].ordering),
				});
		}
		processed++;
	});
	return ok({ processedOffersCount: processed, notFoundOffers: notFound });
};

const PRODUCT_FIELDS = [
	'name',
	'article',
	'url',
	'active',
	'manufacturer',
	'groups',
	'markable',
	'externalId',
] as const;

/** POST /store/products/batch/create and /batch/edit: `products` is a JSON list. */
function productBatch(editing: boolean): Handler {
	return (ctx) => {
		const inputs = entity<Row[]>(ctx, 'products', 'array');
		const errors = inputs.flatMap((input, i) => {
			const problems = editing
				? input.id === undefined || !ctx.data.products.get(Number(input.id))
					? { id: `Product with id=${String(input.id)} not found.` }
					: {}
				: required(input, ['name']);
			return Object.entries(problems).map(
				([field, message]) => `products[${i}].${field}: ${message}`,
			);
		});
		if (errors.length > 0) throw new CrmError(400, 'Products are not loaded', errors);
		const ids = inputs.map((input) => {
			const fields = Object.fromEntries(
				PRODUCT_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]),
			);
			const time = crmTime(ctx.now);
			if (editing) {
				const product = ctx.data.products.get(Number(input.id)) as Entity;
				Object.assign(product, fields, { updatedAt: time });
				return product.id;
			}
			return ctx.data.products.create((id) => ({
				id,
				active: true,
				groups: [],
				offers: [],
				quantity: 0,
				createdAt: time,
				updatedAt: time,
				properties: {},
				...fields,
			})).id;
		});
		return editing
			? ok({ processedProductsCount: ids.length, notFoundProducts: [] })
			: created({ processedProductsCount: ids.length, addedProducts: ids });
	};
}

export function registerStore(router: Router<Handler>): void {
	router
		.add(
			'GET',
			'/api/v5/store/products',
			takes(LIST_PARAMS, (ctx) => {
				const page = paginate(ctx, applyFilters(ctx, ctx.data.products.rows, productFilters));
				return ok({ pagination: page.pagination, products: page.items });
			}),
		)
		.add(
			'GET',
			'/api/v5/store/offers',
			takes(LIST_PARAMS, (ctx) => {
				const page = paginate(ctx, applyFilters(ctx, ctx.data.offers.rows, offerFilters));
				return ok({ pagination: page.pagination, offers: page.items });
			}),
		)
		.add('GET', '/api/v5/store/inventories', takes(LIST_PARAMS, inventories))
		// InventoriesUploadRequest: offers, site; PricesUploadRequest: prices;
		// Product*BatchRequest: products (api-client-php src/Model/Request/Store/).
		.add('POST', '/api/v5/store/inventories/upload', takes(['offers', 'site'], uploadInventories))
		.add('POST', '/api/v5/store/prices/upload', takes(['prices'], uploadPrices))
		.add('POST', '/api/v5/store/products/batch/create', takes(['products'], productBatch(false)))
		.add('POST', '/api/v5/store/products/batch/edit', takes(['products'], productBatch(true)));
	registerResource(router, {
		path: '/api/v5/store/product-groups',
		table: (data) => data.productGroups,
		listKey: 'productGroup',
		itemKey: 'productGroup',
		entity: 'productGroup',
		newestFirst: false,
		byAware: true,
		// ProductGroupsCreateRequest takes the group alone; the edit request also `by` and `site`.
		site: false,
		filters: { ids: inList('id'), name: contains('name'), active: boolean('active') },
		create: {
			errorMsg: 'Product group is not created',
			validate: (_ctx, input) => required(input, ['name']),
			build: (_ctx, input, id) => ({
				active: true,
				parentId: null,
				...input,
				id,
			}),
		},
		edit: {
			errorMsg: 'Product group is not edited',
			fields: ['name', 'active', 'externalId', 'parentId', 'description'],
			validate: () => ({}),
		},
	});
}
