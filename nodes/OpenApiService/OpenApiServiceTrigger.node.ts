import { createHash } from 'node:crypto';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { list } from '../shared/list';
import { Params } from '../shared/params';
import { poll } from '../shared/polling';
import { openApiServiceCredentialTest } from './credentialTest';
import { chosenOperation, specContext } from './design';
import { apiVersionField, mapperField, operationField, resourceField } from './fields';
import { openApiServiceLoadOptions, openApiServiceResourceMapping } from './methods';
import { pagingParameters, paginatorFor } from './paging';
import { buildRequest } from './parameters';
import type { PollCursor } from './triggerCursor';
import { advance, startCursor } from './triggerCursor';

const properties: INodeProperties[] = [
	resourceField(true),
	operationField(true),
	apiVersionField,
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		options: [
			{ name: 'New Item', value: 'new', description: 'An item with an ID not seen before' },
			{
				name: 'Changed Item',
				value: 'changed',
				description: 'An item whose updated-at time moved past the last one seen',
			},
		],
		default: 'new',
	},
	{
		displayName: 'ID Field Name or ID',
		name: 'idField',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getIdFields',
			loadOptionsDependsOn: ['resource', 'operation', 'apiVersion'],
		},
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The field of each item that identifies it',
	},
	{
		displayName: 'Updated-At Field Name or ID',
		name: 'updatedAtField',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getUpdatedAtFields',
			loadOptionsDependsOn: ['resource', 'operation', 'apiVersion'],
		},
		displayOptions: { show: { event: ['changed'] } },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The field with the time an item last changed (ISO date or epoch)',
	},
	mapperField('getFilterColumns', 'Filters'),
];

export class OpenApiServiceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'OpenAPI Service Trigger',
		name: 'openApiServiceTrigger',
		icon: { light: 'file:openApiService.svg', dark: 'file:openApiService.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] === "new" ? "New Item" : "Changed Item"}}',
		description: 'Starts the workflow when items of a list of the service are new or changed',
		defaults: { name: 'OpenAPI Service Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'openApiServiceApi', required: true, testedBy: 'openApiServiceApiTest' }],
		properties,
	};

	methods = {
		loadOptions: openApiServiceLoadOptions,
		resourceMapping: openApiServiceResourceMapping,
		credentialTest: openApiServiceCredentialTest,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const design = await specContext(this);
		const operation = this.getNodeParameter('operation') as string;
		const event = this.getNodeParameter('event') as 'new' | 'changed';
		const idField = this.getNodeParameter('idField') as string;
		const updatedField =
			event === 'changed' ? (this.getNodeParameter('updatedAtField') as string) : '';
		const chosen = chosenOperation(design, {
			operation,
			apiVersion: this.getNodeParameter('apiVersion', ''),
		});
		const { plan, details, resolved, version } = chosen;
		if (!plan) {
			throw new NodeOperationError(this.getNode(), `"${operation}" is not a list operation`);
		}
		// The form reader takes an item index, which a poll's parameter reader does not.
		const reader = {
			getNode: () => this.getNode(),
			getNodeParameter: (name: string, _item: number, fallback?: unknown, options?: object) =>
				this.getNodeParameter(name, fallback, options),
		};
		const params = new Params(reader as unknown as IExecuteFunctions, 0);
		const spec = buildRequest(params, details, resolved, {
			skipQuery: pagingParameters(plan),
			useJsonBody: false,
		});
		const readAll = async () =>
			await list(design.client, spec, paginatorFor(plan), { returnAll: true });
		// The cursor belongs to this list on this account: another credential starts from now.
		const account = createHash('sha256')
			.update(`${design.client.baseUrl}\n${String(design.credentials.token)}`)
			.digest('hex')
			.slice(0, 16);
		return await poll<PollCursor>(this, {
			scope: [
				account,
				version,
				resolved.path,
				JSON.stringify(spec.qs ?? {}),
				event,
				idField,
				updatedField,
			].join(' '),
			start: async () => startCursor(await readAll(), event, idField, updatedField),
			async fetch(cursor) {
				const { emitted, cursor: next } = advance(await readAll(), cursor, idField, updatedField);
				return { records: emitted, cursor: next };
			},
			async sample() {
				const [first] = await list(design.client, spec, paginatorFor(plan), {
					returnAll: false,
					limit: 1,
				});
				return first;
			},
		});
	}
}
