import { Container } from '@n8n/di';
import { OutboundHttp } from '@n8n/backend-network';
import type { ICredentialDataDecryptedObject, ICredentialTestFunctions } from 'n8n-workflow';

import { OpenApiService } from '../../../nodes/OpenApiService/OpenApiService.node';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { serviceCredentials } from './helpers';

let sandbox: Sandbox;
useSandbox((s) => (sandbox = s));

/** n8n's credential-test context: only the legacy request helper, here over real HTTP. */
function testContext(sent: string[]): ICredentialTestFunctions {
	return {
		logger: console,
		helpers: {
			async request(options: { uri: string }) {
				sent.push(options.uri);
				return await Container.get(OutboundHttp)
					.requests()
					.requestLegacy(options as never);
			},
		},
	} as unknown as ICredentialTestFunctions;
}

async function test(credentials: ICredentialDataDecryptedObject, sent: string[] = []) {
	const node = new OpenApiService();
	return await node.methods.credentialTest.openApiServiceApiTest.call(testContext(sent), {
		id: 'c',
		name: 'OpenAPI Service',
		type: 'openApiServiceApi',
		data: credentials,
	});
}

const mount = () => `${sandbox.url}/openapi-service`;

describe('the credential test', () => {
	it('reads the spec, then tries the token on a GET without parameters', async () => {
		const sent: string[] = [];
		const result = await test(serviceCredentials(sandbox), sent);
		expect(result).toEqual({
			status: 'OK',
			message: 'The spec has 17 operations, and GET /v1/customers accepted the token',
		});
		expect(sent).toEqual([`${mount()}/openapi.json`, `${mount()}/v1/customers`]);
	});

	it('reads a pasted YAML spec without fetching it', async () => {
		const sent: string[] = [];
		const result = await test(
			serviceCredentials(sandbox, {
				specSource: 'text',
				specText: sandbox.openApiService.specYaml(),
				apiVersion: 'v2',
			}),
			sent,
		);
		expect(result.status).toBe('OK');
		expect(sent).toEqual([`${mount()}/v2/customers`]);
	});

	it('says where the spec broke', async () => {
		const result = await test(
			serviceCredentials(sandbox, {
				specSource: 'text',
				specText: '{"openapi": "3.1.0", "paths": {"/a": }}',
			}),
		);
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^The OpenAPI spec cannot be read at line 1, column 40: invalid JSON \(Unexpected token '}'/,
			),
		});
	});

	it('reports a refused token with the service message, without the token', async () => {
		const token = 'oas_wrong_token_000000';
		const result = await test(serviceCredentials(sandbox, { token }));
		expect(result.status).toBe('Error');
		expect(result.message).toBe(
			'The Spec URL refused the token (HTTP 401): A valid token is required: Authorization: Bearer <token>',
		);
		expect(result.message).not.toContain(token);
	});

	it('asks for the scheme the spec declares', async () => {
		const result = await test(
			serviceCredentials(sandbox, {
				authScheme: 'Token ',
				specSource: 'text',
				specText: sandbox.openApiService.specJson(),
			}),
		);
		expect(result).toEqual({
			status: 'Error',
			message:
				'The spec declares the token as Bearer (securitySchemes.bearerAuth), but Token Scheme is Token: set Token Scheme to Bearer',
		});
	});

	it.each([
		['http on another host', { baseUrl: 'http://evil.example/api' }, '"Base URL" must use https'],
		[
			'a user in the URL',
			{ baseUrl: 'https://user@evil.example' },
			'"Base URL" must not contain a user name or password',
		],
		[
			'a query in the URL',
			{ baseUrl: 'https://api.example.com?x=1' },
			'"Base URL" must not contain a query or fragment',
		],
		[
			'a spec URL on another host',
			{ specUrl: 'http://127.0.0.2:1/openapi.json' },
			'"Spec URL" must be on the API\'s host',
		],
		[
			'a spec URL with a fragment',
			{ specUrl: 'https://api.example.com/openapi.json#x', baseUrl: 'https://api.example.com' },
			'"Spec URL" must not contain a user name, password or fragment',
		],
		['an empty token', { token: '  ' }, '"Token" is required'],
		[
			'a version with a slash',
			{ apiVersion: 'v1/../admin' },
			'"API Version" must look like v1 or v2',
		],
	])('refuses %s before sending anything', async (_name, values, message) => {
		const sent: string[] = [];
		const result = await test(serviceCredentials(sandbox, values), sent);
		expect(result.status).toBe('Error');
		expect(result.message).toContain(message);
		expect(sent).toEqual([]);
	});
});
