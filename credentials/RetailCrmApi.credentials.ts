import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { apiRoot, guardedBaseUrl, isApiRoot, isSet } from '../nodes/shared/credentialTest';
import { processesProperty } from '../nodes/shared/processShare';

export class RetailCrmApi implements ICredentialType {
	name = 'retailCrmApi';

	displayName = 'RetailCRM API';

	icon = {
		light: 'file:../nodes/RetailCrm/retailcrm.svg',
		dark: 'file:../nodes/RetailCrm/retailcrm.dark.svg',
	} as const;

	documentationUrl = 'https://docs.simla.com/Developers/API/APIVersions/APIv5';

	properties: INodeProperties[] = [
		{
			displayName: 'Instance URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://mystore.retailcrm.ru',
			description:
				'The address of your RetailCRM or Simla.com account, e.g. https://mystore.simla.com (https only; http is allowed only for localhost)',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Create one under Settings > Integration > API access keys',
		},
		{
			displayName: 'Default Site Code',
			name: 'site',
			type: 'string',
			default: '',
			placeholder: 'my-store',
			description:
				'Symbolic code of the store used when an operation does not name one. Needed when the key covers several stores.',
		},
		processesProperty(),
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			// A header, not the apiKey query parameter: URLs end up in logs and proxies.
			headers: { 'X-API-KEY': '={{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The same checks as the node (RetailCrmProfile.baseUrl), so a test never sends the key
			// to a host the node would refuse.
			baseURL: guardedBaseUrl(
				[
					{ check: isSet('apiKey'), refusal: 'api-key-is-required' },
					{
						check: isApiRoot('url'),
						refusal: 'instance-url-must-be-https-without-user-query-or-fragment',
					},
				],
				`${apiRoot('url')}.replace(/\\/api(\\/v\\d+)?$/i, "")`,
			),
			url: '/api/credentials',
		},
	};
}
