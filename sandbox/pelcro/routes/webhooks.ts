import { randomBytes } from 'node:crypto';

import type { Router } from '../../router';
import type { Ctx, Handler } from '../context';
import { one } from '../context';
import { registerCrud, rowOf, validated } from '../crud';
import type { FieldErrors } from '../errors';
import { invalid, refused } from '../errors';
import { PELCRO_EVENTS, publicWebhook } from '../events';
import { PELCRO_WEBHOOK_LIMIT } from '../keys';
import { allowOnly } from '../lists';
import type { Row } from '../store';
import { unixNow } from '../store';
import type { Shape } from '../validation';

/** Create and update bodies (docs.pelcro.com/reference-link/api-core-create-webhook). */
const webhookFields: Shape = {
	url: { type: 'string', max: 2048 },
	description: { type: 'string', max: 200, nullable: true },
	all_events_enabled: { type: 'boolean' },
	events_enabled: { type: 'array' },
};

function eventRules(ctx: Ctx, body: Row, except?: unknown): FieldErrors {
	const errors: FieldErrors = {};
	const events = body.events_enabled as unknown[] | undefined;
	// "Required when all_events_enabled is false. No duplicates allowed."
	if (body.all_events_enabled === false && (!events || events.length === 0))
		errors.events_enabled = [
			'The events enabled field is required when all events enabled is false.',
		];
	(events ?? []).forEach((event, index) => {
		if (!(PELCRO_EVENTS as readonly unknown[]).includes(event))
			errors[`events_enabled.${index}`] = [`The selected events_enabled.${index} is invalid.`];
		else if (events?.indexOf(event) !== index)
			errors[`events_enabled.${index}`] = [
				`The events_enabled.${index} field has a duplicate value.`,
			];
	});
	if (typeof body.url === 'string') {
		if (!/^https?:\/\/\S+$/i.test(body.url)) errors.url = ['The url format is invalid.'];
		// "Each URL can only be used once per account."
		else if (ctx.data.webhooks.all().some((hook) => hook.url === body.url && hook.id !== except))
			errors.url = ['The url has already been taken.'];
	}
	return errors;
}

/** "The endpoint URL must return HTTP 200 when called via POST during creation and update." */
async function mustAnswer(ctx: Ctx, url: string): Promise<void> {
	if (!(await ctx.probe(url)))
		throw invalid({ url: ['The url must respond with HTTP 200 to a POST request.'] });
}

export function registerWebhooks(router: Router<Handler>): void {
	router.add('POST', '/webhooks', async (ctx) => {
		allowOnly(ctx.query, []);
		// "Max 10 limit: Returns 400 if the account already has 10 webhooks"; the body's wording
		// is not documented.
		if (ctx.data.webhooks.size >= PELCRO_WEBHOOK_LIMIT)
			throw refused(`The maximum number of webhooks (${PELCRO_WEBHOOK_LIMIT}) has been reached.`);
		validated(ctx, webhookFields, ['url', 'all_events_enabled'], () => eventRules(ctx, ctx.body));
		await mustAnswer(ctx, String(ctx.body.url));
		const now = unixNow();
		const events =
			ctx.body.all_events_enabled === true ? [] : (ctx.body.events_enabled as string[]);
		const hook = ctx.data.webhooks.insert({
			url: ctx.body.url,
			description: ctx.body.description ?? null,
			events,
			all_events_enabled: ctx.body.all_events_enabled,
			status: 'enabled',
			created_at: now,
			updated_at: now,
		});
		const secret = randomBytes(24).toString('hex');
		ctx.data.webhookSecrets.set(hook.id as number, secret);
		// "A unique secret is returned in the response only on creation."
		return one({ ...hook, secret }, 201);
	});
	router.add('PUT', '/webhooks/:id', async (ctx) => {
		allowOnly(ctx.query, []);
		const hook = rowOf(ctx, 'webhooks');
		validated(ctx, webhookFields, [], () =>
			eventRules(ctx, { ...hook, events_enabled: undefined, ...ctx.body }, hook.id),
		);
		await mustAnswer(ctx, String(ctx.body.url ?? hook.url));
		const { events_enabled, ...rest } = ctx.body;
		Object.assign(hook, rest, { updated_at: unixNow() });
		if (events_enabled !== undefined) hook.events = events_enabled;
		return one(publicWebhook(hook));
	});
	registerCrud(router, {
		path: '/webhooks',
		table: 'webhooks',
		list: {},
		remove: (ctx, row) => {
			ctx.data.webhooks.delete(row.id as number);
			ctx.data.webhookSecrets.delete(row.id as number);
		},
	});
}
