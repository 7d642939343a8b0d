import type { Router } from '../../router';
import { registerComments, registerTags } from '../attachments';
import { created, intField, noContent, ok, type Ctx, type Handler } from '../context';
import { accepting } from '../contract';
import { ErrorCode, PicqerError, missing, notFound } from '../errors';
import { equals, hasTag, oneOf, search } from '../filters';
import { settleStock, stockEntry, stockIn } from '../model';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Product, Row } from '../types';

/** `type`: "Only options: normal (default), unlimited_stock, …" (picqer.com/en/api/products). */
const PRODUCT_TYPES = [
	'normal',
	'unlimited_stock',
	'virtual_composition',
	'composition_with_stock',
];

/** The product attributes one may write: picqer.com/en/api/products (attributes table). */
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
	'unlimitedstock',
	'weight',
	'length',
	'width',
	'height',
	'minimum_purchase_quantity',
	'purchase_in_quantities_of',
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
	// `productcode`: picqer-php Client.php `getProductByProductcode`; `idproducts`:
	// picqer.com/en/api/changelog (23 April 2024); `search`, `tag`, `type`, `idsupplier`,
	// `inactive`: Picqer WMS MCP server (third party). What `search` matches: no vendor source.
	filters: {
		search: search('productcode', 'name', 'barcode'),
		productcode: equals('productcode'),
		idsupplier: equals('idsupplier'),
		type: equals('type'),
		idproducts: oneOf('idproduct'),
		tag: hasTag(),
	},
	// Picqer lists active products only, unless `inactive` asks for all (Pinelab
	// vendure-plugin-picqer, Optiply tap-picqer).
	hiddenByDefault: (row, ctx) =>
		!row.active && ctx.query.inactive !== 'true' && ctx.query.inactive !== '1',
	listQuery: ['inactive'],
	create: {
		fields: PRODUCT_FIELDS,
		// "required": picqer.com/en/api/products.
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

/**
 * POST /products/{id}/stock/{idwarehouse}: `change` (delta) or `amount` (absolute), with
 * `reason` and `idlocation` (picqer-php Client.php `updateProductStockForWarehouse`;
 * picqer.com/en/api/product-stock; picqer-ftp-syncer sends `{amount, reason}`).
 */
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

/**
 * POST /products/{id}/stock/{idwarehouse}/move `{from_idlocation, to_idlocation, amount}`: moves
 * stock between two locations of one warehouse (Picqer WMS MCP server, third party; no official
 * source found). The warehouse's total stays the same.
 */
const moveStock: Handler = (ctx) => {
	const product = findOr404(products, ctx);
	const idwarehouse = warehouseOr404(ctx);
	const from = ctx.data.locations.get(Number(ctx.body.from_idlocation));
	const to = ctx.data.locations.get(Number(ctx.body.to_idlocation));
	if (!from || !to) throw notFound('Location');
	for (const location of [from, to]) {
		if (location.idwarehouse !== idwarehouse) {
			throw new PicqerError(
				400,
				ErrorCode.unknown,
				`Location ${String(location.idlocation)} is not in warehouse ${idwarehouse}`,
			);
		}
	}
	const amount = Number(ctx.body.amount);
	const entry = stockIn(product, idwarehouse);
	if (!Number.isInteger(amount) || amount <= 0 || amount > entry.stock) {
		throw new PicqerError(
			400,
			ErrorCode.unknown,
			`Cannot move ${String(ctx.body.amount)}: ${entry.stock} in stock`,
		);
	}
	const linked = linkedLocations(product);
	if (!linked.some((l) => l.idlocation === to.idlocation)) {
		linked.push({ idlocation: to.idlocation, name: to.name });
	}
	const move = {
		idproduct: product.idproduct,
		idwarehouse,
		from_idlocation: from.idlocation,
		to_idlocation: to.idlocation,
		amount,
	};
	ctx.emit('products.stock_on_location_changed', { ...stockPayload(product), move });
	return ok(move);
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
	// picqer-php Client.php `activateProduct`, `inactivateProduct`, `getProductStock`,
	// `getProductStockForWarehouse`, `getProductLocations`, `linkProductToLocation`,
	// `unlinkProductFromLocation`, `getProductParts`.
	router.add('POST', '/products/:id/activate', accepting({}, setActive(true)));
	router.add('POST', '/products/:id/inactivate', accepting({}, setActive(false)));
	router.add(
		'GET',
		'/products/:id/stock',
		accepting({}, (ctx) => ok(findOr404(products, ctx).stock)),
	);
	router.add(
		'GET',
		'/products/:id/stock/:idwarehouse',
		accepting({}, (ctx) => ok(stockIn(findOr404(products, ctx), warehouseOr404(ctx)))),
	);
	router.add(
		'POST',
		'/products/:id/stock/:idwarehouse',
		accepting({ body: ['change', 'amount', 'reason', 'idlocation'] }, changeStock),
	);
	router.add(
		'POST',
		'/products/:id/stock/:idwarehouse/move',
		accepting(
			{
				body: ['from_idlocation', 'to_idlocation', 'amount'],
				required: ['from_idlocation', 'to_idlocation', 'amount'],
			},
			moveStock,
		),
	);
	router.add(
		'GET',
		'/products/:id/locations',
		accepting({}, (ctx) => ok(linkedLocations(findOr404(products, ctx)))),
	);
	// `{idlocation}`, optionally `note` and `is_preferred` (picqer.com/en/api/changelog,
	// 11 September 2025; Picqer WMS MCP server).
	router.add(
		'POST',
		'/products/:id/locations',
		accepting(
			{ body: ['idlocation', 'note', 'is_preferred'], required: ['idlocation'] },
			linkLocation,
		),
	);
	router.add('DELETE', '/products/:id/locations/:idlocation', accepting({}, unlinkLocation));
	// `nested` lists the parts of parts (picqer.com/en/api/changelog, 23 April 2024). The seed
	// has no compositions, so every product answers with no parts.
	router.add(
		'GET',
		'/products/:id/parts',
		accepting({ query: ['nested'] }, (ctx) =>
			ok((findOr404(products, ctx).parts as Row[] | undefined) ?? []),
		),
	);
}
