import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { created, intField, missingFields, ok, type Ctx, type Handler } from '../context';
import { ErrorCode, PicqerError, missing, notFound } from '../errors';
import { beforeId, equals, hasTag, since, sinceId } from '../filters';
import { settleStock, stockIn } from '../model';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Picklist, Row } from '../types';
import { stockPayload } from './products';

export const picklists: ResourceSpec<Picklist> = {
	path: '/picklists',
	label: 'Picklist',
	table: (data) => data.picklists,
	filters: {
		picklistid: equals('picklistid'),
		status: equals('status'),
		idorder: equals('idorder'),
		idcustomer: equals('idcustomer'),
		idwarehouse: equals('idwarehouse'),
		assigned_to_iduser: equals('assigned_to_iduser'),
		sinceid: sinceId('idpicklist'),
		beforeid: beforeId('idpicklist'),
		sincedate: since('updated'),
		tag: hasTag(),
	},
	update: {
		fields: [
			'preferred_delivery_date',
			'urgent',
			'idshippingprovider_profile',
			'deliveryname',
			'deliveryaddress',
			'deliveryzipcode',
			'deliverycity',
			'deliverycountry',
		],
		event: 'picklists.changed',
	},
};

function isOpen(picklist: Picklist): boolean {
	return picklist.status === 'new' || picklist.status === 'snoozed';
}

function openOr400(picklist: Picklist): void {
	if (!isOpen(picklist)) {
		throw new PicqerError(
			400,
			ErrorCode.picklistNotOpen,
			`Picklist is ${picklist.status}, not open`,
		);
	}
}

/** Gives back the stock a picklist reserved (on cancel). */
export function releasePicklist(ctx: Ctx, picklist: Picklist): void {
	for (const item of picklist.products) {
		const product = ctx.data.products.get(item.idproduct);
		if (!product) continue;
		const entry = stockIn(product, picklist.idwarehouse);
		entry.reservedpicklists = Math.max(0, entry.reservedpicklists - item.amount);
		settleStock(entry);
		ctx.emit('products.free_stock_changed', stockPayload(product));
	}
}

function touch(ctx: Ctx, picklist: Picklist, event: string): void {
	picklist.updated = picqerTime();
	ctx.emit(event, picklist);
}

/** Closing ships the goods: stock and reservations go down, and the order completes when nothing is left. */
const closePicklist: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	openOr400(picklist);
	for (const item of picklist.products) {
		item.amount_picked = item.amount;
		const product = ctx.data.products.get(item.idproduct);
		if (!product) continue;
		const entry = stockIn(product, picklist.idwarehouse);
		entry.reservedpicklists = Math.max(0, entry.reservedpicklists - item.amount);
		entry.stock = Math.max(0, entry.stock - item.amount);
		settleStock(entry);
		ctx.emit('products.stock_changed', stockPayload(product));
	}
	const time = picqerTime();
	picklist.status = 'closed';
	picklist.totalpicked = picklist.totalproducts;
	picklist.closed_at = time;
	picklist.closed_by_iduser = ctx.data.users.rows[0].iduser;
	touch(ctx, picklist, 'picklists.closed');
	const order = picklist.idorder ? ctx.data.orders.get(picklist.idorder) : undefined;
	const busy =
		order &&
		(ctx.data.picklists.rows.some((p) => p.idorder === order.idorder && isOpen(p)) ||
			ctx.data.backorders.rows.some((b) => b.idorder === order.idorder));
	if (order && !busy && order.status === 'processing') {
		order.status = 'completed';
		order.updated = time;
		ctx.emit('orders.status_changed', order);
		ctx.emit('orders.completed', order);
	}
	return ok(picklist);
};

const cancelPicklist: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	openOr400(picklist);
	releasePicklist(ctx, picklist);
	picklist.status = 'cancelled';
	touch(ctx, picklist, 'picklists.cancelled');
	return ok(picklist);
};

/** POST pick `{product, amount}`: product is a productcode or an idproduct. */
const pickProduct: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	openOr400(picklist);
	const absent = missingFields(ctx.body, ['product', 'amount']);
	if (absent.length > 0) throw missing(absent);
	const wanted = String(ctx.body.product);
	const item = picklist.products.find(
		(p) => p.productcode === wanted || String(p.idproduct) === wanted,
	);
	if (!item)
		throw new PicqerError(
			400,
			ErrorCode.productNotOnPicklist,
			`Product ${wanted} is not on this picklist`,
		);
	const amount = intField(ctx.body, 'amount');
	if (amount <= 0 || item.amount_picked + amount > item.amount) {
		throw new PicqerError(
			400,
			ErrorCode.pickTooMany,
			`Cannot pick ${amount}: ${item.amount - item.amount_picked} left to pick`,
		);
	}
	item.amount_picked += amount;
	picklist.totalpicked += amount;
	touch(ctx, picklist, 'picklists.changed');
	return ok(picklist);
};

const pickAll: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	openOr400(picklist);
	for (const item of picklist.products) item.amount_picked = item.amount;
	picklist.totalpicked = picklist.totalproducts;
	touch(ctx, picklist, 'picklists.changed');
	return ok(picklist);
};

const assign: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	const user = ctx.data.users.get(intField(ctx.body, 'iduser'));
	if (!user) throw notFound('User');
	picklist.assigned_to_iduser = user.iduser as number;
	touch(ctx, picklist, 'picklists.changed');
	return ok(picklist);
};

const unassign: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	picklist.assigned_to_iduser = null;
	touch(ctx, picklist, 'picklists.changed');
	return ok(picklist);
};

const snooze: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	openOr400(picklist);
	if (missingFields(ctx.body, ['snooze_until']).length > 0) throw missing(['snooze_until']);
	picklist.status = 'snoozed';
	picklist.snoozed_until = String(ctx.body.snooze_until);
	touch(ctx, picklist, 'picklists.snoozed');
	return ok(picklist);
};

function profiles(ctx: Ctx): Row[] {
	return ctx.data.shippingproviders.rows.flatMap((provider) =>
		(provider.profiles as Row[]).map((profile) => ({
			...profile,
			idshippingprovider: provider.idshippingprovider,
			shippingprovider_name: provider.name,
		})),
	);
}

/** POST shipments: only for a picklist that is not cancelled; error 26 otherwise. */
const createShipment: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	if (picklist.status === 'cancelled') {
		throw new PicqerError(
			400,
			ErrorCode.cannotCreateShipment,
			'Cannot create shipment for a cancelled picklist',
		);
	}
	const wanted = ctx.body.idshippingprovider_profile ?? picklist.idshippingprovider_profile;
	const profile =
		wanted == null
			? profiles(ctx)[0]
			: profiles(ctx).find((p) => p.idshippingprovider_profile === Number(wanted));
	if (!profile) {
		throw new PicqerError(
			400,
			ErrorCode.cannotCreateShipment,
			`Unknown idshippingprovider_profile ${String(wanted)}`,
		);
	}
	const shipment = ctx.data.shipments.create((idshipment) => {
		const trackingcode = `3S${String(idshipment).padStart(10, '0')}`;
		return {
			idshipment,
			idpicklist: picklist.idpicklist,
			idorder: picklist.idorder,
			idreturn: null,
			idshippingprovider: profile.idshippingprovider,
			idshippingprovider_profile: profile.idshippingprovider_profile,
			provider: String(profile.shippingprovider_name).toLowerCase(),
			providername: profile.shippingprovider_name,
			public_providername: profile.shippingprovider_name,
			profile_name: profile.name,
			carrier_key: String(profile.carrier).toLowerCase().replace(/\s+/g, '-'),
			labelurl: `https://example.picqer.com/shipments/${idshipment}/label.pdf`,
			labelurl_pdf: `https://example.picqer.com/shipments/${idshipment}/label.pdf`,
			trackingcode,
			trackingurl: `https://tracking.example.com/${trackingcode}`,
			tracktraceurl: `https://tracking.example.com/${trackingcode}`,
			cancelled: false,
			created: picqerTime(),
			parcels: [
				{ idshipment_parcel: idshipment * 10 + 1, trackingcode, weight: ctx.body.weight ?? null },
			],
		};
	});
	ctx.emit('picklists.shipments.created', { ...picklist, shipment });
	return created(shipment);
};

export function registerPicklists(router: Router<Handler>): void {
	registerResource(router, picklists);
	const action = (name: string, handler: Handler) =>
		router.add('POST', `/picklists/:id/${name}`, handler);
	action('close', closePicklist);
	action('cancel', cancelPicklist);
	action('pick', pickProduct);
	action('pickall', pickAll);
	action('assign', assign);
	action('unassign', unassign);
	action('snooze', snooze);
	action('shipments', createShipment);
	router.add('GET', '/picklists/:id/shipments', (ctx) => {
		const picklist = findOr404(picklists, ctx);
		return ok(ctx.data.shipments.rows.filter((s) => s.idpicklist === picklist.idpicklist));
	});
	router.add('GET', '/picklists/:id/shippingmethods', (ctx) => {
		findOr404(picklists, ctx);
		return ok(profiles(ctx));
	});
	registerComments(router, {
		path: '/picklists',
		type: 'picklist',
		label: 'Picklist',
		table: picklists.table,
	});
}
