import type { Router } from '../../router';
import { registerComments, registerTags } from '../attachments';
import { created, intField, noContent, ok, type Ctx, type Handler } from '../context';
import { ErrorCode, PicqerError, missing, notFound } from '../errors';
import { equals, hasTag, oneOf, search } from '../filters';
import { settleStock, stockEntry, stockIn } from '../model';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Product, Row } from '../types';

const PRODUCT_TYPES = [
	'normal',
	'unlimited_stock',
	'virtual_composition',
	'composition_with_stock',
];

const PRODUCT_FIELDS = [
	'idvatgroup',
	'idsupplier',
	'productcode',
	'name',
	'price',
	'fixedstockprice',
	'productcode_supplier',
	'deliverytime',
	'description',
	'barcode',
	'type',
	'weight',
	'length',
	'width',
	'height',
	'minimum_purchase_quantity',
	'purchase_in_quantities',
	'hs_code',
	'country_of_origin',
	'active',
] as const;

function checkProductFields(ctx: Ctx, self?: Product): void {
	const { body, data } = ctx;
	if (body.idvatgroup !== undefined && !data.vatgroups.get(Number(body.idvatgroup))) {
		throw new PicqerError(
			400,
			ErrorCode.unknownVatGroup,
			`Unknown idvatgroup ${String(body.idvatgroup)}`,
		);
	}
	if (body.productcode !== undefined) {
		const code = String(body.productcode);
		if (data.products.rows.some((p) => p.productcode === code && p !== self)) {
			throw new PicqerError(
				400,
				ErrorCode.missingParameters,
				`Productcode "${code}" already exists, productcode must be unique`,
			);
		}
	}
	if (body.price !== undefined && !Number.isFinite(Number(body.price))) {
		throw new PicqerError(400, ErrorCode.missingParameters, 'Field "price" must be a number');
	}
	if (body.type !== undefined && !PRODUCT_TYPES.includes(String(body.type))) {
		throw new PicqerError(
			400,
			ErrorCode.missingParameters,
			`Field "type" must be one of ${PRODUCT_TYPES.join(', ')}`,
		);
	}
}

/** What stock webhooks carry: the product's identity and its stock per warehouse. */
export function stockPayload(product: Product): Row {
	return { idproduct: product.idproduct, productcode: product.productcode, stock: product.stock };
}

export const products: ResourceSpec<Product> = {
	path: '/products',
	label: 'Product',
	table: (data) => data.products,
	filters: {
		search: search('productcode', 'name', 'barcode'),
		productcode: equals('productcode'),
		barcode: equals('barcode'),
		idsupplier: equals('idsupplier'),
		type: equals('type'),
		idproducts: oneOf('idproduct'),
		tag: hasTag(),
	},
	// Picqer lists active products only, unless `inactive=true` asks for all.
	hiddenByDefault: (row, ctx) =>
		!row.active && ctx.query.inactive !== 'true' && ctx.query.inactive !== '1',
	create: {
		required: ['idvatgroup', 'name', 'price', 'productcode'],
		validate: (ctx) => checkProductFields(ctx),
		event: 'products.created',
		build(ctx, idproduct) {
			const time = picqerTime();
			const product: Row = { idproduct, idfulfilment_customer: null };
			for (const field of PRODUCT_FIELDS) product[field] = ctx.body[field] ?? null;
			Object.assign(product, {
				idvatgroup: Number(ctx.body.idvatgroup),
				productcode: String(ctx.body.productcode),
				price: Number(ctx.body.price),
				type: ctx.body.type ?? 'normal',
				unlimitedstock: ctx.body.type === 'unlimited_stock',
				weight: ctx.body.weight ?? 0,
				active: ctx.body.active ?? true,
				idtemplates: null,
				productfields: [],
				images: [],
				pricelists: [],
				stock: ctx.data.warehouses.rows.map((w) => stockEntry(w.idwarehouse as number, 0)),
				tags: [],
				created: time,
				updated: time,
			});
			return product as Product;
		},
	},
	update: {
		fields: PRODUCT_FIELDS,
		validate: (ctx, row) => checkProductFields(ctx, row),
		event: 'products.changed',
	},
};

function setActive(active: boolean): Handler {
	return (ctx) => {
		const product = findOr404(products, ctx);
		product.active = active;
		product.updated = picqerTime();
		ctx.emit('products.changed', product);
		return ok(product);
	};
}

function warehouseOr404(ctx: Ctx): number {
	const warehouse = ctx.data.warehouses.get(ctx.params.idwarehouse);
	if (!warehouse) throw notFound('Warehouse');
	return warehouse.idwarehouse as number;
}

/** POST /products/{id}/stock/{idwarehouse}: `change` (delta) or `amount` (absolute). */
const changeStock: Handler = (ctx) => {
	const product = findOr404(products, ctx);
	const idwarehouse = warehouseOr404(ctx);
	const { body } = ctx;
	if (body.change === undefined && body.amount === undefined) throw missing(['change or amount']);
	if (body.idlocation != null && !ctx.data.locations.get(Number(body.idlocation))) {
		throw notFound('Location');
	}
	const entry = stockIn(product, idwarehouse);
	const target =
		body.amount !== undefined ? Number(body.amount) : entry.stock + Number(body.change);
	if (!Number.isInteger(target)) {
		throw new PicqerError(
			400,
			ErrorCode.missingParameters,
			'"change" and "amount" must be integers',
		);
	}
	if (target < 0) {
		throw new PicqerError(
			400,
			ErrorCode.unknown,
			`Stock cannot become negative (would be ${target})`,
		);
	}
	if (target < entry.reserved) {
		throw new PicqerError(
			400,
			ErrorCode.unknown,
			`Stock cannot be lower than the reserved amount (${entry.reserved})`,
		);
	}
	const location =
		body.idlocation == null ? undefined : ctx.data.locations.get(Number(body.idlocation));
	const linked = (product.locations ??= []) as Row[];
	if (location && !linked.some((l) => l.idlocation === location.idlocation)) {
		linked.push({ idlocation: location.idlocation, name: location.name });
	}
	const old = entry.stock;
	entry.stock = target;
	settleStock(entry);
	product.updated = picqerTime();
	ctx.data.stockhistory.create((idproduct_stock_history) => ({
		idproduct_stock_history,
		idproduct: product.idproduct,
		idwarehouse,
		idlocation: body.idlocation ?? null,
		iduser: ctx.data.users.rows[0].iduser,
		old_stock: old,
		stock_change: target - old,
		new_stock: target,
		reason: body.reason ?? null,
		change_type: 'api',
		changed_at: picqerTime(),
	}));
	ctx.emit('products.stock_changed', stockPayload(product));
	ctx.emit('products.free_stock_changed', stockPayload(product));
	return ok(entry);
};

/** Locations a product is linked to, as `{idlocation, name}`. */
function linkedLocations(product: Product): Row[] {
	return (product.locations ??= []) as Row[];
}

/** POST /products/{id}/locations `{idlocation}`: links the product to a location. */
const linkLocation: Handler = (ctx) => {
	const product = findOr404(products, ctx);
	const location = ctx.data.locations.get(intField(ctx.body, 'idlocation'));
	if (!location) throw notFound('Location');
	const linked = linkedLocations(product);
	if (!linked.some((l) => l.idlocation === location.idlocation)) {
		linked.push({ idlocation: location.idlocation, name: location.name });
	}
	return created(location);
};

const unlinkLocation: Handler = (ctx) => {
	const product = findOr404(products, ctx);
	const linked = linkedLocations(product);
	const index = linked.findIndex((l) => String(l.idlocation) === ctx.params.idlocation);
	if (index === -1) throw notFound('Location');
	linked.splice(index, 1);
	return noContent();
};

export function registerProducts(router: Router<Handler>): void {
	registerResource(router, products);
	const owner = { path: '/products', type: 'product', label: 'Product', table: products.table };
	registerComments(router, owner);
	registerTags(router, owner);
	router.add('POST', '/products/:id/activate', setActive(true));
	router.add('POST', '/products/:id/inactivate', setActive(false));
	router.add('GET', '/products/:id/stock', (ctx) => ok(findOr404(products, ctx).stock));
	router.add('GET', '/products/:id/stock/:idwarehouse', (ctx) =>
		ok(stockIn(findOr404(products, ctx), warehouseOr404(ctx))),
	);
	router.add('POST', '/products/:id/stock/:idwarehouse', changeStock);
	router.add('GET', '/products/:id/locations', (ctx) =>
		ok(linkedLocations(findOr404(products, ctx))),
	);
	router.add('POST', '/products/:id/locations', linkLocation);
	router.add('DELETE', '/products/:id/locations/:idlocation', unlinkLocation);
	// The seed has no compositions, so every product answers with no parts.
	router.add('GET', '/products/:id/parts', (ctx) =>
		ok((findOr404(products, ctx).parts as Row[] | undefined) ?? []),
	);
}
