import type { IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { createClient } from '../../nodes/shared/client';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { executeContext } from '../helpers/n8nContext';
import { failure, runNode } from './harness';
import { vendors } from './vendors';

jest.setTimeout(30_000);

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

/** Stands in for n8n's HTTP helper: records the request and sends nothing anywhere. */
async function refuse(request: IHttpRequestOptions): Promise<never> {
	throw new Error(`Blocked a request to ${new URL(String(request.url)).host}`);
}

const cases = vendors.flatMap((vendor) =>
	vendor.hostileCredentials.map(
		(hostile) => [vendor.displayName, hostile.name, vendor, hostile] as const,
	),
);

describe('credentials that point elsewhere or lack a value', () => {
	it.each(cases)('%s refuses %s, naming the field', async (_vendor, _case, vendor, hostile) => {
		const ctx = executeContext({
			nodeType: vendor.nodeType,
			credentialType: vendor.credentialType,
			credentials: hostile.credentials,
			parameters: vendor.list.parameters,
		});
		await expect(createClient(ctx, vendor.profile)).rejects.toThrow(`"${hostile.field}"`);

		const run = await runNode(vendor, sandbox, vendor.list.parameters, {
			credentials: hostile.credentials,
			http: refuse,
		});
		const error = failure(run);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toContain(`credential is not valid: "${hostile.field}"`);
		expect(error.context.itemIndex).toBe(0);
		expect(run.sent).toHaveLength(0);
		expect(sandbox.received.length).toBe(0);
	});

	it.each(vendors.map((vendor) => [vendor.displayName, vendor] as const))(
		'%s accepts the sandbox on loopback over http',
		async (_name, vendor) => {
			const ctx = executeContext({
				nodeType: vendor.nodeType,
				credentialType: vendor.credentialType,
				credentials: vendor.credentials(sandbox),
				parameters: vendor.list.parameters,
			});
			const client = await createClient(ctx, vendor.profile);
			expect(client.baseUrl.startsWith(sandbox.url)).toBe(true);
		},
	);
});
