import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { choiceSubtitle } from '../shared/operations';
import { addCustomFieldNamesOption } from './fields';
import { precoroProfile } from './PrecoroProfile';
import { MIN_TOKEN_LENGTH, WEBHOOK_ENTITIES, handleDelivery } from './precoroWebhook';

export class PrecoroWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Precoro Webhook Trigger',
		name: 'precoroWebhookTrigger',
		icon: { light: 'file:precoro.svg', dark: 'file:precoro.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: choiceSubtitle('events', WEBHOOK_ENTITIES),
		description: 'Starts the workflow when Precoro sends a webhook for a new or changed record',
		defaults: { name: 'Precoro Webhook Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'precoroApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'precoro' },
		],
		properties: [
			{
				displayName:
					'Precoro webhooks are set up in Precoro, not from here: in Precoro open Configuration → Webhooks → New Webhook, paste this node’s Production URL followed by ?token= and the Secret Token below, and pick the entities. Precoro allows 5 webhooks and signs none, so the token is what proves a call comes from your webhook. A webhook sends only IDs: this node reads the full record (one API request each) before the workflow starts.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				required: true,
				default: '',
				description:
					'A long random value of at least 16 characters; append it to the URL pasted into Precoro as ?token=…. Calls without it get 401.',
			},
			{
				displayName: 'Entities',
				name: 'events',
				type: 'multiOptions',
				options: WEBHOOK_ENTITIES.map(({ name, value }) => ({ name, value })),
				default: [2],
				required: true,
				description: 'Which records start the workflow; others are acknowledged and ignored',
			},
			{
				displayName: 'Actions',
				name: 'actions',
				type: 'multiOptions',
				options: [
					{ name: 'Created', value: 'created' },
					{ name: 'Updated', value: 'updated' },
				],
				default: ['created', 'updated'],
				required: true,
				description: 'Precoro reports creations and updates (approvals are updates)',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [addCustomFieldNamesOption],
			},
		],
	};

	/**
	 * Precoro has no API to register webhooks (help.precoro.com: they are made in its UI), so
	 * activation registers nothing; it only refuses a Secret Token too short to protect the URL.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const token = String(this.getNodeParameter('secretToken', '') ?? '');
				if (token.length < MIN_TOKEN_LENGTH) {
					throw new NodeOperationError(
						this.getNode(),
						`"Secret Token" must have at least ${MIN_TOKEN_LENGTH} characters`,
					);
				}
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleDelivery(this, precoroProfile);
	}
}
