import type { Router } from '../../router';
import { ok, type Handler } from '../context';
import { accepting } from '../contract';
import { ErrorCode, PicqerError } from '../errors';
import { PICQER_EVENTS, publicHook } from '../events';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import type { Hook } from '../types';

/** Webhooks: picqer.com/en/api/webhooks; picqer-php Client.php `getHooks`, `addHook`, `deleteHook`. */
export const hooks: ResourceSpec<Hook> = {
	path: '/hooks',
	label: 'Hook',
	table: (data) => data.hooks,
	present: publicHook,
	create: {
		// `{name, event, address, secret}`: picqer.com/en/api/webhooks; Pipedream
		// components/picqer sources/common/base.mjs. The secret is optional.
		fields: ['name', 'event', 'address', 'secret'],
		required: ['name', 'event', 'address'],
		validate(ctx) {
			const event = String(ctx.body.event);
			if (!(PICQER_EVENTS as readonly string[]).includes(event)) {
				throw new PicqerError(400, ErrorCode.missingParameters, `Unknown event "${event}"`);
			}
			// No vendor source for the exact check; Picqer delivers to http(s) addresses.
			if (!/^https?:\/\/\S+$/.test(String(ctx.body.address))) {
				throw new PicqerError(
					400,
					ErrorCode.missingParameters,
					'Field "address" must be an http(s) URL',
				);
			}
		},
		build: (ctx, idhook) => ({
			idhook,
			name: String(ctx.body.name),
			event: String(ctx.body.event),
			address: String(ctx.body.address),
			active: true,
			secretValue: ctx.body.secret ? String(ctx.body.secret) : null,
		}),
	},
	// Picqer's DELETE deactivates the hook; it stays visible with active false (hookdeck
	// webhook-skills picqer-webhooks, unverified; Pinelab calls it `deactivateHook`).
	remove: (_ctx, hook) => {
		hook.active = false;
	},
};

export function registerHooks(router: Router<Handler>): void {
	registerResource(router, hooks);
	// "reactivate a deactivated webhook: POST /api/v1/hooks/{idhook}/reactivate",
	// picqer.com/en/api/changelog (17 February 2026).
	router.add(
		'POST',
		'/hooks/:id/reactivate',
		accepting({}, (ctx) => {
			const hook = findOr404(hooks, ctx);
			hook.active = true;
			return ok(publicHook(hook));
		}),
	);
}
