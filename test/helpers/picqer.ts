import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { PicqerApi } from '../../credentials/PicqerApi.credentials';
import { Picqer } from '../../nodes/Picqer/Picqer.node';
import { PICQER_DEMO_KEY, PICQER_MOUNT } from '../../sandbox/picqer/keys';
import type { Sandbox } from '../../sandbox/server';
import type { ContextOptions } from './n8nContext';
import { executeContext } from './n8nContext';

export function picqerCredentials(sandbox: Sandbox, apiKey = PICQER_DEMO_KEY) {
	return { subdomain: 'demo', apiKey, baseUrl: `${sandbox.url}${PICQER_MOUNT}` };
}

export function picqerOptions(
	sandbox: Sandbox,
	parameters: ContextOptions['parameters'],
	extra: Partial<ContextOptions> = {},
): ContextOptions {
	return {
		nodeType: new Picqer(),
		credentialType: new PicqerApi(),
		credentials: picqerCredentials(sandbox),
		parameters,
		...extra,
	};
}

/** Runs the Picqer node once and returns its only output. */
export async function runPicqer(
	sandbox: Sandbox,
	parameters: INodeParameters | ((itemIndex: number) => INodeParameters),
	extra: Partial<ContextOptions> = {},
): Promise<INodeExecutionData[]> {
	const [out] = await new Picqer().execute.call(
		executeContext(picqerOptions(sandbox, parameters, extra)),
	);
	return out;
}

export const jsonOf = (items: INodeExecutionData[]) =>
	items.map((item) => item.json as IDataObject);
