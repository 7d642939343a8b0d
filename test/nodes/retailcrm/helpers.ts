import type {
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	IPollFunctions,
} from 'n8n-workflow';

import { RetailCrmApi } from '../../../credentials/RetailCrmApi.credentials';
import { RetailCrm } from '../../../nodes/RetailCrm/RetailCrm.node';
import { RetailCrmTrigger } from '../../../nodes/RetailCrm/RetailCrmTrigger.node';
import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_MOUNT,
	RETAILCRM_SITE_MAIN,
} from '../../../sandbox/retailcrm/keys';
import type { Sandbox } from '../../../sandbox/server';
import type { ContextOptions } from '../../helpers/n8nContext';
import { executeContext, hookContext, loadOptionsContext } from '../../helpers/n8nContext';

export function retailCrmCredentials(
	sandbox: Sandbox,
	extra: { apiKey?: string; site?: string } = {},
) {
	return {
		url: `${sandbox.url}${RETAILCRM_MOUNT}`,
		apiKey: extra.apiKey ?? RETAILCRM_DEMO_KEY,
		site: extra.site ?? '',
	};
}

export function retailCrmOptions(
	sandbox: Sandbox,
	parameters: ContextOptions['parameters'],
	extra: Partial<ContextOptions> = {},
): ContextOptions {
	return {
		nodeType: new RetailCrm(),
		credentialType: new RetailCrmApi(),
		credentials: retailCrmCredentials(sandbox),
		parameters,
		...extra,
	};
}

/** Runs the RetailCRM node once and returns its only output. */
export async function runRetailCrm(
	sandbox: Sandbox,
	parameters: INodeParameters | ((itemIndex: number) => INodeParameters),
	extra: Partial<ContextOptions> = {},
): Promise<INodeExecutionData[]> {
	const [out] = await new RetailCrm().execute.call(
		executeContext(retailCrmOptions(sandbox, parameters, extra)),
	);
	return out;
}

export function loadOptions(sandbox: Sandbox, extra: Partial<ContextOptions> = {}) {
	return loadOptionsContext(retailCrmOptions(sandbox, {}, extra));
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
		nodeType: new RetailCrmTrigger(),
		credentialType: new RetailCrmApi(),
		credentials: retailCrmCredentials(sandbox),
		parameters,
		staticData,
		...extra,
	});
	return {
		...base,
		getMode: () => mode,
		getNodeParameter: (name: string, fallback?: unknown) =>
			(base.getNodeParameter as (n: string, i: number, f?: unknown) => unknown)(name, 0, fallback),
	} as unknown as IPollFunctions;
}

export const jsonOf = (items: INodeExecutionData[]) =>
	items.map((item) => item.json as IDataObject);

/** The requests the sandbox received from the node, by path and method. */
export const receivedBy = (sandbox: Sandbox) => (path?: string | RegExp, method?: string) =>
	sandbox.received.filter({ vendor: 'retailcrm', path, method });

/** A form-encoded body as its fields (each entity one JSON text). */
export const formFields = (body: unknown) => body as Record<string, string>;

/** Run options with the main site as the credential's default site. */
export const withMainSite = (sandbox: Sandbox): Partial<ContextOptions> => ({
	credentials: retailCrmCredentials(sandbox, { site: RETAILCRM_SITE_MAIN }),
});
