import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { PelcroApi } from '../../../credentials/PelcroApi.credentials';
import { Pelcro } from '../../../nodes/Pelcro/Pelcro.node';
import { PelcroTrigger } from '../../../nodes/Pelcro/PelcroTrigger.node';
import { PELCRO_DEMO_KEY, PELCRO_DEMO_SITE, PELCRO_MOUNT } from '../../../sandbox/pelcro';
import type { Sandbox } from '../../../sandbox/server';
import type { ContextOptions } from '../../helpers/n8nContext';
import { executeContext, hookContext, loadOptionsContext } from '../../helpers/n8nContext';

export function pelcroCredentials(sandbox: Sandbox, extra: IDataObject = {}) {
	return {
		apiKey: PELCRO_DEMO_KEY,
		siteId: String(PELCRO_DEMO_SITE),
		environment: 'custom',
		baseUrl: `${sandbox.url}${PELCRO_MOUNT}`,
		...extra,
	};
}

export function pelcroOptions(
	sandbox: Sandbox,
	parameters: ContextOptions['parameters'],
	extra: Partial<ContextOptions> = {},
): ContextOptions {
	return {
		nodeType: new Pelcro(),
		credentialType: new PelcroApi(),
		credentials: pelcroCredentials(sandbox),
		parameters,
		...extra,
	};
}

/** Runs the Pelcro node once and returns its only output. */
export async function runPelcro(
	sandbox: Sandbox,
	parameters: INodeParameters | ((itemIndex: number) => INodeParameters),
	extra: Partial<ContextOptions> = {},
): Promise<INodeExecutionData[]> {
	const [out] = await new Pelcro().execute.call(
		executeContext(pelcroOptions(sandbox, parameters, extra)),
	);
	return out;
}

export const loadOptions = (sandbox: Sandbox) => loadOptionsContext(pelcroOptions(sandbox, {}));

export function triggerHooks(
	sandbox: Sandbox,
	parameters: INodeParameters,
	staticData: IDataObject,
	webhookUrl: string,
) {
	return hookContext({
		nodeType: new PelcroTrigger(),
		credentialType: new PelcroApi(),
		credentials: pelcroCredentials(sandbox),
		parameters,
		staticData,
		webhookUrl,
	});
}

/** The requests the Pelcro simulator received, optionally for one path. */
export const pelcroRequests = (sandbox: Sandbox, path?: string | RegExp) =>
	sandbox.received.filter({ vendor: 'pelcro', ...(path ? { path } : {}) });

export const locator = (value: unknown) => ({ mode: 'id', value: String(value) });
