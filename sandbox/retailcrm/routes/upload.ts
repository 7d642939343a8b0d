import type { SandboxResponse } from '../../types';
import { created } from '../context';
import { CrmError } from '../errors';
import type { Entity, Row } from '../types';

/**
 * A batch upload method: each row stands alone; if any fails the answer is a 460
 * with what was uploaded, what failed, and every message as a flat list (api-client-go
 * client.go and client_test.go: "Orders are loaded with errors" with uploadedOrders/failedOrders).
 */
export function batchUpload(
	rows: Row[],
	noun: 'Orders' | 'Customers',
	create: (input: Row) => Entity,
	extra: (done: Entity[]) => Row = () => ({}),
): SandboxResponse {
	const uploaded: Row[] = [];
	const failed: Row[] = [];
	const errors: string[] = [];
	const done: Entity[] = [];
	for (const input of rows) {
		try {
			const row = create(input);
			done.push(row);
			uploaded.push({ id: row.id, ...(row.externalId ? { externalId: row.externalId } : {}) });
		} catch (error) {
			if (!(error instanceof CrmError)) throw error;
			failed.push(input.externalId === undefined ? {} : { externalId: input.externalId });
			const details = error.errors ?? [];
			errors.push(
				...(Array.isArray(details)
					? details
					: Object.entries(details).map(([field, message]) => `${field}: ${message}`)),
			);
		}
	}
	const uploadedKey = `uploaded${noun}`;
	if (failed.length === 0) return created({ [uploadedKey]: uploaded, ...extra(done) });
	return {
		status: 460,
		json: {
			success: false,
			[uploadedKey]: uploaded,
			[`failed${noun}`]: failed,
			errorMsg: `${noun} are loaded with errors`,
			errors,
		},
	};
}

/** At most 50 records per upload: common knowledge and public integrations; no vendor source found verbatim. */
export const MAX_UPLOAD = 50;

export function uploadLimit(key: string): Record<string, string> {
	return { [key]: `This collection should contain ${MAX_UPLOAD} elements or less.` };
}
