import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	IPollFunctions,
	ResourceMapperValue,
} from 'n8n-workflow';

import { OpenApiServiceApi } from '../../../credentials/OpenApiServiceApi.credentials';
import { OpenApiService } from '../../../nodes/OpenApiService/OpenApiService.node';
import { OpenApiServiceTrigger } from '../../../nodes/OpenApiService/OpenApiServiceTrigger.node';
import {
	OPENAPI_SERVICE_DEMO_TOKEN,
	OPENAPI_SERVICE_MOUNT,
} from '../../../sandbox/openapi-service/keys';
import type { Sandbox } from '../../../sandbox/server';
import type { ContextOptions } from '../../helpers/n8nContext';
import { executeContext, hookContext, loadOptionsContext } from '../../helpers/n8nContext';

/** The simulator as a customer would set it up: base URL, v1, Bearer token, spec by URL. */
export function serviceCredentials(
	sandbox: Sandbox,
	extra: ICredentialDataDecryptedObject = {},
): ICredentialDataDecryptedObject {
	const baseUrl = `${sandbox.url}${OPENAPI_SERVICE_MOUNT}`;
	return {
		baseUrl,
		apiVersion: 'v1',
		token: OPENAPI_SERVICE_DEMO_TOKEN,
		authScheme: 'Bearer ',
		specSource: 'url',
		specUrl: `${baseUrl}/openapi.json`,
		specText: '',
		...extra,
	};
}

/** The resource mapper's value as the editor stores it. */
export const mapped = (value: IDataObject): ResourceMapperValue => ({
	mappingMode: 'defineBelow',
	value: value as ResourceMapperValue['value'],
	matchingColumns: [],
	schema: [],
	attemptToConvertTypes: false,
	convertFieldsToString: false,
});

export function serviceOptions(
	sandbox: Sandbox,
	parameters: ContextOptions['parameters'],
	extra: Partial<ContextOptions> = {},
): ContextOptions {
	return {
		nodeType: new OpenApiService(),
		credentialType: new OpenApiServiceApi(),
		credentials: serviceCredentials(sandbox),
		parameters,
		...extra,
	};
}

/** Runs the node once and returns its only output. */
export async function runService(
	sandbox: Sandbox,
	parameters: INodeParameters | ((itemIndex: number) => INodeParameters),
	extra: Partial<ContextOptions> = {},
): Promise<INodeExecutionData[]> {
	const [out] = await new OpenApiService().execute.call(
		executeContext(serviceOptions(sandbox, parameters, extra)),
	);
	return out;
}

/** A design-time context with the node's current parameters. */
export function designContext(
	sandbox: Sandbox,
	parameters: INodeParameters,
	extra: Partial<ContextOptions> = {},
) {
	return loadOptionsContext(serviceOptions(sandbox, parameters, extra));
}

/** A poll context over the same HTTP stack, with the mode n8n would give. */
export function pollContext(
	sandbox: Sandbox,
	parameters: INodeParameters,
	staticData: IDataObject,
	mode: 'manual' | 'trigger' = 'trigger',
	extra: Partial<ContextOptions> = {},
): IPollFunctions {
	const base = hookContext({
		nodeType: new OpenApiServiceTrigger(),
		credentialType: new OpenApiServiceApi(),
		credentials: serviceCredentials(sandbox),
		parameters,
		staticData,
		...extra,
	});
	return {
		...base,
		getMode: () => mode,
		getNodeParameter: (name: string, fallback?: unknown, options?: object) =>
			(base.getNodeParameter as (n: string, i: number, f?: unknown, o?: object) => unknown)(
				name,
				0,
				fallback,
				options,
			),
	} as unknown as IPollFunctions;
}

export const jsonOf = (items: INodeExecutionData[]) =>
	items.map((item) => item.json as IDataObject);
