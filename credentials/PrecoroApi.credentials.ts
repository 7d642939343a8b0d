import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { apiRoot, field, guardedBaseUrl, isApiRoot, isSet } from '../nodes/shared/credentialTest';
import { processesProperty } from '../nodes/shared/processShare';

/** The email check of PrecoroProfile (zod's `email()`), loosened only to what an expression can hold. */
const isEmail = (name: string) => `/^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$/.test(${field(name)})`;

export class PrecoroApi implements ICredentialType {
	name = 'precoroApi';

	displayName = 'Precoro API';

	icon = {
		light: 'file:../nodes/Precoro/precoro.svg',
		dark: 'file:../nodes/Precoro/precoro.dark.svg',
	} as const;

	documentationUrl = 'https://help.precoro.com/using-api-in-precoro';

	properties: INodeProperties[] = [
		{
			displayName:
				'A Precoro token belongs to one user in one company: name this credential after both, e.g. "Precoro – Acme Ltd – jane@acme.com"',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'api.precoro.com (Default)', value: 'com' },
				{ name: 'api.precoro.us (US Server Accounts)', value: 'us' },
			],
			default: 'com',
			description: 'Accounts on app.precoro.us use api.precoro.us; all others api.precoro.com',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Create one in Precoro under Configuration > Integrations > API Key. It is shown once, belongs to the user who created it and to the company open at the time; its data is limited by that user’s roles.',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description:
				'Email address of the user the token belongs to; Precoro wants it with every request',
		},
		{
			displayName: 'Base URL Override',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://api.precoro.com',
			description:
				'Leave empty to use the region’s API. Set it for a local test server (https, or http only for localhost).',
		},
		processesProperty(),
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			// Both on every call (Precoro's Postman collection; hotgluexyz/tap-precoro client.py).
			headers: {
				'X-AUTH-TOKEN': '={{$credentials.apiToken}}',
				email: '={{$credentials.email}}',
				Accept: 'application/json',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The same checks as the node (PrecoroProfile.precoroBaseUrl), so a test never sends the
			// token to a host the node would refuse.
			baseURL: guardedBaseUrl(
				[
					{ check: isSet('apiToken'), refusal: 'api-token-is-required' },
					{ check: isEmail('email'), refusal: 'email-must-be-the-token-users-address' },
					{
						check: `!(${isSet('baseUrl')}) || ${isApiRoot('baseUrl')}`,
						refusal: 'base-url-override-must-be-https-without-user-query-or-fragment',
					},
					{
						check: `${isSet('baseUrl')} || ["com", "us"].includes(${field('region')})`,
						refusal: 'region-must-be-com-or-us',
					},
				],
				`${isSet('baseUrl')} ? ${apiRoot('baseUrl')} : "https://api.precoro." + ${field('region')}`,
			),
			// A cheap list that also proves the email belongs to a user of the company
			// (oomol-lab/open-connector validates Precoro credentials with GET /users).
			url: '/users',
		},
	};
}
