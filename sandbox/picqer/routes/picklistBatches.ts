import type { Router } from '../../router';
import { created, noContent, ok, queryValue, type Ctx, type Handler } from '../context';
import { accepting, isMissing } from '../contract';
import { ErrorCode, PicqerError, missing, notFound, wrongStatus } from '../errors';
import { equals } from '../filters';
import { picqerPdf, pdfResponse } from '../pdf';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Picklist, PicklistBatch, Row } from '../types';
import { documentLines } from './picklists';

/**
 * Picklist batches: picqer.com/en/api/picklist-batches (attributes, list filters); picqer-php
 * Client.php `getPicklistBatches`, `getPicklistBatch`; create, assign, add and remove picklists,
 * PDF: EveryPlants Batchmaker client and Picqer WMS MCP server (third party).
 */
const batches: ResourceSpec<PicklistBatch> = {
	path: '/picklists/batches',
	label: 'Picklist batch',
	table: (data) => data.picklistBatches,
	// "idwarehouse, assigned_to_iduser, type (singles or normal), status (open or completed)".
	filters: {
		idwarehouse: equals('idwarehouse'),
		assigned_to_iduser: (row, value) => String(row.assigned_to?.iduser) === value,
		type: equals('type'),
		status: equals('status'),
	},
};

function picklistsOf(ctx: Ctx, batch: PicklistBatch): Picklist[] {
	return ctx.data.picklists.rows.filter((p) => p.idpicklist_batch === batch.idpicklist_batch);
}

/** Keeps the counts and the update time of a batch right after its picklists change. */
function settle(ctx: Ctx, batch: PicklistBatch, event = 'picklist_batches.changed') {
	const members = picklistsOf(ctx, batch);
	batch.total_picklists = members.length;
	batch.total_products = members.reduce((sum, p) => sum + p.totalproducts, 0);
	batch.updated_at = picqerTime();
	ctx.emit(event, batch);
}

/** A single batch also lists its picklists (no vendor source for their shape there). */
function detail(ctx: Ctx, batch: PicklistBatch): Row {
	return {
		...batch,
		picklists: picklistsOf(ctx, batch).map((p) => ({
			idpicklist: p.idpicklist,
			picklistid: p.picklistid,
			status: p.status,
			total_products: p.totalproducts,
		})),
	};
}

/** A picklist that may join a batch: open, not in another batch, in the batch's warehouse. */
function joinable(ctx: Ctx, id: unknown, idwarehouse?: number): Picklist {
	const picklist = ctx.data.picklists.get(Number(id));
	if (!picklist) throw new PicqerError(400, ErrorCode.notFound, `Picklist ${String(id)} not found`);
	if (picklist.status !== 'new') throw wrongStatus(`Picklist ${picklist.picklistid} is not open`);
	if (picklist.idpicklist_batch !== null) {
		throw wrongStatus(`Picklist ${picklist.picklistid} is already in a batch`);
	}
	if (idwarehouse !== undefined && picklist.idwarehouse !== idwarehouse) {
		throw wrongStatus(`Picklist ${picklist.picklistid} is in another warehouse`);
	}
	return picklist;
}

/**
 * POST /picklists/batches `{idpicklists: [...]}` (EveryPlants Batchmaker) or
 * `{idpicklist_batch_preset}` (Picqer WMS MCP server; presets: picqer.com/en/api/picklist-batch-presets).
 * The simulator has no presets, so it takes picklists only.
 */
const createBatch: Handler = (ctx) => {
	if (!isMissing(ctx.body, 'idpicklist_batch_preset')) throw notFound('Picklist batch preset');
	const ids = ctx.body.idpicklists;
	if (!Array.isArray(ids) || ids.length === 0) throw missing(['idpicklists']);
	const first = joinable(ctx, ids[0]);
	const members = ids.map((id) => joinable(ctx, id, first.idwarehouse));
	const time = picqerTime();
	const batch = ctx.data.picklistBatches.create((idpicklist_batch) => ({
		idpicklist_batch,
		picklist_batchid: ctx.data.picklistBatches.size + 1,
		idwarehouse: first.idwarehouse,
		// "singles" batches hold picklists of one product line each (no vendor source for the rule).
		type: members.every((p) => p.products.length === 1) ? 'singles' : 'normal',
		status: 'open',
		assigned_to: null,
		completed_by: null,
		total_products: 0,
		total_picklists: 0,
		completed_at: null,
		created_at: time,
		updated_at: time,
	}));
	for (const picklist of members) picklist.idpicklist_batch = batch.idpicklist_batch;
	settle(ctx, batch, 'picklist_batches.created');
	return created(detail(ctx, batch));
};

/** POST …/{id}/assign `{iduser}`; `iduser: null` unassigns (Picqer WMS MCP server). */
const assignBatch: Handler = (ctx) => {
	const batch = findOr404(batches, ctx);
	if (ctx.body.iduser === null) {
		batch.assigned_to = null;
	} else {
		const user = ctx.data.users.get(Number(ctx.body.iduser));
		if (!user) throw notFound('User');
		batch.assigned_to = {
			iduser: user.iduser as number,
			full_name: `${String(user.firstname)} ${String(user.lastname)}`,
			username: String(user.username),
		};
	}
	settle(ctx, batch);
	return ok(detail(ctx, batch));
};

/** POST …/{id}/picklists `{idpicklist}` (EveryPlants Batchmaker). */
const addPicklist: Handler = (ctx) => {
	const batch = findOr404(batches, ctx);
	if (batch.status !== 'open') throw wrongStatus('Picklist batch is completed');
	joinable(ctx, ctx.body.idpicklist, batch.idwarehouse).idpicklist_batch = batch.idpicklist_batch;
	settle(ctx, batch);
	return ok(detail(ctx, batch));
};

/** DELETE …/{id}/picklists/{idpicklist} (EveryPlants Batchmaker). */
const removePicklist: Handler = (ctx) => {
	const batch = findOr404(batches, ctx);
	const picklist = picklistsOf(ctx, batch).find(
		(p) => String(p.idpicklist) === ctx.params.idpicklist,
	);
	if (!picklist) throw notFound('Picklist');
	picklist.idpicklist_batch = null;
	settle(ctx, batch);
	return noContent();
};

/**
 * GET …/{id}/pdf `?includePicklists&includePackinglists` (EveryPlants Batchmaker reads the PDF's
 * bytes). Which pages come without either option: no vendor source; the simulator prints the
 * batch summary first and adds the documents asked for.
 */
const batchPdf: Handler = (ctx) => {
	const batch = findOr404(batches, ctx);
	const asked = (name: string) => ['true', '1'].includes(queryValue(ctx.query, name) ?? '');
	const members = picklistsOf(ctx, batch);
	const lines = members.map((p) => `Picklist ${p.picklistid}: ${p.totalproducts} products`);
	if (asked('includePicklists')) lines.push(...members.flatMap((p) => documentLines(p)));
	if (asked('includePackinglists'))
		lines.push(...members.map((p) => `Packing list ${p.picklistid}: ${String(p.deliveryname)}`));
	return pdfResponse(picqerPdf(`Picklist batch ${batch.picklist_batchid}`, lines));
};

export function registerPicklistBatches(router: Router<Handler>): void {
	router.add(
		'POST',
		'/picklists/batches',
		accepting({ body: ['idpicklists', 'idpicklist_batch_preset'] }, createBatch),
	);
	router.add(
		'GET',
		'/picklists/batches/:id',
		accepting({}, (ctx) => ok(detail(ctx, findOr404(batches, ctx)))),
	);
	registerResource(router, { ...batches, get: false });
	router.add(
		'POST',
		'/picklists/batches/:id/assign',
		accepting({ body: ['iduser'] }, (ctx) => {
			if (!('iduser' in ctx.body)) throw missing(['iduser']);
			return assignBatch(ctx);
		}),
	);
	router.add(
		'POST',
		'/picklists/batches/:id/picklists',
		accepting({ body: ['idpicklist'], required: ['idpicklist'] }, addPicklist),
	);
	router.add(
		'DELETE',
		'/picklists/batches/:id/picklists/:idpicklist',
		accepting({}, removePicklist),
	);
	router.add(
		'GET',
		'/picklists/batches/:id/pdf',
		accepting({ query: ['includePicklists', 'includePackinglists'] }, batchPdf),
	);
}
