import { Container } from '@n8n/di';
import { OutboundHttp } from '@n8n/backend-network';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialType,
} from 'n8n-workflow';

import { createClient } from '../../nodes/shared/client';
import type { Sandbox } from '../../sandbox/server';
import { executeContext } from '../helpers/n8nContext';
import { useSandbox } from '../helpers/useSandbox';
import type { VendorCase } from './vendorCase';
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

/**
 * A credential without a declarative test is tested by its node (`testedBy`), with n8n's
 * legacy request helper; this runs that test and records every URL it asked for.
 */
async function nodeTest(vendor: VendorCase, credentials: ICredentialDataDecryptedObject) {
	const type = vendor.credentialType;
	const method = vendor.nodeType.description.credentials?.find(
		(c) => c.name === type.name,
	)?.testedBy;
	const test = vendor.nodeType.methods?.credentialTest?.[String(method)];
	if (!test)
		throw new Error(`${vendor.displayName} has neither a test request nor a testedBy method`);
	const urls: string[] = [];
	const ctx = {
		logger: console,
		helpers: {
			async request(options: { uri: string }) {
				urls.push(options.uri);
				return await Container.get(OutboundHttp)
					.requests()
					.requestLegacy(options as never);
			},
		},
	} as unknown as ICredentialTestFunctions;
	const result = await test.call(ctx, { id: 't', name: 't', type: type.name, data: credentials });
	return { result, urls };
}

const hostile = vendors.flatMap((vendor) =>
	vendor.hostileCredentials.map((c) => [vendor.displayName, c.name, vendor, c] as const),
);

describe("a credential's Test button", () => {
	it.each(hostile)(
		'%s sends nothing anywhere for %s',
		async (_vendor, _case, vendor, { credentials }) => {
			if (!vendor.credentialType.test) {
				const { result, urls } = await nodeTest(vendor, credentials);
				expect(result.status).toBe('Error');
				expect(urls).toEqual([]);
				return;
			}
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
			const urls = vendor.credentialType.test
				? [testUrl(vendor.credentialType, credentials)]
				: (await nodeTest(vendor, credentials)).urls.map((url) => new URL(url));
			expect(urls.length).toBeGreaterThan(0);
			for (const url of urls) {
				expect(url.origin).toBe(new URL(client.baseUrl).origin);
				expect(url.href.startsWith(sandbox.url)).toBe(true);
			}
		},
	);
});
