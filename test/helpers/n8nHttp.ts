import { Container } from '@n8n/di';
import { OutboundHttp } from '@n8n/backend-network';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

/**
 * Real HTTP through n8n's own outbound request stack (@n8n/backend-network, the same code
 * n8n-core uses) after applying a credential's generic `authenticate` block as n8n does.
 * Shared by the node tests and the benchmarks.
 */

const EXPRESSION = /^=\{\{\s*\$credentials\.(\w+)\s*\}\}$/;
const EMBEDDED = /\{\{\s*\$credentials\.(\w+)\s*\}\}/g;

/**
 * Resolves the simple expressions a generic authenticate block uses: `={{$credentials.x}}`, or
 * text around them such as `=Bearer {{$credentials.x}}`.
 */
function resolve(value: unknown, credentials: ICredentialDataDecryptedObject): unknown {
	if (typeof value === 'string') {
		const match = EXPRESSION.exec(value);
		if (match) return credentials[match[1]];
		if (!value.startsWith('=')) return value;
		return value.slice(1).replace(EMBEDDED, (_, name: string) => String(credentials[name] ?? ''));
	}
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, credentials)]));
	}
	return value;
}

export function authenticate(
	credentialType: ICredentialType,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): IHttpRequestOptions {
	const auth = credentialType.authenticate;
	if (!auth || typeof auth === 'function' || auth.type !== 'generic') return options;
	const props = resolve(auth.properties, credentials) as IDataObject;
	return {
		...options,
		headers: { ...(options.headers ?? {}), ...((props.headers as IDataObject) ?? {}) },
		qs: { ...(options.qs ?? {}), ...((props.qs as IDataObject) ?? {}) },
		...(props.auth ? { auth: props.auth as IHttpRequestOptions['auth'] } : {}),
		...(props.body
			? { body: { ...(options.body as IDataObject), ...(props.body as IDataObject) } }
			: {}),
	};
}

/** Sends an already authenticated request as n8n's `httpRequest` helper would. */
export async function sendOutbound(request: IHttpRequestOptions): Promise<unknown> {
	return await Container.get(OutboundHttp).requests().request(request);
}

/** What `this.helpers.httpRequestWithAuthentication` does for a generic credential. */
export async function requestWithCredential(
	credentialType: ICredentialType,
	credentials: ICredentialDataDecryptedObject,
	request: IHttpRequestOptions,
): Promise<unknown> {
	return await sendOutbound(authenticate(credentialType, credentials, request));
}
