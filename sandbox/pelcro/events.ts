import { randomBytes } from 'node:crypto';

import type { DeliveryResult, WebhookDeliverer } from '../webhooks';
import { hmacSha256Base64 } from '../webhooks';
import type { PelcroData, Row } from './store';
import { unixNow } from './store';

/**
 * Event names as registered: lowercase snake_case (docs.pelcro.com/reference/api-core-webhook,
 * "Event names"); delivered with a dotted `type` (D/webhooks-subscriptions, D/webhooks-invoices,
 * D/event-customer-created, D/event-charge-refunded; address_created from
 * R/api-core-webhook-object-attributes; invoice_paid from the "Common Event Types" table).
 */
export const PELCRO_EVENTS = [
	'subscription_created',
	'subscription_updated',
	'subscription_changed',
	'subscription_canceled',
	'subscription_renewed',
	'subscription_expired',
	'subscription_trial_will_end',
	'subscription_gift_notification',
	'invoice_created',
	'invoice_updated',
	'invoice_upcoming',
	'invoice_paid',
	'invoice_payment_succeeded',
	'invoice_payment_failed',
	'invoice_payment_action_required',
	'customer_created',
	'customer_updated',
	'charge_created',
	'charge_refunded',
	'address_created',
] as const;

/** `subscription.trial_will_end` → `subscription_trial_will_end`: only the object's dot changes. */
export const registeredName = (type: string) => type.replace('.', '_');

export interface PelcroDelivery extends DeliveryResult {
	account: string;
	webhookId: number;
	type: string;
	eventId: string;
	body: string;
}

/** A webhook as the API lists it: never its secret (R/api-core-webhook). */
export function publicWebhook(row: Row): Row {
	return { ...row };
}

export const newEventId = () => `evt_${randomBytes(18).toString('base64url').slice(0, 24)}`;

/**
 * Sends Pelcro's webhook POSTs: the event JSON signed in `X-Pelcro-Hmac-SHA256` with the
 * base64 HMAC-SHA256 of the raw body under the webhook's secret. The header name and a base64
 * sample value are in D/webhooks; the secret is "used to verify webhook signatures"
 * (R/api-core-create-webhook); that the body is signed as sent follows notes.md.
 */
export class PelcroWebhooks {
	readonly deliveries: PelcroDelivery[] = [];

	constructor(private readonly deliverer: WebhookDeliverer) {}

	emit(
		account: string,
		data: PelcroData,
		type: string,
		object: Row,
		previous?: Row,
	): Promise<PelcroDelivery[]> {
		const name = registeredName(type);
		const hooks = data.webhooks
			.all()
			.filter(
				(hook) =>
					hook.status === 'enabled' &&
					(hook.all_events_enabled === true || (hook.events as string[]).includes(name)),
			);
		const objectName = type.split('.')[0];
		// The envelope of D/event-customer-updated: type, id, created (Unix), triggered_from, data.
		const event = {
			type,
			id: newEventId(),
			created: unixNow(),
			triggered_from: 'core_api',
			data: {
				object: { object: objectName, ...object, site_id: data.site },
				previous_attributes: previous ? changedAttributes(previous, object) : [],
			},
		};
		const body = JSON.stringify(event);
		return Promise.all(hooks.map((hook) => this.send(account, data, hook, type, event.id, body)));
	}

	/** Sends `body` to one hook as is, signed with its secret (also used to resend a delivery). */
	async send(
		account: string,
		data: PelcroData,
		hook: Row,
		type: string,
		eventId: string,
		body: string,
	): Promise<PelcroDelivery> {
		const secret = data.webhookSecrets.get(hook.id as number) ?? '';
		const headers = {
			'X-Pelcro-Hmac-SHA256': hmacSha256Base64(body, secret),
			'user-agent': 'Pelcro-Webhooks',
		};
		const result = await this.deliverer.post(String(hook.url), body, headers);
		const delivery = { account, webhookId: hook.id as number, type, eventId, body, ...result };
		this.deliveries.push(delivery);
		return delivery;
	}

	clear(): void {
		this.deliveries.length = 0;
	}
}

function changedAttributes(previous: Row, current: Row): Row | [] {
	const changed: Row = {};
	for (const [key, value] of Object.entries(previous)) {
		if (JSON.stringify(value) !== JSON.stringify(current[key])) changed[key] = value;
	}
	return Object.keys(changed).length > 0 ? changed : [];
}
