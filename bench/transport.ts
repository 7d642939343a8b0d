import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';

import type { RequestLimits, Transport, VendorClient } from '../nodes/shared/client';
import { clientFor, n8nTransport } from '../nodes/shared/client';
import type { VendorProfile } from '../nodes/shared/types';
import { requestWithCredential } from '../test/helpers/n8nHttp';

export interface Account {
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
}

/**
 * The core's production transport (`n8nTransport`) over what n8n's
 * `httpRequestWithAuthentication` does: the credential applied, then n8n's outbound stack.
 */
export function n8nBenchTransport(account: Account): Transport {
	const context = {
		helpers: {
			httpRequestWithAuthentication: async (_type: string, request: IHttpRequestOptions) =>
				await requestWithCredential(account.credentialType, account.credentials, request),
		},
		logger: { debug: () => undefined },
	};
	return n8nTransport(context as unknown as IExecuteFunctions, account.credentialType.name);
}

const BENCH_NODE: INode = {
	id: 'bench',
	name: 'Bench',
	type: 'n8n-nodes-backoffice.bench',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** A core client as an execution gets one: every client of one account shares its pacer. */
export function benchClient(
	profile: VendorProfile,
	account: Account,
	limits: Partial<RequestLimits> = {},
	transport: Transport = n8nBenchTransport(account),
	processes = 1,
): VendorClient {
	return clientFor(
		profile,
		transport,
		BENCH_NODE,
		profile.baseUrl(account.credentials),
		profile.secrets(account.credentials),
		limits,
		processes,
	);
}
