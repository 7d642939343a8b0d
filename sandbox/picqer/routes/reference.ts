import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { ok, queryValue, type Ctx, type Handler } from '../context';
import { accepting } from '../contract';
import { ErrorCode, PicqerError } from '../errors';
import { equals, search, since, until } from '../filters';
import { registerResource, findOr404, pageOf, type ResourceSpec } from '../resources';
import type { Row, Tag } from '../types';

const readOnly = (
	path: string,
	label: string,
	table: ResourceSpec['table'],
	filters?: ResourceSpec['filters'],
): ResourceSpec => ({
	path,
	label,
	table,
	filters,
});

/** The supplier attributes one may write: picqer.com/en/api/suppliers (attributes). */
const SUPPLIER_FIELDS = [
	'name',
	'contactname',
	'address',
	'address2',
	'zipcode',
	'city',
	'region',
	'country',
	'telephone',
	'emailaddress',
	'remarks',
	'language',
];

/** Whether a list asked for its inactive rows with a present `inactive` (true or 1). */
const asksInactive = (ctx: Ctx) => ['true', '1'].includes(queryValue(ctx.query, 'inactive') ?? '');

const suppliers: ResourceSpec = {
	path: '/suppliers',
	label: 'Supplier',
	table: (data) => data.suppliers,
	// "With this call, you get the active suppliers. Provide the inactive parameter to get the
	// inactive suppliers." (picqer.com/en/api/suppliers). No other filter is documented there.
	hiddenByDefault: (row, ctx) => (asksInactive(ctx) ? row.active !== false : row.active === false),
	listQuery: ['inactive'],
	create: {
		fields: SUPPLIER_FIELDS,
		required: ['name'],
		// "we will respond with a 200 OK status. This differs from our other endpoints"
		// (picqer.com/en/api/suppliers, Create a supplier).
		status: 200,
		build: (ctx, idsupplier) => {
			const supplier: Row = { idsupplier, idtemplate: null, idpurchaseorder_template: null };
			for (const field of SUPPLIER_FIELDS) supplier[field] = ctx.body[field] ?? null;
			supplier.language ??= 'en';
			supplier.active = true;
			return supplier;
		},
	},
	update: { fields: SUPPLIER_FIELDS },
};

/** Tags: picqer.com/en/api/tags; create needs title, color and inherit, all three. */
const tags: ResourceSpec<Tag> = {
	path: '/tags',
	label: 'Tag',
	table: (data) => data.tags,
	// `search`: Picqer WMS MCP server (third party).
	filters: { search: search('title') },
	create: {
		fields: ['title', 'color', 'inherit'],
		required: ['title', 'color', 'inherit'],
		validate(ctx) {
			const title = String(ctx.body.title);
			// Unique titles: no vendor source found.
			if (ctx.data.tags.rows.some((t) => t.title === title)) {
				throw new PicqerError(400, ErrorCode.missingParameters, `Tag "${title}" already exists`);
			}
		},
		build: (ctx, idtag) => ({
			idtag,
			title: String(ctx.body.title),
			color: String(ctx.body.color),
			inherit: Boolean(ctx.body.inherit),
			textColor: '#ffffff',
		}),
	},
	remove: true,
};

/**
 * What one may write on a location (picqer.com/en/api/locations, attributes): `type` is
 * "location" or "container"; the starred attributes apply to type "location" only.
 */
const LOCATION_FIELDS = [
	'idwarehouse',
	'type',
	'idlocation_type',
	'parent_idlocation',
	'name',
	'remarks',
	'unlink_on_empty',
	'is_bulk_location',
	'is_exclusive_location',
];

const LOCATION_TYPES = ['location', 'container'];

function linkedProducts(ctx: Ctx, location: Row) {
	return ctx.data.products.rows.filter((p) =>
		((p.locations as Row[] | undefined) ?? []).some((l) => l.idlocation === location.idlocation),
	);
}

const locations: ResourceSpec = {
	path: '/locations',
	label: 'Location',
	table: (data) => data.locations,
	// Filters `idlocation_type`, `idwarehouse`, `only_available`, `name`, `type`; "By default,
	// only locations of type "location" are returned." (picqer.com/en/api/locations).
	filters: {
		idlocation_type: equals('idlocation_type'),
		idwarehouse: equals('idwarehouse'),
		name: equals('name'),
		type: (row, value) => (row.type ?? 'location') === value,
	},
	hiddenByDefault: (row, ctx) =>
		(queryValue(ctx.query, 'type') === undefined && (row.type ?? 'location') !== 'location') ||
		(['true', '1'].includes(queryValue(ctx.query, 'only_available') ?? '') &&
			linkedProducts(ctx, row).length > 0),
	listQuery: ['only_available'],
	create: {
		fields: LOCATION_FIELDS,
		required: ['idwarehouse', 'name'],
		// `?auto_link_to_parent=1` (picqer.com/en/api/locations; picqer-php Client.php `addLocation`).
		query: ['auto_link_to_parent'],
		validate(ctx) {
			if (!ctx.data.warehouses.get(Number(ctx.body.idwarehouse))) {
				throw new PicqerError(400, ErrorCode.notFound, 'Warehouse not found');
			}
			if (ctx.body.type != null && !LOCATION_TYPES.includes(String(ctx.body.type))) {
				throw new PicqerError(
					400,
					ErrorCode.missingParameters,
					'Field "type" must be location or container',
				);
			}
		},
		build: (ctx, idlocation) => ({
			idlocation,
			idwarehouse: Number(ctx.body.idwarehouse),
			type: ctx.body.type ?? 'location',
			idlocation_type: ctx.body.idlocation_type ?? null,
			parent_idlocation: ctx.body.parent_idlocation ?? null,
			name: String(ctx.body.name),
			remarks: ctx.body.remarks ?? null,
			unlink_on_empty: Boolean(ctx.body.unlink_on_empty ?? false),
			is_bulk_location: Boolean(ctx.body.is_bulk_location ?? false),
			is_exclusive_location: Boolean(ctx.body.is_exclusive_location ?? false),
			is_deletable: true,
		}),
	},
	update: {
		fields: LOCATION_FIELDS.filter((field) => field !== 'idwarehouse' && field !== 'type'),
	},
	// "Location can only be deleted if there are no products linked." (picqer.com/en/api/locations)
	remove: (ctx, location) => {
		if (linkedProducts(ctx, location).length > 0 || !location.is_deletable) {
			throw new PicqerError(
				400,
				ErrorCode.wrongStatus,
				'Location still has products linked and cannot be deleted',
			);
		}
		ctx.data.locations.remove(location.idlocation as number);
	},
};

/** Global comments: picqer-php Client.php `getComments`, `getComment`, `deleteComment`. */
const comments: ResourceSpec = {
	path: '/comments',
	label: 'Comment',
	table: (data) => data.comments,
	remove: true,
};

const SIMPLE: ResourceSpec[] = [
	// picqer-php Client.php `getWarehouses`, `getVatgroups`, `getTemplates`, `getShippingProviders`.
	readOnly('/warehouses', 'Warehouse', (data) => data.warehouses),
	readOnly('/vatgroups', 'VAT group', (data) => data.vatgroups),
	readOnly('/templates', 'Template', (data) => data.templates),
	readOnly('/shippingproviders', 'Shipping provider', (data) => data.shippingproviders),
	// GET /shipments (picqer.com/en/api/picklist-shipments); its filters are not simulated.
	readOnly('/shipments', 'Shipment', (data) => data.shipments),
	// Filters "sincedate, untildate, idproduct, idwarehouse, iduser" (picqer.com/en/api/stockhistory).
	readOnly('/stockhistory', 'Stock history', (data) => data.stockhistory, {
		idproduct: equals('idproduct'),
		idwarehouse: equals('idwarehouse'),
		iduser: equals('iduser'),
		sincedate: since('changed_at'),
		untildate: until('changed_at'),
	}),
	// picqer.com/en/api/changelog (19 November 2025): return reasons and statuses documented.
	readOnly('/return_statuses', 'Return status', (data) => data.returnStatuses),
	readOnly('/return_reasons', 'Return reason', (data) => data.returnReasons),
	suppliers,
	locations,
	comments,
];

export function registerReference(router: Router<Handler>): void {
	// /users/me is the documented credential test (picqer-php Client.php `getCurrentUser`), so it
	// must win over /users/:id.
	router.add(
		'GET',
		'/users/me',
		accepting({}, (ctx) => ok(ctx.data.users.rows[0])),
	);
	// `active` filter: picqer.com/en/api/users.
	registerResource(
		router,
		readOnly('/users', 'User', (data) => data.users, { active: equals('active') }),
	);
	for (const spec of SIMPLE) registerResource(router, spec);
	registerResource(router, tags);
	registerComments(router, {
		path: '/suppliers',
		type: 'supplier',
		label: 'Supplier',
		table: suppliers.table,
	});
	// "This gives you the products … that are currently linked to this location"; paged
	// (picqer.com/en/api/locations; picqer-php Client.php `getProductsOnLocation`).
	router.add(
		'GET',
		'/locations/:id/products',
		accepting({ query: ['offset'] }, (ctx) => {
			const location = findOr404(locations, ctx);
			return ok(pageOf(linkedProducts(ctx, location), ctx));
		}),
	);
}
