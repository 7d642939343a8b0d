import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runOperations } from '../shared/executor';
import { openApiServiceCredentialTest } from './credentialTest';
import { actionProperties } from './fields';
import { openApiServiceLoadOptions, openApiServiceResourceMapping } from './methods';
import { openApiServiceProfile } from './OpenApiServiceProfile';
import { runSpecOperation } from './run';

export class OpenApiService implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'OpenAPI Service',
		name: 'openApiService',
		icon: { light: 'file:openApiService.svg', dark: 'file:openApiService.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"].replace("#list", "")}}',
		description: "Call any operation of the service's OpenAPI spec",
		defaults: { name: 'OpenAPI Service' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'openApiServiceApi', required: true, testedBy: 'openApiServiceApiTest' }],
		properties: actionProperties,
	};

	methods = {
		loadOptions: openApiServiceLoadOptions,
		resourceMapping: openApiServiceResourceMapping,
		credentialTest: openApiServiceCredentialTest,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		// Every resource and operation comes from the spec, so one runner serves them all.
		return await runOperations(
			this,
			openApiServiceProfile,
			() => runSpecOperation,
			actionProperties,
		);
	}
}
