import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Events as Pelcro registers them: lowercase snake_case (docs.pelcro.com/reference/api-core-webhook,
 * "Event names"). Deliveries name them dotted in `type`. Sources: subscriptions
 * (D/webhooks-subscriptions), invoices (D/webhooks-invoices; invoice_paid from the "Common Event
 * Types" of R/api-core-webhook), customers (D/event-customer-created, -updated), charges
 * (v1.74/docs/webhooks, D/event-charge-refunded), addresses (R/api-core-webhook-object-attributes).
 * Pelcro's own event picker is the full list; Other Events takes names missing here.
 */
export const PELCRO_EVENTS = [
	'address_created',
	'charge_created',
	'charge_refunded',
	'customer_created',
	'customer_updated',
	'invoice_created',
	'invoice_paid',
	'invoice_payment_action_required',
	'invoice_payment_failed',
	'invoice_payment_succeeded',
	'invoice_upcoming',
	'invoice_updated',
	'subscription_canceled',
	'subscription_changed',
	'subscription_created',
	'subscription_expired',
	'subscription_gift_notification',
	'subscription_renewed',
	'subscription_trial_will_end',
	'subscription_updated',
] as const;

/** `subscription.trial_will_end` → `subscription_trial_will_end`: the object's dot becomes `_`. */
export function registeredName(name: string): string {
	return name.trim().toLowerCase().replace('.', '_');
}

/** `subscription_trial_will_end` → `subscription.trial_will_end`: the first `_` becomes the dot. */
export function deliveredType(name: string): string {
	const registered = registeredName(name);
	return registered.includes('_') ? registered.replace('_', '.') : registered;
}

const label = (name: string) =>
	name
		.split('_')
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');

export const pelcroEventOptions: INodePropertyOptions[] = [
	{
		name: '*',
		value: '*',
		description: 'All events, including those Pelcro adds later (wildcard)',
	},
	...PELCRO_EVENTS.map((name) => ({
		name: label(name),
		value: name,
		description: deliveredType(name),
	})),
];
