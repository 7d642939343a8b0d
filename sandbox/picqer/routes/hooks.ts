import type { Router } from '../../router';
import { ok, type Handler } from '../context';
import { ErrorCode, PicqerError } from '../errors';
import { PICQER_EVENTS, publicHook } from '../events';
import { equals } from '../filters';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import type { Hook } from '../types';

export const hooks: ResourceSpec<Hook> = {
	path: '/hooks',
	label: 'Hook',
	table: (data) => data.hooks,
	filters: { event: equals('event'), active: equals('active') },
	present: publicHook,
	create: {
		required: ['name', 'event', 'address'],
		validate(ctx) {
			const event = String(ctx.body.event);
			if (!(PICQER_EVENTS as readonly string[]).includes(event)) {
				throw new PicqerError(400, ErrorCode.missingParameters, `Unknown event "${event}"`);
			}
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
	// Picqer's DELETE deactivates the hook; it stays visible with active false.
	remove: (_ctx, hook) => {
		hook.active = false;
	},
};

export function registerHooks(router: Router<Handler>): void {
	registerResource(router, hooks);
	router.add('POST', '/hooks/:id/reactivate', (ctx) => {
		const hook = findOr404(hooks, ctx);
		hook.active = true;
		return ok(publicHook(hook));
	});
}
