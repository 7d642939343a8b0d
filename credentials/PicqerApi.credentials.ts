import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import {
	apiRoot,
	field,
	guardedBaseUrl,
	isApiRoot,
	isLabel,
	isSet,
} from '../nodes/shared/credentialTest';
import { processesProperty } from '../nodes/shared/processShare';

export class PicqerApi implements ICredentialType {
	name = 'picqerApi';

	displayName = 'Picqer API';

	icon = {
		light: 'file:../nodes/Picqer/picqer.svg',
		dark: 'file:../nodes/Picqer/picqer.dark.svg',
	} as const;

	documentationUrl = 'https://picqer.com/en/api';

	properties: INodeProperties[] = [
		{
			displayName: 'Subdomain',
			name: 'subdomain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'mycompany',
			description: 'The part before .picqer.com in your Picqer address',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Create one in Picqer under Settings > API keys',
		},
		{
			displayName: 'Base URL Override',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://mycompany.picqer.com/api/v1',
			description:
				'Leave empty to use https://{subdomain}.picqer.com/api/v1. Set it for a staging account or a local test server (http is allowed only for localhost).',
		},
		processesProperty(),
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			// Picqer takes the key as the Basic user name and ignores the password.
			auth: { username: '={{$credentials.apiKey}}', password: '' },
			headers: {
				// Picqer refuses requests without a User-Agent that names the application.
				'User-Agent': 'n8n-nodes-backoffice (https://www.npmjs.com/package/n8n-nodes-backoffice)',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The same checks as the node (PicqerProfile.baseUrl), so a test never sends the key
			// to a host the node would refuse.
			baseURL: guardedBaseUrl(
				[
					{ check: isSet('apiKey'), refusal: 'api-key-is-required' },
					{
						check: `!(${isSet('baseUrl')}) || ${isApiRoot('baseUrl')}`,
						refusal: 'base-url-override-must-be-https-without-user-query-or-fragment',
					},
					{
						check: `${isSet('baseUrl')} || ${isLabel('subdomain')}`,
						refusal: 'subdomain-may-contain-only-letters-digits-and-hyphens',
					},
				],
				`${isSet('baseUrl')} ? ${apiRoot('baseUrl')} : "https://" + ${field('subdomain')}.trim().toLowerCase() + ".picqer.com/api/v1"`,
			),
			url: '/users/me',
		},
	};
}
