import type { Router } from '../../router';
import { LIST_PARAMS, ok, takes, type Ctx, type Handler } from '../context';
import { CrmError } from '../errors';
import { applyFilters, dateFrom, dateTo, equals, inList, type Filter } from '../filters';
import { creationChanges } from '../history';
import { entity, findById, paginate, scalar, visible } from '../params';
import type { Entity, Order, Row } from '../types';
import { historyList } from './history';
import { blank } from './resource';

/** The order a pack's line belongs to. */
function orderOf(ctx: Ctx, pack: Entity): Order | undefined {
	const item = pack.item as Row;
	return ctx.data.orders.get(Number((item.order as Row).id));
}

/** A pack as a history record shows it: id and its line with the order (PacksTest testHistory). */
const packSummary = (pack: Entity): Row => ({ id: pack.id, item: pack.item });

/**
 * A subset of api-client-php src/Model/Filter/Packs/OrderProductPackFilter.php (`stores` is
 * string[] there; api-client-go's PacksFilter sends it without brackets: unconfirmed which
 * RetailCRM reads, the simulator takes the PHP client's list).
 */
const PACK_FILTERS: Record<string, Filter<Entity>> = {
	ids: inList('id'),
	stores: inList('store'),
	itemId: (p, v) => String((p.item as Row).id) === scalar(v),
	orderId: (p, v) => String(((p.item as Row).order as Row).id) === scalar(v),
	orderExternalId: (p, v) => String(((p.item as Row).order as Row).externalId) === scalar(v),
	offerExternalId: (p, v) => String(((p.item as Row).offer as Row).externalId) === scalar(v),
	shipmentDateFrom: dateFrom('shipmentDate'),
	shipmentDateTo: dateTo('shipmentDate'),
	invoiceNumber: equals('invoiceNumber'),
	deliveryNoteNumber: equals('deliveryNoteNumber'),
};

const PACK_FIELDS = [
	'purchasePrice',
	'quantity',
	'store',
	'shipmentDate',
	'invoiceNumber',
	'deliveryNoteNumber',
] as const;

/**
 * POST /orders/packs/create: `pack` = {itemId, store, quantity, ...} (api-client-php
 * src/Model/Request/Packs/PacksCreateRequest.php, src/Model/Entity/Packs/OrderProductPack.php),
 * answered `{success, id}` with 200 (tests/src/ResourceGroup/PacksTest.php testCreate). Which
 * fields RetailCRM requires (the line, the warehouse and a quantity here): no vendor source found.
 */
const createPack: Handler = (ctx) => {
	const input = entity<Row>(ctx, 'pack');
	const errors: Record<string, string> = {};
	const order = ctx.data.orders.rows.find(
		(o) => visible(ctx, o) && o.items.some((item) => String(item.id) === String(input.itemId)),
	);
	if (input.itemId === undefined) errors.itemId = blank;
	else if (!order) errors.itemId = `Order product with id=${String(input.itemId)} not found.`;
	if (input.store === undefined || input.store === '') errors.store = blank;
	else if (!ctx.data.reference.stores[String(input.store)])
		errors.store = `Store with code ${String(input.store)} not found.`;
	if (!(Number(input.quantity) > 0)) errors.quantity = 'This value should be greater than 0.';
	if (input.shipmentDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(input.shipmentDate)))
		errors.shipmentDate = 'This value is not a valid date.';
	if (Object.keys(errors).length > 0 || !order)
		throw new CrmError(400, 'Pack is not created', errors);
	const line = order.items.find((item) => String(item.id) === String(input.itemId));
	const pack = ctx.data.packs.create((id) => ({
		id,
		...Object.fromEntries(
			PACK_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]),
		),
		quantity: Number(input.quantity),
		item: {
			id: line?.id,
			order: { id: order.id, externalId: order.externalId },
			offer: line?.offer,
		},
		site: order.site,
	}));
	ctx.data.packHistory.add(
		pack,
		creationChanges({ store: pack.store }),
		ctx.actor,
		packSummary,
		ctx.now,
	);
	return ok({ id: pack.id });
};

/**
 * Order packs (api-client-php src/ResourceGroup/Packs.php): list (`packs`), create, history,
 * get (`pack`), delete. Registered before `/orders/{id}`, which would take `packs` for an id.
 */
export function registerPacks(router: Router<Handler>): void {
	router
		.add(
			'GET',
			'/api/v5/orders/packs',
			takes(LIST_PARAMS, (ctx) => {
				const rows = ctx.data.packs.rows.filter((p) => visible(ctx, p));
				const page = paginate(ctx, applyFilters(ctx, rows, PACK_FILTERS));
				return ok({ pagination: page.pagination, packs: page.items });
			}),
		)
		.add('POST', '/api/v5/orders/packs/create', takes(['pack'], createPack))
		// Pack history: OrderProductPackHistoryFilterType (orderId, orderExternalId, sinceId, dates).
		.add(
			'GET',
			'/api/v5/orders/packs/history',
			takes(LIST_PARAMS, (ctx) =>
				historyList(ctx, ctx.data.packHistory, 'pack', {
					orderId: (record, value) =>
						String(((record.entity.item as Row).order as Row).id) === scalar(value),
					orderExternalId: (record, value) =>
						String(((record.entity.item as Row).order as Row).externalId) === scalar(value),
				}),
			),
		)
		.add(
			'GET',
			'/api/v5/orders/packs/:id',
			takes([], (ctx) => {
				const pack = findById(ctx.data.packs, ctx.params.id);
				if (!visible(ctx, pack) || !orderOf(ctx, pack)) throw new CrmError(404, 'Not found');
				return ok({ pack });
			}),
		)
		.add(
			'POST',
			'/api/v5/orders/packs/:id/delete',
			takes([], (ctx) => {
				const pack = findById(ctx.data.packs, ctx.params.id);
				if (!visible(ctx, pack)) throw new CrmError(404, 'Not found');
				ctx.data.packs.remove(pack.id);
				ctx.data.packHistory.add(
					pack,
					[{ field: 'store', oldValue: { code: pack.store }, newValue: null, deleted: true }],
					ctx.actor,
					packSummary,
					ctx.now,
				);
				return ok();
			}),
		);
}
