import type { DeliveryResult, WebhookDeliverer } from '../webhooks';
import { hmacSha256Base64 } from '../webhooks';
import type { PicqerData } from './data';
import { picqerTime } from './time';
import type { Hook } from './types';

/** Events Picqer documents for hooks. */
export const PICQER_EVENTS = [
	'comments.created',
	'movements.moved',
	'orders.created',
	'orders.allocated',
	'orders.closed',
	'orders.paused',
	'orders.resumed',
	'orders.status_changed',
	'orders.completed',
	'orders.notes.created',
	'picklists.created',
	'picklists.changed',
	'picklists.paused',
	'picklists.resumed',
	'picklists.closed',
	'picklists.cancelled',
	'picklists.snoozed',
	'picklists.unsnoozed',
	'picklists.shipments.created',
	'picklists.shipments.cancelled',
	'picklist_batches.created',
	'picklist_batches.changed',
	'picklist_batches.completed',
	'products.created',
	'products.changed',
	'products.free_stock_changed',
	'products.stock_changed',
	'products.assembled_stock_changed',
	'products.stock_on_location_changed',
	'products.parts.changed',
	'purchase_orders.created',
	'purchase_orders.changed',
	'purchase_orders.purchased',
	'receipts.created',
	'receipts.completed',
	'receipts.product_received',
	'receipts.product_reverted',
	'returns.created',
	'returns.changed',
	'returns.status_changed',
	'returns.products_received',
	'location_stock_counts.completed',
	'tasks.created',
	'tasks.changed',
	'tasks.deleted',
	'tasks.completed',
	'tasks.uncompleted',
] as const;

export interface HookDelivery extends DeliveryResult {
	account: string;
	idhook: number;
	event: string;
}

/** A hook as the API shows it: whether it has a secret, never the secret. */
export function publicHook(hook: Hook): Record<string, unknown> {
	return {
		idhook: hook.idhook,
		name: hook.name,
		event: hook.event,
		address: hook.address,
		active: hook.active,
		secret: hook.secretValue !== null,
	};
}

/** Sends Picqer's signed webhook POSTs to an account's active hooks and keeps a log of results. */
export class PicqerWebhooks {
	readonly deliveries: HookDelivery[] = [];

	constructor(private readonly deliverer: WebhookDeliverer) {}

	emit(
		account: string,
		data: PicqerData,
		event: string,
		payload: unknown,
	): Promise<HookDelivery[]> {
		const hooks = data.hooks.rows.filter((h) => h.active && h.event === event);
		const triggeredAt = picqerTime();
		return Promise.all(
			hooks.map(async (hook) => {
				const body = JSON.stringify({
					idhook: hook.idhook,
					name: hook.name,
					event,
					event_triggered_at: triggeredAt,
					data: payload,
				});
				const headers: Record<string, string> = { 'user-agent': 'Picqer Webhooks' };
				if (hook.secretValue !== null) {
					headers['x-picqer-signature'] = hmacSha256Base64(body, hook.secretValue);
				}
				const result = await this.deliverer.post(hook.address, body, headers);
				const delivery = { account, idhook: hook.idhook, event, ...result };
				this.deliveries.push(delivery);
				return delivery;
			}),
		);
	}

	clear(): void {
		this.deliveries.length = 0;
	}
}
