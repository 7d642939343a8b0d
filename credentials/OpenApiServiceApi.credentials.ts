import type { IAuthenticateGeneric, ICredentialType, INodeProperties } from 'n8n-workflow';

import { processesProperty } from '../nodes/shared/processShare';

/**
 * Tested by the OpenAPI Service nodes (`testedBy`): the test reads and parses the spec, which
 * a declarative request cannot do, after the same URL checks the node makes.
 */
export class OpenApiServiceApi implements ICredentialType {
	name = 'openApiServiceApi';

	displayName = 'OpenAPI Service API';

	icon = {
		light: 'file:../nodes/OpenApiService/openApiService.svg',
		dark: 'file:../nodes/OpenApiService/openApiService.dark.svg',
	} as const;

	documentationUrl = 'https://spec.openapis.org/oas/v3.1.0';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://api.example.com',
			description:
				"The address the spec's paths are relative to, without the version (https only; http is allowed only for localhost)",
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: 'v1',
			placeholder: 'v1',
			description:
				'The route version put in front of paths that carry none (e.g. v1 for /v1/customers). Each operation can override it. Leave empty for an API without route versions.',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API token from the service, sent in the Authorization header',
		},
		{
			displayName: 'Token Scheme',
			name: 'authScheme',
			type: 'options',
			options: [
				{ name: 'Bearer', value: 'Bearer ', description: 'Authorization: Bearer <token>' },
				{ name: 'Token', value: 'Token ', description: 'Authorization: Token <token>' },
				{ name: 'Token Only', value: '', description: 'Authorization: <token>' },
			],
			default: 'Bearer ',
			description:
				"What comes before the token in the Authorization header. Use what the spec's securitySchemes declare; the credential test checks it.",
		},
		{
			displayName: 'Spec Source',
			name: 'specSource',
			type: 'options',
			options: [
				{
					name: 'URL',
					value: 'url',
					description: "Fetched with the token from the API's own host",
				},
				{ name: 'Pasted Text', value: 'text', description: 'The spec as JSON or YAML' },
			],
			default: 'url',
		},
		{
			displayName: 'Spec URL',
			name: 'specUrl',
			type: 'string',
			default: '',
			placeholder: 'https://api.example.com/openapi.json',
			displayOptions: { show: { specSource: ['url'] } },
			description:
				'Where the OpenAPI spec (JSON or YAML) is. It is fetched with the token, so it must be on the host of the Base URL.',
		},
		{
			displayName: 'Spec',
			name: 'specText',
			type: 'string',
			typeOptions: { rows: 10 },
			default: '',
			displayOptions: { show: { specSource: ['text'] } },
			description: 'The OpenAPI 3.0 or 3.1 (or Swagger 2.0) spec, as JSON or YAML',
		},
		processesProperty(),
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			// The seed: every request carries the token in Authorization; the scheme word varies.
			headers: { Authorization: '={{$credentials.authScheme}}{{$credentials.token}}' },
		},
	};
}
