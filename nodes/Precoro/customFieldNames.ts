import type { IDataObject } from 'n8n-workflow';

import type { VendorClient } from '../shared/client';
import { recentList } from './recentLists';

async function fieldNames(client: VendorClient, itemIndex: number): Promise<Map<number, string>> {
	const fields = await recentList(
		client,
		{ method: 'GET', path: '/documentcustomfields' },
		itemIndex,
	);
	return new Map(fields.map((field) => [Number(field.id), String(field.name)]));
}

/**
 * Adds `fieldName` next to each value in `dataDocumentCustomFields.data[]`, whose entries name
 * their field only by `documentCustomField.id` (help.precoro.com "Using API in Precoro";
 * hotgluexyz/tap-precoro streams.py).
 */
export async function withCustomFieldNames(
	client: VendorClient,
	records: IDataObject[],
	itemIndex: number,
): Promise<IDataObject[]> {
	const names = await fieldNames(client, itemIndex);
	return records.map((record) => {
		const block = record.dataDocumentCustomFields as { data?: IDataObject[] } | undefined;
		if (!block || !Array.isArray(block.data)) return record;
		const data = block.data.map((entry) => {
			const id = Number((entry.documentCustomField as IDataObject | undefined)?.id);
			return names.has(id) ? { ...entry, fieldName: names.get(id) } : entry;
		});
		return { ...record, dataDocumentCustomFields: { ...block, data } };
	});
}
