import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import type { TestGet } from '../shared/nodeCredentialTest';
import { credentialTestGet, credentialTestResult } from '../shared/nodeCredentialTest';
import { redactText, secretForms } from '../shared/redact';
import type { RawResponse } from '../shared/types';
import { header } from '../shared/waits';
import { resolveOperation } from './catalog';
import {
	openApiServiceError,
	openApiServiceProfile,
	specSourceOf,
	versionOf,
} from './OpenApiServiceProfile';
import type { ParsedSpec } from './spec/operations';
import { declaredTokenScheme } from './spec/operations';
import { detailsOf, parseSpec } from './specSource';

/** The Token Scheme choices: what goes before the token in the Authorization header. */
export const TOKEN_SCHEMES: Record<string, string> = {
	'Bearer ': 'Bearer',
	'Token ': 'Token',
	'': 'Token Only',
};

const JSON_ACCEPT = 'application/json';

function problem(response: RawResponse, forms: string[]): string {
	let message: string | undefined;
	try {
		message = openApiServiceError(JSON.parse(String(response.body))).message;
	} catch {
		message = undefined;
	}
	return message ? `: ${redactText(message, forms)}` : '';
}

/** A GET the token can be tried on: no required parameter, a list if there is one. */
function probeOf(spec: ParsedSpec, version: string) {
	const candidates = [...spec.byKey.keys()].filter((key) => key.startsWith('GET '));
	const usable = candidates
		.map((key) => {
			try {
				return resolveOperation(spec, key, version);
			} catch {
				return undefined;
			}
		})
		.filter((resolved) => resolved !== undefined)
		.filter((resolved) => !detailsOf(spec, resolved.operation).parameters.some((p) => p.required));
	return (
		usable.find((resolved) => detailsOf(spec, resolved.operation).list !== undefined) ?? usable[0]
	);
}

/**
 * The credential test: the URL rules first (so the token is sent nowhere the node would refuse),
 * then the spec fetched and read (a broken one is reported with where it broke), its declared
 * token scheme compared, and one cheap GET to see the token accepted.
 */
export async function testOpenApiService(
	get: TestGet,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	const root = openApiServiceProfile.baseUrl(credentials);
	const version = versionOf(credentials.apiVersion ?? 'v1');
	const source = specSourceOf(credentials);
	const token = String(credentials.token).trim();
	const scheme = String(credentials.authScheme ?? 'Bearer ');
	const forms = secretForms([token]);
	const auth = { Authorization: `${scheme}${token}` };

	let text: string;
	if (source.kind === 'url') {
		const response = await get(source.url, {
			...auth,
			Accept: `${JSON_ACCEPT}, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.5`,
		});
		const status = response.statusCode;
		if (status >= 300 && status < 400) {
			throw new Error(
				`The Spec URL redirects (HTTP ${status}) to ${header(response.headers, 'location') ?? 'another address'}; enter the address the spec is at`,
			);
		}
		if (status === 401 || status === 403) {
			throw new Error(`The Spec URL refused the token (HTTP ${status})${problem(response, forms)}`);
		}
		if (status < 200 || status >= 300) {
			throw new Error(`The Spec URL answered HTTP ${status}${problem(response, forms)}`);
		}
		text = String(response.body);
	} else {
		text = source.text;
	}
	const spec = parseSpec(text);

	const declared = declaredTokenScheme(spec);
	if (declared && declared.prefix !== scheme) {
		throw new Error(
			`The spec declares the token as ${TOKEN_SCHEMES[declared.prefix]} (securitySchemes.${declared.name}), but Token Scheme is ${TOKEN_SCHEMES[scheme] ?? scheme}: set Token Scheme to ${TOKEN_SCHEMES[declared.prefix]}`,
		);
	}
	const count = spec.operations.length;
	const probe = probeOf(spec, version);
	if (!probe) {
		return `The spec has ${count} operations; none is a GET without parameters to try the token on`;
	}
	const response = await get(`${root}${probe.path}`, { ...auth, Accept: JSON_ACCEPT });
	const status = response.statusCode;
	if (status === 401 || status === 403) {
		throw new Error(
			`${openApiServiceProfile.displayName} refused the token: GET ${probe.path} answered HTTP ${status}${problem(response, forms)}`,
		);
	}
	if ((status < 200 || status >= 300) && status !== 429) {
		throw new Error(`GET ${probe.path} answered HTTP ${status}${problem(response, forms)}`);
	}
	return `The spec has ${count} operations, and GET ${probe.path} accepted the token`;
}

export const openApiServiceCredentialTest = {
	async openApiServiceApiTest(
		this: ICredentialTestFunctions,
		credential: ICredentialsDecrypted,
	): Promise<INodeCredentialTestResult> {
		const get = credentialTestGet(this);
		return await credentialTestResult(
			async () => await testOpenApiService(get, credential.data ?? {}),
		);
	},
};
