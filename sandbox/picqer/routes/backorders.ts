import type { Router } from '../../router';
import { ok, type Handler } from '../context';
import { accepting } from '../contract';
import { equals, since, sinceId } from '../filters';
import { buildPicklist, settleStock, stockIn } from '../model';
import { registerResource, type ResourceSpec } from '../resources';
import type { Backorder } from '../types';

/**
 * Backorders: picqer.com/en/api/backorders (filters `idorder`, `idproduct`, `idcustomer`,
 * `sinceid`, `sincedate`; deleting one also cancels the order line it stood for); picqer-php
 * Client.php `getBackorders`, `getBackorder`, `deleteBackorder`, `processBackorders`.
 */
const backorders: ResourceSpec<Backorder> = {
	path: '/backorders',
	label: 'Backorder',
	table: (data) => data.backorders,
	filters: {
		idorder: equals('idorder'),
		idproduct: equals('idproduct'),
		idcustomer: equals('idcustomer'),
		sinceid: sinceId('idbackorder'),
		sincedate: since('created_at'),
	},
	remove(ctx, backorder) {
		const order = ctx.data.orders.get(backorder.idorder);
		const line = order?.products
			.slice()
			.reverse()
			.find(
				(l) =>
					l.idproduct === backorder.idproduct && l.amount - l.amount_cancelled >= backorder.amount,
			);
		if (line) line.amount_cancelled += backorder.amount;
		ctx.data.backorders.remove(backorder.idbackorder);
	},
};

/** POST /backorders/process: turns every backorder that now has free stock into a picklist. */
const processBackorders: Handler = (ctx) => {
	const processed: number[] = [];
	for (const backorder of [...ctx.data.backorders.rows]) {
		const order = ctx.data.orders.get(backorder.idorder);
		const product = ctx.data.products.get(backorder.idproduct);
		if (!order || !product || (order.status !== 'processing' && order.status !== 'paused'))
			continue;
		const entry = stockIn(product, backorder.idwarehouse);
		if (entry.freestock < backorder.amount) continue;
		const line =
			order.products.find((l) => l.idproduct === backorder.idproduct) ?? order.products[0];
		entry.reservedpicklists += backorder.amount;
		settleStock(entry);
		const picklist = buildPicklist(
			ctx.data,
			order,
			[{ line, amount: backorder.amount }],
			'new',
			new Date(),
		);
		ctx.data.backorders.remove(backorder.idbackorder);
		processed.push(picklist.idpicklist);
		ctx.emit('picklists.created', picklist);
	}
	return ok({ processed_picklists: processed });
};

export function registerBackorders(router: Router<Handler>): void {
	router.add('POST', '/backorders/process', accepting({}, processBackorders));
	registerResource(router, backorders);
}
