import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeParameters,
} from 'n8n-workflow';

import { runOperations } from '../../nodes/shared/executor';
import type { VendorProfile } from '../../nodes/shared/types';
import type { Sandbox } from '../../sandbox/server';
import type { LogLine } from '../helpers/n8nContext';
import { executeContext } from '../helpers/n8nContext';
import { expectNoSecrets, expectNoSecretsInUrls } from './leaks';
import type { VendorCase } from './vendorCase';

export interface NodeError extends Error {
	description?: string | null;
	httpCode?: string | null;
	context: IDataObject & { itemIndex?: number };
}

export interface Run {
	output?: INodeExecutionData[];
	error?: NodeError;
	logs: LogLine[];
	/** Every request the node handed to n8n's HTTP helper, after authentication. */
	sent: IHttpRequestOptions[];
}

export interface RunOptions {
	items?: number;
	continueOnFail?: boolean;
	credentials?: ICredentialDataDecryptedObject;
	/** Runs the node's operations on a changed profile (a short timeout, scaled windows). */
	profile?: (profile: VendorProfile) => VendorProfile;
	/** Replaces n8n's HTTP helper, e.g. to refuse anything that is not loopback. */
	http?: (request: IHttpRequestOptions) => Promise<unknown>;
}

/** The node's own profile with a request timeout short enough to meet in a test. */
export const withTimeout =
	(timeoutMs: number) =>
	(profile: VendorProfile): VendorProfile => ({ ...profile, timeoutMs });

/**
 * Runs the vendor's node once over real HTTP and checks that no form of a credential shows in
 * its output, its error or its logs; never throws the node's error, returns it instead.
 */
export async function runNode(
	vendor: VendorCase,
	sandbox: Sandbox,
	parameters: INodeParameters | ((itemIndex: number) => INodeParameters),
	options: RunOptions = {},
): Promise<Run> {
	const credentials = options.credentials ?? vendor.credentials(sandbox);
	const run: Run = { logs: [], sent: [] };
	const ctx = executeContext({
		nodeType: vendor.nodeType,
		credentialType: vendor.credentialType,
		credentials,
		parameters,
		items: Array.from({ length: options.items ?? 1 }, () => ({ json: {} })),
		continueOnFail: options.continueOnFail,
		logs: run.logs,
		sent: run.sent,
	});
	if (options.http) {
		const http = options.http;
		ctx.helpers.httpRequestWithAuthentication = async (_type, request) => {
			run.sent.push(request);
			return await http(request);
		};
	}
	try {
		const profile = options.profile
			? options.profile(vendor.profile)
			: vendor.onProfile
				? vendor.profile
				: undefined;
		[run.output] = profile
			? await runOperations(ctx, profile, vendor.operations, vendor.nodeType.description.properties)
			: await (vendor.nodeType.execute as (this: IExecuteFunctions) => Promise<never>).call(ctx);
	} catch (error) {
		run.error = error as NodeError;
	}
	expectNoSecrets(run, vendor.secrets(credentials));
	expectNoSecretsInUrls(run.sent, vendor.secrets(credentials));
	return run;
}

/** The run's error, failing the test when it succeeded. */
export function failure(run: Run): NodeError {
	if (!run.error) throw new Error(`Expected the node to fail, got ${run.output?.length} items`);
	return run.error;
}

/** The run's output, failing the test with the node's message when it failed. */
export function output(run: Run): INodeExecutionData[] {
	if (run.error) throw new Error(`Expected the node to succeed: ${run.error.message}`);
	return run.output ?? [];
}

export const jsonOf = (items: INodeExecutionData[]) =>
	items.map((item) => item.json as IDataObject);

/** Message and description together, as a user reads them. */
export const fullText = (error: { message: string; description?: string | null }) =>
	`${error.message}\n${error.description ?? ''}`;

let markers = 0;

/** A value no seeded record holds, to find what a write stored. */
export const marker = (label: string) => `Reliability ${label} ${++markers} ✓`;

/** Faults that drop the connection, so the request never gets a status in the log. */
const DROPPED = ['resetBefore', 'resetAfter'];

/** Waits (bounded) until the sandbox answered every request it received. */
export async function settled(sandbox: Sandbox, maxMs = 5000): Promise<void> {
	const deadline = Date.now() + maxMs;
	while (Date.now() < deadline) {
		const open = sandbox.received.all.some(
			(entry) => entry.status === undefined && !DROPPED.includes(entry.fault ?? ''),
		);
		if (!open) return;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
