import type { Router } from '../../router';
import type { Handler } from '../context';
import { mustExist, registerCrud } from '../crud';
import type { FieldErrors } from '../errors';
import { orderRow } from '../seed';
import type { Row } from '../store';
import { unixNow, without } from '../store';
import type { Shape } from '../validation';

/** E-commerce product fields (docs.pelcro.com/reference-link/api-core-ecommerce-products). */
const productFields: Shape = {
	name: { type: 'string', min: 3, max: 250 },
	caption: { type: 'string', max: 255, nullable: true },
	description: { type: 'string', max: 1500, nullable: true },
	shippable: { type: 'boolean' },
	countries: { type: 'array' },
	image: { type: 'string', nullable: true },
	sites: { type: 'array' },
};

/** SKU fields; price in cents, inventory_type 0 infinite / 1 finite (R/api-core-ecommerce-skus). */
const skuFields: Shape = {
	product_id: { type: 'integer' },
	name: { type: 'string', max: 255 },
	active: { type: 'boolean' },
	currency: { type: 'string', max: 3 },
	price: { type: 'integer', min: 0 },
	weight: { type: 'integer', min: 0, nullable: true },
	countries: { type: 'array' },
	image: { type: 'string', nullable: true },
	inventory_type: { type: 'integer', in: [0, 1] },
	inventory_quantity: { type: 'integer', min: 0, nullable: true },
	inventory_description: { type: 'string', nullable: true },
	metadata: { type: 'object' },
	entitlements: { type: 'array' },
	expires_at: { type: 'integer', nullable: true },
};

const ADDRESS_FIELDS = [
	'first_name',
	'last_name',
	'line1',
	'line2',
	'city',
	'country',
	'postal_code',
	'state',
];

export function registerCommerce(router: Router<Handler>): void {
	// SKUs first: `/ecommerce/products/skus` would otherwise match `/ecommerce/products/:id`.
	registerCrud(router, {
		path: '/ecommerce/products/skus',
		table: 'skus',
		// Filterable and sortable on id, name, product_id (R/api-core-filtering-and-sorting).
		list: {
			filters: ['id', 'name', 'product_id'],
			sorts: ['id', 'name', 'product_id'],
			expand: {
				product: (ctx, row) => ctx.data.ecommerceProducts.get(Number(row.product_id)) ?? null,
			},
		},
		create: {
			shape: skuFields,
			required: ['product_id', 'name', 'currency', 'price'],
			validate(ctx, body) {
				const errors = mustExist(ctx, [['product_id', 'ecommerceProducts']]);
				if (body.inventory_type === 1 && body.inventory_quantity === undefined)
					errors.inventory_quantity = [
						'The inventory quantity field is required when inventory type is 1.',
					];
				return errors;
			},
			build: (_ctx, body) => ({
				active: true,
				weight: null,
				countries: [],
				image: null,
				inventory_type: 0,
				inventory_quantity: null,
				inventory_description: null,
				metadata: {},
				entitlements: [],
				expires_at: null,
				...body,
			}),
		},
		update: {
			shape: without(skuFields, 'product_id') as Shape,
		},
		remove: true,
	});
	registerCrud(router, {
		path: '/ecommerce/products',
		table: 'ecommerceProducts',
		list: {
			expand: { skus: (ctx, row) => ctx.data.skus.all().filter((s) => s.product_id === row.id) },
		},
		create: {
			shape: productFields,
			required: ['name'],
			build: (ctx, body) => ({
				caption: null,
				description: null,
				shippable: false,
				countries: [],
				image: null,
				sites: [ctx.data.site],
				...body,
			}),
		},
		update: { shape: productFields },
		remove: (ctx, row) => {
			ctx.data.ecommerceProducts.delete(row.id as number);
			for (const sku of ctx.data.skus.all())
				if (sku.product_id === row.id) ctx.data.skus.delete(sku.id as number);
		},
	});
	// Orders: POST /orders is documented (R/api-core-create-ecommerce-order); the list and get paths
	// are not (sidebar only) and follow it.
	registerCrud(router, {
		path: '/orders',
		table: 'orders',
		list: {},
		create: {
			shape: {
				user_id: { type: 'integer' },
				items: { type: 'array' },
				address_id: { type: 'integer' },
				address: { type: 'object' },
				coupon_code: { type: 'string' },
				campaign_key: { type: 'string' },
				source_id: { type: 'string' },
			},
			required: ['user_id', 'items'],
			validate(ctx, body) {
				const errors: FieldErrors = mustExist(ctx, [['user_id', 'customers']]);
				const items = (body.items as Row[]) ?? [];
				if (items.length === 0) errors.items = ['The items field is required.'];
				const currencies = new Set<unknown>();
				let shippable = false;
				items.forEach((item, index) => {
					const sku = typeof item?.sku_id === 'number' ? ctx.data.skus.get(item.sku_id) : undefined;
					if (!sku)
						errors[`items.${index}.sku_id`] = [`The selected items.${index}.sku_id is invalid.`];
					if (
						!(
							typeof item?.quantity === 'number' &&
							Number.isInteger(item.quantity) &&
							item.quantity >= 1
						)
					)
						errors[`items.${index}.quantity`] = [`The items.${index}.quantity must be at least 1.`];
					if (sku) {
						currencies.add(sku.currency);
						shippable ||= Boolean(
							ctx.data.ecommerceProducts.get(Number(sku.product_id))?.shippable,
						);
					}
				});
				// "All SKUs in one order must share the same currency" (reference-link/api-open-ecommerce-order).
				if (currencies.size > 1) errors.items = ['All items must share one currency.'];
				// A shippable SKU needs address_id or the address.* fields (R/api-core-create-ecommerce-order).
				if (body.address_id !== undefined) {
					const address = ctx.data.addresses.get(Number(body.address_id));
					if (!address || address.user_id !== body.user_id)
						errors.address_id = ['The selected address id is invalid.'];
				} else if (shippable) {
					const address = (body.address ?? {}) as Row;
					const missing = ADDRESS_FIELDS.filter(
						(field) =>
							field !== 'line2' &&
							!(field === 'state' && address.country === 'GB') &&
							!address[field],
					);
					if (body.address === undefined)
						errors.address_id = ['The address id field is required when address is not present.'];
					else
						for (const field of missing)
							errors[`address.${field}`] = [
								`The address.${field} field is required when address id is not present.`,
							];
				}
				return errors;
			},
			build(ctx, body) {
				const items = (body.items as Row[]).map((item) => {
					const sku = ctx.data.skus.get(Number(item.sku_id)) as Row;
					return {
						sku_id: sku.id,
						quantity: item.quantity,
						amount: Number(sku.price) * Number(item.quantity),
						currency: sku.currency,
					};
				});
				let addressId: unknown = body.address_id ?? null;
				if (body.address_id === undefined && body.address !== undefined) {
					const now = unixNow();
					addressId = ctx.data.addresses.insert({
						user_id: body.user_id,
						type: 'shipping',
						is_default: false,
						...(body.address as Row),
						created_at: now,
						updated_at: now,
					}).id;
				}
				const row = orderRow({
					user_id: body.user_id,
					items,
					currency: String(items[0].currency),
					status: 'paid',
					address_id: addressId,
					created: unixNow(),
				});
				return { ...row, coupon_code: body.coupon_code ?? null };
			},
		},
	});
}
