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
import { hmacSha256, isReplay, newSecret, sameSignature } from '../shared/webhookSignature';
import { picqerEventOptions } from './picqerEvents';
import { picqerPages, picqerProfile } from './PicqerProfile';

interface RegisteredHook {
	idhook: number;
	event: string;
	secret: string;
}

function registered(ctx: IHookFunctions | IWebhookFunctions): RegisteredHook[] {
	const data = ctx.getWorkflowStaticData('node');
	return Array.isArray(data.hooks) ? (data.hooks as unknown as RegisteredHook[]) : [];
}

/** The hooks registered at Picqer for this webhook URL. */
async function hooksAt(client: VendorClient, url: string): Promise<RegisteredHook[]> {
	const live = await list(client, { method: 'GET', path: '/hooks' }, picqerPages, {
		returnAll: true,
	});
	return live
		.filter((hook) => hook.address === url && hook.active !== false)
		.map((hook) => ({ idhook: Number(hook.idhook), event: String(hook.event), secret: '' }));
}

/** Deletes hooks at Picqer; one already removed there (404) is what we wanted anyway. */
async function removeHooks(ctx: IHookFunctions, client: VendorClient, hooks: RegisteredHook[]) {
	for (const hook of hooks) {
		try {
			await request(client, { method: 'DELETE', path: path`/hooks/${hook.idhook}` });
		} catch (error) {
			if ((error as { httpCode?: string }).httpCode !== '404') {
				throw new NodeApiError(ctx.getNode(), error as JsonObject);
			}
		}
	}
}

function reject(ctx: IWebhookFunctions, reason: string): IWebhookResponseData {
	const response = ctx.getResponseObject();
	response.status(401).json({ error: reason });
	return { noWebhookResponse: true };
}

export class PicqerTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Picqer Trigger',
		name: 'picqerTrigger',
		icon: { light: 'file:picqer.svg', dark: 'file:picqer.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
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
			/** Every hook this node registered is still there, active and pointing here. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const hooks = registered(this);
				const events = this.getNodeParameter('events') as string[];
				if (hooks.length === 0 || hooks.length !== events.length) return false;
				const client = await createClient(this, picqerProfile);
				const live = await list(client, { method: 'GET', path: '/hooks' }, picqerPages, {
					returnAll: true,
				});
				const url = this.getNodeWebhookUrl('default');
				return hooks.every((hook) =>
					live.some(
						(l) =>
							Number(l.idhook) === hook.idhook &&
							l.active !== false &&
							l.address === url &&
							l.event === hook.event &&
							events.includes(hook.event),
					),
				);
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const client = await createClient(this, picqerProfile);
				// Hooks left from an earlier activation (events changed, say) would keep firing.
				await removeHooks(this, client, registered(this));
				const url = this.getNodeWebhookUrl('default') as string;
				const events = this.getNodeParameter('events') as string[];
				const name = `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id ?? 'workflow'}`;
				const created: RegisteredHook[] = [];
				try {
					for (const event of events) {
						const secret = newSecret();
						const hook = await request<IDataObject>(client, {
							method: 'POST',
							path: '/hooks',
							body: { name, event, address: url, secret },
						});
						created.push({ idhook: Number(hook.idhook), event, secret });
					}
				} catch (error) {
					// Leave no half-registered set behind. A POST whose answer was lost may still have made
					// a hook, so remove every hook pointing here, not only the ones we know of.
					await hooksAt(client, url)
						.then(async (strays) => await removeHooks(this, client, strays))
						.catch((cleanupError: Error) =>
							this.logger.warn(`Could not remove Picqer hooks: ${cleanupError.message}`),
						);
					throw new NodeApiError(this.getNode(), error as JsonObject);
				}
				this.getWorkflowStaticData('node').hooks = created as unknown as IDataObject[];
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const hooks = registered(this);
				if (hooks.length > 0)
					await removeHooks(this, await createClient(this, picqerProfile), hooks);
				delete this.getWorkflowStaticData('node').hooks;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject();
		const raw = (req as unknown as { rawBody?: Buffer }).rawBody;
		const body = this.getBodyData();
		const hook = registered(this).find((h) => h.idhook === Number(body.idhook));
		if (!hook || !raw) return reject(this, 'Unknown hook');
		const expected = hmacSha256(hook.secret, raw, 'base64');
		if (
			!sameSignature(expected, this.getHeaderData()['x-picqer-signature'] as string | undefined)
		) {
			return reject(this, 'Invalid signature');
		}
		if (body.event !== hook.event) return reject(this, 'Event does not match the hook');
		if (isReplay(this.getWorkflowStaticData('node'), raw))
			return reject(this, 'Delivery already received');
		return { workflowData: [this.helpers.returnJsonArray(body)] };
	}
}
