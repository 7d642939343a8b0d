import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
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
import { hmacSha256, sameSignature } from '../shared/webhookSignature';
import { choiceSubtitle } from '../shared/operations';
import { deliveredType, pelcroEventOptions, registeredName } from './pelcroEvents';
import { pelcroPages, pelcroProfile, unwrap } from './PelcroProfile';

/** "Max 10 webhooks per account" (docs.pelcro.com/reference/api-core-webhook). */
const WEBHOOK_LIMIT = 10;

interface Registration {
	webhookId: number;
	/** Returned only by the create call (R/api-core-create-webhook); kept to check signatures. */
	secret: string;
	/** snake_case names as registered, or ['*']. */
	events: string[];
}

function registration(ctx: IHookFunctions | IWebhookFunctions): Registration | undefined {
	const stored = ctx.getWorkflowStaticData('node').registration as unknown as
		| Registration
		| undefined;
	return stored && typeof stored.secret === 'string' && stored.secret !== '' ? stored : undefined;
}

/** The chosen events in the snake_case Pelcro registers them in; ['*'] for all. */
function chosenEvents(ctx: IHookFunctions | IWebhookFunctions): string[] {
	const picked = (ctx.getNodeParameter('events', []) as string[]) ?? [];
	const other = String((ctx.getNodeParameter('options', {}) as IDataObject).otherEvents ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
	if (picked.includes('*')) return ['*'];
	const names = [...new Set([...picked, ...other].map(registeredName))];
	for (const name of names) {
		if (!/^[a-z]+(_[a-z]+)+$/.test(name))
			throw new NodeOperationError(
				ctx.getNode(),
				`"Other Events" holds an invalid event name: "${name}"`,
				{
					description:
						'Use names such as subscription_created or subscription.created, separated by commas',
				},
			);
	}
	if (names.length === 0)
		throw new NodeOperationError(ctx.getNode(), 'Choose at least one event, or * for all events');
	return names;
}

const sameEvents = (a: string[], b: string[]) =>
	a.length === b.length && [...a].sort().every((name, index) => name === [...b].sort()[index]);

async function webhooksAt(client: VendorClient): Promise<IDataObject[]> {
	return await list(client, { method: 'GET', path: '/webhooks' }, pelcroPages, { returnAll: true });
}

/** Deletes a webhook; one already gone (404) is what we wanted. */
async function remove(client: VendorClient, id: unknown): Promise<void> {
	try {
		await request(client, { method: 'DELETE', path: path`/webhooks/${String(id)}` });
	} catch (error) {
		if ((error as { httpCode?: string }).httpCode !== '404')
			throw new NodeApiError(client.node, error as JsonObject);
	}
}

function limitError(ctx: IHookFunctions, count: number): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`Pelcro allows ${WEBHOOK_LIMIT} webhooks per account and ${count} are in use`,
		{
			description:
				'Free one before activating this workflow: delete an unused webhook in Pelcro under Settings > Notifications, or deactivate another workflow that has a Pelcro Trigger on this account.',
		},
	);
}

/** Answers without starting the workflow; 401 carries no reason, so a forger learns nothing. */
function answer(ctx: IWebhookFunctions, status: number): IWebhookResponseData {
	ctx.getResponseObject().status(status).end();
	return { noWebhookResponse: true };
}

export class PelcroTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pelcro Trigger',
		name: 'pelcroTrigger',
		icon: { light: 'file:pelcro.svg', dark: 'file:pelcro.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: choiceSubtitle('events', pelcroEventOptions),
		description: 'Starts the workflow when Pelcro sends a webhook event',
		defaults: { name: 'Pelcro Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pelcroApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: pelcroEventOptions,
				required: true,
				default: [],
				description: 'The events to listen to; Pelcro gets one webhook for all of them',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Other Events',
						name: 'otherEvents',
						type: 'string',
						default: '',
						placeholder: 'subscription_created, invoice.paid',
						description:
							'Event names missing from the list above, separated by commas, as Pelcro registers them (subscription_created) or delivers them (subscription.created)',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			/** The webhook this node registered is still at Pelcro, enabled, pointing here, for these events. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const stored = registration(this);
				if (!stored) return false;
				const client = await createClient(this, pelcroProfile);
				let hook: IDataObject;
				try {
					hook = unwrap(
						await request(client, { method: 'GET', path: path`/webhooks/${stored.webhookId}` }),
					);
				} catch (error) {
					if ((error as { httpCode?: string }).httpCode === '404') return false;
					throw new NodeApiError(this.getNode(), error as JsonObject);
				}
				const events = chosenEvents(this);
				const registered =
					hook.all_events_enabled === true ? ['*'] : ((hook.events as string[]) ?? []);
				return (
					hook.url === this.getNodeWebhookUrl('default') &&
					hook.status !== 'disabled' &&
					sameEvents(registered, events) &&
					sameEvents(stored.events, events)
				);
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const client = await createClient(this, pelcroProfile);
				const url = this.getNodeWebhookUrl('default') as string;
				const events = chosenEvents(this);
				const data = this.getWorkflowStaticData('node');
				const previous = registration(this);
				// Until the new secret is stored, deliveries here are answered 200 without a run: Pelcro
				// POSTs to the URL during creation and wants a 200 (R/api-core-create-webhook).
				delete data.registration;
				// A webhook left here by an earlier activation: its secret is lost or stale, so it goes.
				const live = await webhooksAt(client);
				const stale = live.filter((hook) => hook.url === url || hook.id === previous?.webhookId);
				for (const hook of stale) await remove(client, hook.id);
				const inUse = live.length - stale.length;
				if (inUse >= WEBHOOK_LIMIT) throw limitError(this, inUse);
				const workflow = this.getWorkflow();
				const body: IDataObject = {
					url,
					description: `n8n: ${workflow.name ?? workflow.id ?? 'workflow'}`.slice(0, 200),
					all_events_enabled: events[0] === '*',
					...(events[0] === '*' ? {} : { events_enabled: events }),
				};
				let created: IDataObject;
				try {
					created = unwrap(await request(client, { method: 'POST', path: '/webhooks', body }));
				} catch (error) {
					// Someone else took the last place in the meantime.
					const message = String((error as Error).message ?? '');
					if ((error as { httpCode?: string }).httpCode === '400' && /maximum|limit/i.test(message))
						throw limitError(this, WEBHOOK_LIMIT);
					throw error instanceof NodeApiError
						? error
						: new NodeApiError(this.getNode(), error as JsonObject);
				}
				const secret = String(created.secret ?? '');
				if (secret === '') {
					await remove(client, created.id);
					throw new NodeOperationError(
						this.getNode(),
						'Pelcro created the webhook without returning its secret',
						{
							description:
								'Without it deliveries cannot be verified, so the webhook was removed again.',
						},
					);
				}
				data.registration = {
					webhookId: Number(created.id),
					secret,
					events,
				} as unknown as IDataObject;
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const stored = registration(this);
				if (stored) await remove(await createClient(this, pelcroProfile), stored.webhookId);
				const data = this.getWorkflowStaticData('node');
				delete data.registration;
				delete data.seenEvents;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const stored = registration(this);
		// No secret yet: this is Pelcro checking the URL while the webhook is created (or a stranger).
		if (!stored) return answer(this, 200);
		const raw = (this.getRequestObject() as unknown as { rawBody?: Buffer }).rawBody;
		const given = this.getHeaderData()['x-pelcro-hmac-sha256'] as string | undefined;
		// base64 of the HMAC-SHA256 of the raw body under the webhook's secret (header and sample
		// value: docs.pelcro.com/docs/webhooks; the secret "to verify webhook signatures":
		// R/api-core-create-webhook).
		if (!raw || !sameSignature(hmacSha256(stored.secret, raw, 'base64'), given))
			return answer(this, 401);
		const event = this.getBodyData();
		const type = String(event.type ?? '');
		// Pelcro sends only the registered events; one outside them (events changed since) is acknowledged.
		if (stored.events[0] !== '*' && !stored.events.some((name) => deliveredType(name) === type))
			return answer(this, 200);
		// Pelcro retries failed deliveries (R/api-core-webhook). Its event id cannot be remembered:
		// n8n 2.40.7 drops what a webhook call that starts an execution writes to static data.
		return { workflowData: [this.helpers.returnJsonArray(event)] };
	}
}
