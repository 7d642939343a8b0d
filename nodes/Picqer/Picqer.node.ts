import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runOperations } from '../shared/executor';
import { composeResources } from '../shared/operations';
import { picqerListSearch, picqerLoadOptions } from './methods';
import { picqerProfile } from './PicqerProfile';
import * as resources from './resources';

const { properties, operations, subtitle } = composeResources(Object.values(resources), 'order');

export class Picqer implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Picqer',
		name: 'picqer',
		icon: { light: 'file:picqer.svg', dark: 'file:picqer.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle,
		description: 'Manage orders, products, stock and picklists in Picqer',
		defaults: { name: 'Picqer' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'picqerApi', required: true }],
		properties,
	};

	methods = { loadOptions: picqerLoadOptions, listSearch: picqerListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, picqerProfile, operations, properties);
	}
}
