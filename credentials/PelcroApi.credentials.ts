import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { apiRoot, field, guardedBaseUrl, isApiRoot, isSet } from '../nodes/shared/credentialTest';
import { processesProperty } from '../nodes/shared/processShare';
import { PELCRO_PRODUCTION_URL, PELCRO_STAGING_URL } from '../nodes/Pelcro/PelcroProfile';

/** The API root the test request goes to, from the values the node itself would accept. */
const testRoot = guardedBaseUrl(
	[
		{ check: isSet('apiKey'), refusal: 'api-key-is-required' },
		{ check: `/^\\d{1,10}$/.test(${field('siteId')})`, refusal: 'site-id-must-be-a-number' },
		{
			check: `$credentials.environment !== "custom" || ${isApiRoot('baseUrl')}`,
			refusal: 'base-url-must-be-https-or-local-http',
		},
	],
	`$credentials.environment === "staging" ? ${JSON.stringify(PELCRO_STAGING_URL)} : $credentials.environment === "custom" ? ${apiRoot('baseUrl')} : ${JSON.stringify(PELCRO_PRODUCTION_URL)}`,
);

export class PelcroApi implements ICredentialType {
	name = 'pelcroApi';

	displayName = 'Pelcro API';

	icon = {
		light: 'file:../nodes/Pelcro/pelcro.svg',
		dark: 'file:../nodes/Pelcro/pelcro.dark.svg',
	} as const;

	documentationUrl = 'https://docs.pelcro.com/reference/api-core-intro';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Create one in Pelcro under Settings > API keys (only account owners and administrators can)',
		},
		{
			displayName: 'Site ID',
			name: 'siteId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '1234',
			description:
				'The number of your Pelcro site, shown in its settings and in the admin URL (pelcro.com/admin/{site ID}/…). It is sent with every request.',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production', description: PELCRO_PRODUCTION_URL },
				{ name: 'Staging', value: 'staging', description: PELCRO_STAGING_URL },
				{ name: 'Custom Base URL', value: 'custom' },
			],
			default: 'production',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { environment: ['custom'] } },
			placeholder: 'https://www.pelcro.com/api/v1/core',
			description:
				'The Core API root, for a test server (https only; http is allowed only for localhost)',
		},
		processesProperty(),
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			// "Authorization: Bearer <API key>" and `site_id` on every call (docs.pelcro.com/reference/api-core-intro).
			headers: { Authorization: '=Bearer {{$credentials.apiKey}}', Accept: 'application/json' },
			qs: { site_id: '={{$credentials.siteId}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: { baseURL: testRoot, url: '/customers', qs: { limit: 1 } },
	};
}
