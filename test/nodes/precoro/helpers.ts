import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IPollFunctions,
} from 'n8n-workflow';

import { PrecoroApi } from '../../../credentials/PrecoroApi.credentials';
import { Precoro } from '../../../nodes/Precoro/Precoro.node';
import { precoroProfile } from '../../../nodes/Precoro/PrecoroProfile';
import * as resources from '../../../nodes/Precoro/resources';
import { runOperations } from '../../../nodes/shared/executor';
import { composeResources } from '../../../nodes/shared/operations';
import type { VendorProfile } from '../../../nodes/shared/types';
import { PRECORO_BUYER, PRECORO_MOUNT, type PrecoroUser } from '../../../sandbox/precoro';
import type { Sandbox } from '../../../sandbox/server';
import type { ContextOptions, WebhookCall, WebhookReply } from '../../helpers/n8nContext';
import {
	executeContext,
	hookContext,
	loadOptionsContext,
	webhookContext,
} from '../../helpers/n8nContext';

/** A minute of Precoro's lasts a second here, in the sandbox and in the node's profile alike. */
export const TIME_SCALE = 1 / 60;

/**
 * Credentials for the sandbox. Runs on the node's real-time profile address it as `localhost`:
 * another API root is another account, so their pacer never meets the scaled runs' pacer.
 */
export function precoroCredentials(
	sandbox: Sandbox,
	user: PrecoroUser = PRECORO_BUYER,
	realTime = false,
) {
	const root = realTime ? sandbox.url.replace('127.0.0.1', 'localhost') : sandbox.url;
	return {
		region: 'com',
		apiToken: user.token,
		email: user.email,
		baseUrl: `${root}${PRECORO_MOUNT}`,
	};
}

/** Precoro's profile on a clock `scale` times as fast: every window and the repeat interval. */
export function scaledPrecoro(
	scale = TIME_SCALE,
	profile: VendorProfile = precoroProfile,
): VendorProfile {
	const { rateLimit } = profile;
	return {
		...profile,
		rateLimit: {
			...rateLimit,
			windows: rateLimit.windows.map((w) => ({ ...w, intervalMs: w.intervalMs * scale })),
			repeat: rateLimit.repeat && {
				...rateLimit.repeat,
				intervalMs: rateLimit.repeat.intervalMs * scale,
			},
		},
	};
}

const node = new Precoro();
const { operations } = composeResources(Object.values(resources), 'purchaseOrder');

export interface RunOptions extends Partial<ContextOptions> {
	user?: PrecoroUser;
	/** The node's own profile (default) or a changed one; scaled unless `realTime`. */
	profile?: VendorProfile;
	realTime?: boolean;
}

export function precoroOptions(
	sandbox: Sandbox,
	parameters: ContextOptions['parameters'],
	extra: RunOptions = {},
): ContextOptions {
	return {
		nodeType: node,
		credentialType: new PrecoroApi(),
		credentials: precoroCredentials(sandbox, extra.user, extra.realTime),
		parameters,
		...extra,
	};
}

/**
 * Runs the Precoro node's operations (composed from its resources folder, as the node does) over
 * real HTTP, on the profile scaled to the sandbox's clock; `realTime` runs the node class itself.
 */
export async function runPrecoro(
	sandbox: Sandbox,
	parameters: INodeParameters | ((itemIndex: number) => INodeParameters),
	extra: RunOptions = {},
): Promise<INodeExecutionData[]> {
	const ctx = executeContext(precoroOptions(sandbox, parameters, extra));
	if (extra.realTime) {
		const [out] = await node.execute.call(ctx as IExecuteFunctions);
		return out;
	}
	const profile = scaledPrecoro(TIME_SCALE, extra.profile ?? precoroProfile);
	const [out] = await runOperations(ctx, profile, operations, node.description.properties);
	return out;
}

export function precoroLoadOptions(
	sandbox: Sandbox,
	parameters: INodeParameters = {},
	user?: PrecoroUser,
) {
	return loadOptionsContext(precoroOptions(sandbox, parameters, { user }));
}

export const jsonOf = (items: INodeExecutionData[]) =>
	items.map((item) => item.json as IDataObject);

/** A poll context over the same HTTP stack, with the mode n8n would give. */
export function precoroPollContext(
	sandbox: Sandbox,
	nodeType: INodeType,
	parameters: INodeParameters,
	staticData: IDataObject,
	options: { mode?: 'manual' | 'trigger'; user?: PrecoroUser; realTime?: boolean } = {},
): IPollFunctions {
	const base = hookContext({
		nodeType,
		credentialType: new PrecoroApi(),
		credentials: precoroCredentials(sandbox, options.user, options.realTime),
		parameters,
		staticData,
	});
	return {
		...base,
		getMode: () => options.mode ?? 'trigger',
		getNodeParameter: (name: string, fallback?: unknown) =>
			(base.getNodeParameter as (n: string, i: number, f?: unknown) => unknown)(name, 0, fallback),
	} as unknown as IPollFunctions;
}

/** A webhook call into the Precoro Webhook Trigger: the thin payload and the URL's token. */
export function precoroWebhookContext(
	sandbox: Sandbox,
	nodeType: INodeType,
	parameters: INodeParameters,
	call: WebhookCall,
	reply: WebhookReply,
	realTime = false,
) {
	const ctx = webhookContext(
		{
			nodeType,
			credentialType: new PrecoroApi(),
			credentials: precoroCredentials(sandbox, PRECORO_BUYER, realTime),
			parameters,
		},
		call,
		reply,
	);
	const read = ctx.getNodeParameter as (n: string, i: number, f?: unknown) => unknown;
	return Object.assign(ctx, {
		getNodeParameter: (name: string, fallback?: unknown) => read(name, 0, fallback),
	});
}
