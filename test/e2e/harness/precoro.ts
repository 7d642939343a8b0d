import {
	PRECORO_BUYER,
	PRECORO_FIRST_APPROVER,
	PRECORO_MOUNT,
	PRECORO_SECOND_APPROVER,
	type PrecoroUser,
} from '../../../sandbox/precoro/keys';

export const PRECORO_CREDENTIAL_ID = 'e2ePrecoroBuyer';
export const PRECORO_FIRST_APPROVER_CREDENTIAL_ID = 'e2ePrecoroBob';
export const PRECORO_SECOND_APPROVER_CREDENTIAL_ID = 'e2ePrecoroCarol';

/** A precoroApi credential for `n8n import:credentials`: one per user, as Precoro issues tokens. */
function precoroCredential(sandboxUrl: string, id: string, user: PrecoroUser) {
	return {
		id,
		name: `Precoro – Acme (sandbox) – ${user.email}`,
		type: 'precoroApi',
		data: {
			region: 'com',
			apiToken: user.token,
			email: user.email,
			baseUrl: `${sandboxUrl}${PRECORO_MOUNT}`,
		},
	};
}

/** The buyer's credential and each approver's, pointed at the sandbox. */
export function precoroCredentials(sandboxUrl: string) {
	return [
		precoroCredential(sandboxUrl, PRECORO_CREDENTIAL_ID, PRECORO_BUYER),
		precoroCredential(sandboxUrl, PRECORO_FIRST_APPROVER_CREDENTIAL_ID, PRECORO_FIRST_APPROVER),
		precoroCredential(sandboxUrl, PRECORO_SECOND_APPROVER_CREDENTIAL_ID, PRECORO_SECOND_APPROVER),
	];
}
