import {
	OPENAPI_SERVICE_DEMO_TOKEN,
	OPENAPI_SERVICE_MOUNT,
} from '../../../sandbox/openapi-service/keys';

export const OPENAPI_SERVICE_CREDENTIAL_ID = 'e2eOpenApiSvc01';

/** An openApiServiceApi credential for `n8n import:credentials`: the spec fetched as YAML. */
export function openApiServiceCredential(sandboxUrl: string) {
	const baseUrl = `${sandboxUrl}${OPENAPI_SERVICE_MOUNT}`;
	return {
		id: OPENAPI_SERVICE_CREDENTIAL_ID,
		name: 'OpenAPI Service (sandbox)',
		type: 'openApiServiceApi',
		data: {
			baseUrl,
			apiVersion: 'v1',
			token: OPENAPI_SERVICE_DEMO_TOKEN,
			authScheme: 'Bearer ',
			specSource: 'url',
			specUrl: `${baseUrl}/openapi.yaml`,
		},
	};
}
