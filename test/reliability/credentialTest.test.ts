import type { ICredentialDataDecryptedObject, ICredentialType } from 'n8n-workflow';

import { createClient } from '../../nodes/shared/client';
import type { Sandbox } from '../../sandbox/server';
import { executeContext } from '../helpers/n8nContext';
import { useSandbox } from '../helpers/useSandbox';
import { vendors } from './vendors';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

/** What n8n does with `={{ … }}`: evaluate the JavaScript with `$credentials` in scope. */
function evaluate(expression: string, credentials: ICredentialDataDecryptedObject): string {
	const match = /^=\{\{([\s\S]*)\}\}$/.exec(expression);
	if (!match) return expression;
	return String(new Function('$credentials', `return (${match[1]});`)(credentials));
}

/** The URL the credential's Test button requests. */
function testUrl(type: ICredentialType, credentials: ICredentialDataDecryptedObject): URL {
	const request = type.test!.request;
	const base = evaluate(String(request.baseURL ?? ''), credentials);
	return new URL(`${base.replace(/\/+$/, '')}${evaluate(String(request.url ?? ''), credentials)}`);
}

const hostile = vendors.flatMap((vendor) =>
	vendor.hostileCredentials.map((c) => [vendor.displayName, c.name, vendor, c] as const),
);

describe("a credential's Test button", () => {
	it.each(hostile)(
		'%s sends nothing anywhere for %s',
		(_vendor, _case, vendor, { credentials }) => {
			const url = testUrl(vendor.credentialType, credentials);
			expect(url.hostname).toMatch(/\.invalid$/);
			expect(url.username).toBe('');
		},
	);

	it.each(vendors.map((vendor) => [vendor.displayName, vendor] as const))(
		'%s tests the API root the node uses for an accepted credential',
		async (_vendor, vendor) => {
			const credentials = vendor.credentials(sandbox);
			const client = await createClient(
				executeContext({
					nodeType: vendor.nodeType,
					credentialType: vendor.credentialType,
					credentials,
					parameters: vendor.list.parameters,
				}),
				vendor.profile,
			);
			const url = testUrl(vendor.credentialType, credentials);
			expect(url.origin).toBe(new URL(client.baseUrl).origin);
			expect(url.href.startsWith(sandbox.url)).toBe(true);
		},
	);
});
