import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { created, intField, noContent, ok, queryValue, type Ctx, type Handler } from '../context';
import { accepting, isMissing } from '../contract';
import { ErrorCode, PicqerError, missing, notFound, wrongStatus } from '../errors';
import { beforeId, equals, hasTag, since, sinceId } from '../filters';
import { settleStock, stockIn } from '../model';
import { picqerPdf, pdfResponse } from '../pdf';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { parsePicqerTime, picqerTime } from '../time';
import type { Picklist, Row } from '../types';
import { registerPicklistBatches } from './picklistBatches';
import { stockPayload } from './products';

export const picklists: ResourceSpec<Picklist> = {
	path: '/picklists',
	label: 'Picklist',
	table: (data) => data.picklists,
	// `picklistid`: picqer-php Client.php `getPicklistByPicklistid`; `status`, `idwarehouse`,
	// `assigned_to_iduser`, `sinceid`, `sincedate`: Picqer WMS MCP server (third party);
	// `beforeid`: picqer.com/en/api/changelog (4 December 2025); `idpicklist_batch`: changelog
	// (19 February 2024); `tag`: changelog (16 September 2025).
	filters: {
		picklistid: equals('picklistid'),
		status: equals('status'),
		idwarehouse: equals('idwarehouse'),
		assigned_to_iduser: equals('assigned_to_iduser'),
		idpicklist_batch: equals('idpicklist_batch'),
		sinceid: sinceId('idpicklist'),
		beforeid: beforeId('idpicklist'),
		sincedate: since('updated'),
		tag: hasTag(),
	},
	// PUT: picqer-php Client.php `updatePicklist`; `urgent`, `invoiced`,
	// `idshippingprovider_profile`: Picqer WMS MCP server.
	update: {
		fields: ['urgent', 'invoiced', 'idshippingprovider_profile'],
		event: 'picklists.changed',
	},
};

function isOpen(picklist: Picklist): boolean {
	return picklist.status === 'new' || picklist.status === 'snoozed';
}

/** Picklists in progress: open, or paused (which Picqer lists besides new and snoozed). */
function isActive(picklist: Picklist): boolean {
	return isOpen(picklist) || picklist.status === 'paused';
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
		(ctx.data.picklists.rows.some((p) => p.idorder === order.idorder && isActive(p)) ||
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

/**
 * POST pick: `{product, amount}`, product a productcode or an idproduct (picqer-php Client.php
 * `pickProductOnPicklist`), or `{idpicklist_product, amount}` (EveryPlants Batchmaker client;
 * `idpicklist_product_location`: picqer.com/en/api/changelog, 16 February 2026).
 */
const pickProduct: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	openOr400(picklist);
	const byLine = !isMissing(ctx.body, 'idpicklist_product');
	if (!byLine && isMissing(ctx.body, 'product')) throw missing(['product or idpicklist_product']);
	if (isMissing(ctx.body, 'amount')) throw missing(['amount']);
	const wanted = String(byLine ? ctx.body.idpicklist_product : ctx.body.product);
	const item = picklist.products.find((p) =>
		byLine
			? String(p.idpicklist_product) === wanted
			: p.productcode === wanted || String(p.idproduct) === wanted,
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
	picklist.status = 'snoozed';
	picklist.snoozed_until = String(ctx.body.snooze_until);
	touch(ctx, picklist, 'picklists.snoozed');
	return ok(picklist);
};

/** POST pause `{reason}`, POST resume: Picqer WMS MCP server (third party). */
const pause: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	openOr400(picklist);
	picklist.status = 'paused';
	picklist.paused_reason = String(ctx.body.reason);
	touch(ctx, picklist, 'picklists.paused');
	return ok(picklist);
};

const resume: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	if (picklist.status !== 'paused') throw wrongStatus(`Picklist is ${picklist.status}, not paused`);
	picklist.status = 'new';
	picklist.paused_reason = null;
	touch(ctx, picklist, 'picklists.resumed');
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

/**
 * POST shipments `{idshippingprofile, weight, idpackaging, extrafields, parcels}`: "Picqer requires
 * idshippingprofile and weight" (EveryPlants Batchmaker client; Picqer WMS MCP server). Only for
 * a picklist that is not cancelled; error 26 otherwise. `?return=shipment` answers with the
 * shipment (EveryPlants Batchmaker); what Picqer answers without it is not documented where
 * readable: the simulator gives the picklist.
 */
const createShipment: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	if (picklist.status === 'cancelled') {
		throw new PicqerError(
			400,
			ErrorCode.cannotCreateShipment,
			'Cannot create shipment for a cancelled picklist',
		);
	}
	const wanted = ctx.body.idshippingprofile;
	const profile = profiles(ctx).find((p) => p.idshippingprovider_profile === Number(wanted));
	if (!profile) {
		throw new PicqerError(
			400,
			ErrorCode.cannotCreateShipment,
			`Unknown idshippingprofile ${String(wanted)}`,
		);
	}
	const weight = ctx.body.weight ?? null;
	const shipment = ctx.data.shipments.create((idshipment) => {
		const trackingcode = `3S${String(idshipment).padStart(10, '0')}`;
		return {
			idshipment,
			idpicklist: picklist.idpicklist,
			idorder: picklist.idorder,
			idreturn: null,
			idshippingprovider: profile.idshippingprovider,
			idshippingprovider_profile: profile.idshippingprovider_profile,
			idpackaging: ctx.body.idpackaging ?? null,
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
			weight,
			cancelled: false,
			created: picqerTime(),
			parcels: [{ idparcel: idshipment * 10 + 1, tracking_code: trackingcode, weight }],
		};
	});
	ctx.emit('picklists.shipments.created', { ...picklist, shipment });
	return created(queryValue(ctx.query, 'return') === 'shipment' ? shipment : picklist);
};

/** A shipment "can be cancelled within 5 minutes after creation" (picqer.com/en/api/picklist-shipments). */
const CANCEL_WINDOW_MS = 5 * 60_000;

/**
 * DELETE /picklists/{id}/shipments/{idshipment}: EveryPlants Batchmaker client ("only possible
 * within 5 minutes after creation"; Picqer does not tell the carrier). The answer's body is not
 * documented where readable: the simulator answers 204.
 */
const cancelShipment: Handler = (ctx) => {
	const picklist = findOr404(picklists, ctx);
	const shipment = ctx.data.shipments.get(ctx.params.idshipment);
	if (!shipment || shipment.idpicklist !== picklist.idpicklist) throw notFound('Shipment');
	if (shipment.cancelled) throw wrongStatus('Shipment is already cancelled');
	if (Date.now() - parsePicqerTime(String(shipment.created)) > CANCEL_WINDOW_MS) {
		throw wrongStatus('A shipment can only be cancelled within 5 minutes after creation');
	}
	shipment.cancelled = true;
	ctx.emit('picklists.shipments.cancelled', { ...picklist, shipment });
	return noContent();
};

/** The lines of a picklist as its documents print them. */
export function documentLines(picklist: Picklist): string[] {
	return picklist.products.map((p) => `${p.amount} x ${p.productcode} ${p.name}`);
}

export function registerPicklists(router: Router<Handler>): void {
	// Batches first: /picklists/batches must not be read as a picklist with id "batches".
	registerPicklistBatches(router);
	registerResource(router, picklists);
	// picqer-php Client.php `closePicklist`, `cancelPicklist`, `pickallPicklist`,
	// `unassignPicklist`; `assignPicklistToUser` `{iduser}`; `snoozePicklist` `{snooze_until}`.
	const action = (name: string, handler: Handler, contract = {}) =>
		router.add('POST', `/picklists/:id/${name}`, accepting(contract, handler));
	action('close', closePicklist);
	action('cancel', cancelPicklist);
	action('pick', pickProduct, {
		body: ['product', 'idpicklist_product', 'idpicklist_product_location', 'amount'],
	});
	action('pickall', pickAll);
	action('assign', assign, { body: ['iduser'], required: ['iduser'] });
	action('unassign', unassign);
	action('snooze', snooze, { body: ['snooze_until'], required: ['snooze_until'] });
	action('pause', pause, { body: ['reason'], required: ['reason'] });
	action('resume', resume);
	router.add(
		'POST',
		'/picklists/:id/shipments',
		accepting(
			{
				query: ['return'],
				body: ['idshippingprofile', 'weight', 'idpackaging', 'extrafields', 'parcels'],
				required: ['idshippingprofile', 'weight'],
			},
			createShipment,
		),
	);
	router.add('DELETE', '/picklists/:id/shipments/:idshipment', accepting({}, cancelShipment));
	// picqer-php Client.php `getShipments`; shippingmethods: picqer.com/en/api/picklist-shipments.
	router.add(
		'GET',
		'/picklists/:id/shipments',
		accepting({}, (ctx) => {
			const picklist = findOr404(picklists, ctx);
			return ok(ctx.data.shipments.rows.filter((s) => s.idpicklist === picklist.idpicklist));
		}),
	);
	router.add(
		'GET',
		'/picklists/:id/shippingmethods',
		accepting({}, (ctx) => {
			findOr404(picklists, ctx);
			return ok(profiles(ctx));
		}),
	);
	// picqer-php Client.php `getPicklistPdf`, `getPackinglistPdf`.
	router.add(
		'GET',
		'/picklists/:id/picklistpdf',
		accepting({}, (ctx) => {
			const picklist = findOr404(picklists, ctx);
			return pdfResponse(picqerPdf(`Picklist ${picklist.picklistid}`, documentLines(picklist)));
		}),
	);
	router.add(
		'GET',
		'/picklists/:id/packinglistpdf',
		accepting({}, (ctx) => {
			const picklist = findOr404(picklists, ctx);
			return pdfResponse(
				picqerPdf(`Packing list ${picklist.picklistid}`, [
					String(picklist.deliveryname ?? ''),
					...documentLines(picklist),
				]),
			);
		}),
	);
	registerComments(router, {
		path: '/picklists',
		type: 'picklist',
		label: 'Picklist',
		table: picklists.table,
	});
}
