import { OPENAPI_SERVICE_CREDENTIAL_ID, openApiServiceCredential } from './openApiService';
import { PELCRO_CREDENTIAL_ID, pelcroCredential } from './pelcro';
import { PICQER_CREDENTIAL_ID, picqerCredential } from './picqer';
import {
	PRECORO_CREDENTIAL_ID,
	PRECORO_FIRST_APPROVER_CREDENTIAL_ID,
	PRECORO_SECOND_APPROVER_CREDENTIAL_ID,
	precoroCredentials,
} from './precoro';
import { RETAILCRM_CREDENTIAL_ID, retailCrmCredential } from './retailcrm';

/** The `__NAME__` placeholders of credential ids in workflow files, with the ids imported here. */
export const CREDENTIAL_IDS = {
	PICQER_CREDENTIAL_ID,
	RETAILCRM_CREDENTIAL_ID,
	PELCRO_CREDENTIAL_ID,
	OPENAPI_SERVICE_CREDENTIAL_ID,
	PRECORO_CREDENTIAL_ID,
	PRECORO_FIRST_APPROVER_CREDENTIAL_ID,
	PRECORO_SECOND_APPROVER_CREDENTIAL_ID,
};

/** Every vendor credential, pointed at one sandbox, for a single `n8n import:credentials`. */
export function sandboxCredentials(sandboxUrl: string): object[] {
	return [
		picqerCredential(sandboxUrl),
		retailCrmCredential(sandboxUrl),
		pelcroCredential(sandboxUrl),
		openApiServiceCredential(sandboxUrl),
		...precoroCredentials(sandboxUrl),
	];
}
