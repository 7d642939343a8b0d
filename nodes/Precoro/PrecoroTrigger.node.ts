import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { choiceSubtitle } from '../shared/operations';
import { WATCHED_DOCUMENTS, pollChanges } from './precoroChanges';
import { addCustomFieldNamesOption } from './fields';
import { precoroProfile } from './PrecoroProfile';

export class PrecoroTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Precoro Trigger',
		name: 'precoroTrigger',
		icon: { light: 'file:precoro.svg', dark: 'file:precoro.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: choiceSubtitle('event', WATCHED_DOCUMENTS),
		description: 'Starts the workflow when documents are created or changed in Precoro',
		defaults: { name: 'Precoro Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'precoroApi', required: true }],
		properties: [
			{
				displayName:
					'Each poll reads the documents changed since the previous one, so a poll every few minutes keeps within Precoro’s 1,500 requests an hour. For changes as they happen, use the Precoro Webhook Trigger.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Document',
				name: 'event',
				type: 'options',
				options: WATCHED_DOCUMENTS.map(({ name, value }) => ({ name, value })),
				default: '/purchaseorders',
				required: true,
				description: 'Which documents to watch for new ones and changes',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					addCustomFieldNamesOption,
					{
						displayName: 'Approved Only',
						name: 'approvedOnly',
						type: 'boolean',
						default: false,
						description:
							'Whether to emit only approved documents, e.g. orders ready for the accounting system',
					},
					{
						displayName: 'Waiting for My Approval Only',
						name: 'waitingForMe',
						type: 'boolean',
						default: false,
						description:
							'Whether to emit only documents that wait for the approval of the credential’s user',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const path = this.getNodeParameter('event') as string;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		return await pollChanges(this, precoroProfile, {
			path,
			approvedOnly: options.approvedOnly === true,
			waitingForMe: options.waitingForMe === true,
			addCustomFieldNames: options.addCustomFieldNames === true,
		});
	}
}
