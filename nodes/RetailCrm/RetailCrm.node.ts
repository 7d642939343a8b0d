import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runOperations } from '../shared/executor';
import { composeResources } from '../shared/operations';
import { retailCrmLoadOptions } from './methods';
import { retailCrmProfile } from './RetailCrmProfile';
import * as resources from './resources';

const { properties, operations, subtitle } = composeResources(Object.values(resources), 'order');

export class RetailCrm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RetailCRM',
		name: 'retailCrm',
		icon: { light: 'file:retailcrm.svg', dark: 'file:retailcrm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle,
		description: 'Manage orders, customers, stock and tasks in RetailCRM / Simla.com',
		defaults: { name: 'RetailCRM' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'retailCrmApi', required: true }],
		properties,
	};

	methods = { loadOptions: retailCrmLoadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations(this, retailCrmProfile, operations, properties);
	}
}
