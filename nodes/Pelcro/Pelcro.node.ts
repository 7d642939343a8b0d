import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runOperations } from '../shared/executor';
import { composeResources } from '../shared/operations';
import { pelcroListSearch, pelcroLoadOptions } from './methods';
import { pelcroProfile } from './PelcroProfile';
import * as resources from './resources';

const { properties, operations, subtitle } = composeResources(Object.values(resources), 'customer');

export class Pelcro implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pelcro',
		name: 'pelcro',
		icon: { light: 'file:pelcro.svg', dark: 'file:pelcro.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle,
		description: 'Manage customers, subscriptions, invoices and e-commerce orders in Pelcro',
		defaults: { name: 'Pelcro' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'pelcroApi', required: true }],
		properties,
	};

	methods = { loadOptions: pelcroLoadOptions, listSearch: pelcroListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, pelcroProfile, operations, properties);
	}
}
