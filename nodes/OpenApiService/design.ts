import type { ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

import { createClient } from '../shared/client';
import type { VendorClient } from '../shared/client';
import type { Credentials } from '../shared/types';
import type { ResolvedOperation } from './catalog';
import { resolveOperation } from './catalog';
import {
	OPEN_API_SERVICE_CREDENTIAL,
	openApiServiceProfile,
	versionOf,
} from './OpenApiServiceProfile';
import type { PagingPlan } from './paging';
import { detectPlan, planFor } from './paging';
import type { OperationDetails, ParsedSpec } from './spec/operations';
import { detailsOf, loadSpec } from './specSource';

/** The version an operation uses: its own API Version when set, else the credential's. */
export function effectiveVersion(credentials: Credentials, override: unknown): string {
	const own = String(override ?? '').trim();
	return own !== '' ? versionOf(own) : versionOf(credentials.apiVersion ?? 'v1');
}

/** What the editor and the trigger read: the account's client, its spec and credential. */
export interface SpecContext {
	client: VendorClient;
	credentials: Credentials;
	spec: ParsedSpec;
}

export async function specContext(
	ctx: ILoadOptionsFunctions | IPollFunctions,
): Promise<SpecContext> {
	const credentials = await ctx.getCredentials(OPEN_API_SERVICE_CREDENTIAL);
	const client = await createClient(ctx, openApiServiceProfile);
	return { client, credentials, spec: await loadSpec(client, credentials) };
}

export interface ChosenOperation {
	resolved: ResolvedOperation;
	details: OperationDetails;
	plan?: PagingPlan;
	version: string;
}

/** The operation a node's parameters name, with its details and, for lists, its pagination. */
export function chosenOperation(
	{ spec, credentials }: Pick<SpecContext, 'spec' | 'credentials'>,
	parameters: { operation: string; apiVersion?: unknown; pagination?: unknown },
): ChosenOperation {
	const version = effectiveVersion(credentials, parameters.apiVersion);
	const resolved = resolveOperation(spec, parameters.operation, version);
	const details = detailsOf(spec, resolved.operation);
	const plan = details.list
		? planFor(detectPlan(spec.document, details), String(parameters.pagination ?? 'auto'))
		: undefined;
	return { resolved, details, plan, version };
}
