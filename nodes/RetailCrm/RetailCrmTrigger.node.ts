import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { createClient } from '../shared/client';
import { accountScope, poll } from '../shared/polling';
import { choiceSubtitle } from '../shared/operations';
import type { HistoryCursor } from './retailCrmHistory';
import {
	EVENT_MATCHES,
	entityItem,
	fetchEntities,
	groupByEntity,
	historyAfter,
	historyStart,
	isOwnChange,
	sampleItem,
} from './retailCrmHistory';
import { retailCrmProfile } from './RetailCrmProfile';

/** What the trigger can watch, each a walk over RetailCRM's history. */
const EVENTS: INodePropertyOptions[] = [
	{
		name: 'Customer Changed',
		value: 'customerChanged',
		description: 'Any field of an existing customer changed',
	},
	{
		name: 'New Customer',
		value: 'customerCreated',
		description: 'A customer was created',
	},
	{ name: 'New Order', value: 'orderCreated', description: 'An order was created' },
	{
		name: 'Order Changed',
		value: 'orderChanged',
		description: 'Any field of an existing order changed, its lines and payments included',
	},
	{
		name: 'Order Status Changed',
		value: 'orderStatusChanged',
		description: 'The status of an existing order changed',
	},
];

export class RetailCrmTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RetailCRM Trigger',
		name: 'retailCrmTrigger',
		icon: { light: 'file:retailcrm.svg', dark: 'file:retailcrm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: choiceSubtitle('event', EVENTS),
		description: 'Starts the workflow when orders or customers change in RetailCRM',
		defaults: { name: 'RetailCRM Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'retailCrmApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: EVENTS,
				default: 'orderCreated',
				required: true,
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Ignore Changes by This API Key',
						name: 'ignoreOwnChanges',
						type: 'boolean',
						default: true,
						description:
							'Whether to skip changes made through the API key of this credential, such as those by workflows writing back to RetailCRM (avoids loops)',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const ignoreOwn = options.ignoreOwnChanges !== false;
		const watched = EVENT_MATCHES[event];
		if (!watched) throw new NodeOperationError(this.getNode(), `Unknown event "${event}"`);
		const { kind, match } = watched;
		const client = await createClient(this, retailCrmProfile);
		const relevant = (record: IDataObject) => match(record) && !(ignoreOwn && isOwnChange(record));

		return await poll<HistoryCursor>(this, {
			// The cursor belongs to one history of one account: another credential starts from now.
			scope: `${kind.base} ${accountScope(client)}`,
			start: async () => await historyStart(client, kind),
			async fetch(cursor) {
				const read = await historyAfter(client, kind, cursor);
				// Every change of an entity in this poll makes one item, with the entity fetched once.
				const groups = groupByEntity(read.records.filter(relevant), kind);
				const current = await fetchEntities(
					client,
					kind,
					groups.map((group) => group.id),
				);
				return {
					records: groups.map((group) => entityItem(group, current.get(group.id))),
					cursor: read.cursor,
				};
			},
			sample: async () => await sampleItem(client, kind, match),
		});
	}
}
