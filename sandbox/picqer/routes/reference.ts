import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { ok, type Handler } from '../context';
import { ErrorCode, PicqerError } from '../errors';
import { equals, search, since, sinceId } from '../filters';
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

const suppliers: ResourceSpec = {
	path: '/suppliers',
	label: 'Supplier',
	table: (data) => data.suppliers,
	filters: { search: search('name', 'emailaddress', 'contactname') },
	create: {
		required: ['name'],
		build: (ctx, idsupplier) => ({
			idsupplier,
			idtemplate: null,
			idpurchaseorder_template: null,
			name: String(ctx.body.name),
			contactname: ctx.body.contactname ?? null,
			telephone: ctx.body.telephone ?? null,
			emailaddress: ctx.body.emailaddress ?? null,
			website: ctx.body.website ?? null,
			address: ctx.body.address ?? null,
			address2: ctx.body.address2 ?? null,
			zipcode: ctx.body.zipcode ?? null,
			city: ctx.body.city ?? null,
			region: ctx.body.region ?? null,
			country: ctx.body.country ?? null,
			language: ctx.body.language ?? 'en',
			remarks: ctx.body.remarks ?? null,
			delivery_time: ctx.body.delivery_time ?? null,
			active: true,
		}),
	},
	update: {
		fields: [
			'name',
			'contactname',
			'telephone',
			'emailaddress',
			'website',
			'address',
			'address2',
			'zipcode',
			'city',
			'region',
			'country',
			'language',
			'remarks',
			'delivery_time',
			'active',
		],
	},
};

const tags: ResourceSpec<Tag> = {
	path: '/tags',
	label: 'Tag',
	table: (data) => data.tags,
	filters: { search: search('title') },
	create: {
		required: ['title'],
		validate(ctx) {
			const title = String(ctx.body.title);
			if (ctx.data.tags.rows.some((t) => t.title === title)) {
				throw new PicqerError(400, ErrorCode.missingParameters, `Tag "${title}" already exists`);
			}
		},
		build: (ctx, idtag) => ({
			idtag,
			title: String(ctx.body.title),
			color: String(ctx.body.color ?? '#3498db'),
			inherit: Boolean(ctx.body.inherit ?? false),
			textColor: '#ffffff',
		}),
	},
	remove: true,
};

const locations: ResourceSpec = {
	path: '/locations',
	label: 'Location',
	table: (data) => data.locations,
	filters: { idwarehouse: equals('idwarehouse'), name: equals('name'), search: search('name') },
	create: {
		required: ['idwarehouse', 'name'],
		validate(ctx) {
			if (!ctx.data.warehouses.get(Number(ctx.body.idwarehouse))) {
				throw new PicqerError(400, ErrorCode.notFound, 'Warehouse not found');
			}
		},
		build: (ctx, idlocation) => ({
			idlocation,
			idwarehouse: Number(ctx.body.idwarehouse),
			idlocation_type: ctx.body.idlocation_type ?? null,
			parent_idlocation: ctx.body.parent_idlocation ?? null,
			name: String(ctx.body.name),
			remarks: ctx.body.remarks ?? null,
			unlink_on_empty: Boolean(ctx.body.unlink_on_empty ?? false),
			is_bulk_location: Boolean(ctx.body.is_bulk_location ?? false),
			is_deletable: true,
		}),
	},
	update: {
		fields: ['name', 'remarks', 'parent_idlocation', 'unlink_on_empty', 'is_bulk_location'],
	},
	remove: (ctx, location) => {
		if (!location.is_deletable) {
			throw new PicqerError(
				400,
				ErrorCode.wrongStatus,
				'Location still holds stock and cannot be deleted',
			);
		}
		ctx.data.locations.remove(location.idlocation as number);
	},
};

const comments: ResourceSpec = {
	path: '/comments',
	label: 'Comment',
	table: (data) => data.comments,
	remove: true,
};

const SIMPLE: ResourceSpec[] = [
	readOnly('/warehouses', 'Warehouse', (data) => data.warehouses),
	readOnly('/vatgroups', 'VAT group', (data) => data.vatgroups),
	readOnly('/templates', 'Template', (data) => data.templates),
	readOnly('/shippingproviders', 'Shipping provider', (data) => data.shippingproviders),
	readOnly('/shipments', 'Shipment', (data) => data.shipments, {
		idpicklist: equals('idpicklist'),
		idorder: equals('idorder'),
	}),
	readOnly('/stockhistory', 'Stock history', (data) => data.stockhistory, {
		idproduct: equals('idproduct'),
		idwarehouse: equals('idwarehouse'),
		iduser: equals('iduser'),
		sinceid: sinceId('idproduct_stock_history'),
		sincedate: since('changed_at'),
	}),
	readOnly('/return_statuses', 'Return status', (data) => data.returnStatuses),
	readOnly('/return_reasons', 'Return reason', (data) => data.returnReasons),
	suppliers,
	locations,
	comments,
];

export function registerReference(router: Router<Handler>): void {
	// /users/me is the documented credential test, so it must win over /users/:id.
	router.add('GET', '/users/me', (ctx) => ok(ctx.data.users.rows[0]));
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
	router.add('GET', '/locations/:id/products', (ctx) => {
		const location = findOr404(locations, ctx);
		const linked = ctx.data.products.rows.filter((p) =>
			((p.locations as Row[] | undefined) ?? []).some((l) => l.idlocation === location.idlocation),
		);
		return ok(pageOf(linked, ctx));
	});
}
