import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runOperations } from '../shared/executor';
import { composeResources } from '../shared/operations';
import { precoroListSearch, precoroLoadOptions } from './methods';
import { precoroProfile } from './PrecoroProfile';
import * as resources from './resources';

const { properties, operations, subtitle } = composeResources(
	Object.values(resources),
	'purchaseOrder',
);

export class Precoro implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Precoro',
		name: 'precoro',
		icon: { light: 'file:precoro.svg', dark: 'file:precoro.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle,
		description:
			'Approve, create and sync purchase orders, invoices, suppliers and more in Precoro',
		defaults: { name: 'Precoro' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'precoroApi', required: true }],
		properties,
	};

	methods = { loadOptions: precoroLoadOptions, listSearch: precoroListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, precoroProfile, operations, properties);
	}
}
