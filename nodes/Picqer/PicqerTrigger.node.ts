import { NodeApiError, NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	JsonObject,
} from 'n8n-workflow';

import type { VendorClient } from '../shared/client';
import { createClient } from '../shared/client';
import { list } from '../shared/list';
import { path } from '../shared/params';
import { request } from '../shared/request';
import { hmacSha256, newSecret, sameSignature } from '../shared/webhookSignature';
import { choiceSubtitle } from '../shared/operations';
import { picqerEventOptions } from './picqerEvents';
import { picqerPages, picqerProfile } from './PicqerProfile';

interface RegisteredHook {
	idhook: number;
	event: string;
	secret: string;
	/** The webhook URL the hook delivers to; older activations did not record it. */
	address?: string;
}

function registered(ctx: IHookFunctions | IWebhookFunctions): RegisteredHook[] {
	const data = ctx.getWorkflowStaticData('node');
	return Array.isArray(data.hooks) ? (data.hooks as unknown as RegisteredHook[]) : [];
}

function store(ctx: IHookFunctions, hooks: RegisteredHook[]) {
	const data = ctx.getWorkflowStaticData('node');
	if (hooks.length > 0) data.hooks = hooks as unknown as IDataObject[];
	else delete data.hooks;
}

/** Every hook of the account, as GET /hooks lists them (PQ-PHP `getHooks`). */
async function liveHooks(client: VendorClient): Promise<Map<number, IDataObject>> {
	const hooks = await list(client, { method: 'GET', path: '/hooks' }, picqerPages, {
		returnAll: true,
	});
	return new Map(hooks.map((hook) => [Number(hook.idhook), hook]));
}

/**
 * Whether a stored hook delivers to `url`. The test URL and the production URL of one trigger
 * differ, and an activation must never touch the other one's hooks.
 */
function deliversTo(hook: RegisteredHook, url: string, live?: Map<number, IDataObject>) {
	return (hook.address ?? live?.get(hook.idhook)?.address) === url;
}

/** Deletes hooks at Picqer; one already removed there (404) is what we wanted anyway. */
async function removeHooks(ctx: IHookFunctions, client: VendorClient, ids: number[]) {
	for (const idhook of ids) {
		try {
			await request(client, { method: 'DELETE', path: path`/hooks/${idhook}` });
		} catch (error) {
			if ((error as { httpCode?: string }).httpCode !== '404') {
				throw new NodeApiError(ctx.getNode(), error as JsonObject);
			}
		}
	}
}

/**
 * Switches a hook Picqer deactivated (it does after repeated failed deliveries) back on:
 * `POST /hooks/{idhook}/reactivate`, https://picqer.com/en/api/changelog (17 February 2026).
 * False when Picqer refuses it (an account without the endpoint, a hook gone), so it is replaced.
 */
async function reactivate(
	ctx: IHookFunctions,
	client: VendorClient,
	idhook: number,
): Promise<boolean> {
	try {
		await request(client, { method: 'POST', path: path`/hooks/${idhook}/reactivate` });
		return true;
	} catch (error) {
		if (/^4\d\d$/.test(String((error as { httpCode?: string }).httpCode))) return false;
		throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
}

/** Answers without starting the workflow and without a body: a forger learns no reason. */
function reject(ctx: IWebhookFunctions): IWebhookResponseData {
	ctx.getResponseObject().status(401).end();
	return { noWebhookResponse: true };
}

export class PicqerTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Picqer Trigger',
		name: 'picqerTrigger',
		icon: { light: 'file:picqer.svg', dark: 'file:picqer.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: choiceSubtitle('events', picqerEventOptions),
		description: 'Starts the workflow when Picqer sends a webhook',
		defaults: { name: 'Picqer Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'picqerApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: picqerEventOptions,
				required: true,
				default: [],
				description: 'The events to listen to; Picqer gets one webhook per event',
			},
		],
	};

	webhookMethods = {
		default: {
			/** One hook per event at this URL, each live and active, and nothing else of ours there. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const url = this.getNodeWebhookUrl('default') as string;
				const events = this.getNodeParameter('events') as string[];
				const mine = registered(this).filter(
					(hook) => hook.address === undefined || hook.address === url,
				);
				if (mine.length === 0 || mine.length !== events.length) return false;
				const live = await liveHooks(await createClient(this, picqerProfile));
				return mine.every((hook) => {
					const found = live.get(hook.idhook);
					return (
						found !== undefined &&
						found.active !== false &&
						found.address === url &&
						found.event === hook.event &&
						events.includes(hook.event)
					);
				});
			},

			/**
			 * Keeps this trigger's hooks at this URL that still serve a chosen event (switching on one
			 * Picqer deactivated), removes the others at this URL and registers the missing events.
			 * Hooks at any other URL, e.g. the production URL while a test URL registers, stay as they are.
			 */
			async create(this: IHookFunctions): Promise<boolean> {
				const client = await createClient(this, picqerProfile);
				const url = this.getNodeWebhookUrl('default') as string;
				const events = this.getNodeParameter('events') as string[];
				const live = await liveHooks(client);
				const stored = registered(this);
				const elsewhere = stored.filter((hook) => !deliversTo(hook, url, live));
				const kept: RegisteredHook[] = [];
				for (const event of events) {
					const hook = stored.find(
						(h) =>
							h.event === event &&
							deliversTo(h, url, live) &&
							live.get(h.idhook)?.event === event &&
							!kept.some((k) => k.idhook === h.idhook),
					);
					if (!hook) continue;
					if (
						live.get(hook.idhook)?.active === false &&
						!(await reactivate(this, client, hook.idhook))
					)
						continue;
					kept.push({ ...hook, address: url });
				}
				// Hooks here whose secret we do not hold, or whose event is no longer chosen, would keep
				// delivering what this trigger refuses.
				const stale = [...live.values()]
					.filter((hook) => hook.address === url && hook.active !== false)
					.map((hook) => Number(hook.idhook))
					.filter((idhook) => !kept.some((hook) => hook.idhook === idhook));
				await removeHooks(this, client, stale);
				const name = `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id ?? 'workflow'}`;
				const created: RegisteredHook[] = [];
				try {
					for (const event of events.filter((e) => !kept.some((hook) => hook.event === e))) {
						const secret = newSecret();
						// POST /hooks {name, event, address, secret}: PQ-PHP `addHook`, picqer.com/en/api/webhooks.
						const hook = await request<IDataObject>(client, {
							method: 'POST',
							path: '/hooks',
							body: { name, event, address: url, secret },
						});
						created.push({ idhook: Number(hook.idhook), event, secret, address: url });
					}
				} catch (error) {
					// Leave no half-registered set behind. A POST whose answer was lost may still have made
					// a hook, so remove every hook pointing here, not only the ones we know of.
					await liveHooks(client)
						.then(async (hooks) => {
							const here = [...hooks.values()].filter(
								(hook) => hook.address === url && hook.active !== false,
							);
							await removeHooks(
								this,
								client,
								here.map((hook) => Number(hook.idhook)),
							);
						})
						.catch((cleanupError: Error) =>
							this.logger.warn(`Could not remove Picqer hooks: ${cleanupError.message}`),
						);
					store(this, elsewhere);
					throw new NodeApiError(this.getNode(), error as JsonObject);
				}
				store(this, [...elsewhere, ...kept, ...created]);
				return true;
			},

			/** Removes this trigger's hooks at this URL; those at its other URL stay registered. */
			async delete(this: IHookFunctions): Promise<boolean> {
				const url = this.getNodeWebhookUrl('default') as string;
				const stored = registered(this);
				if (stored.length === 0) return true;
				const client = await createClient(this, picqerProfile);
				const live = stored.some((hook) => hook.address === undefined)
					? await liveHooks(client)
					: undefined;
				const here = stored.filter((hook) => deliversTo(hook, url, live));
				await removeHooks(
					this,
					client,
					here.map((hook) => hook.idhook),
				);
				store(
					this,
					stored.filter((hook) => !here.includes(hook)),
				);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const raw = (req as unknown as { rawBody?: Buffer }).rawBody;
		const body = this.getBodyData();
		const url = this.getNodeWebhookUrl('default');
		const hook = registered(this).find(
			(h) => h.idhook === Number(body.idhook) && (h.address === undefined || h.address === url),
		);
		if (!hook || !raw) return reject(this);
		// X-Picqer-Signature: base64 of the HMAC-SHA256 of the raw body (PQ-PHP PicqerWebhook).
		const expected = hmacSha256(hook.secret, raw, 'base64');
		if (!sameSignature(expected, this.getHeaderData()['x-picqer-signature'] as string | undefined))
			return reject(this);
		if (body.event !== hook.event) return reject(this);
		return { workflowData: [this.helpers.returnJsonArray(body)] };
	}
}
