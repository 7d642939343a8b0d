import { createHash } from 'node:crypto';
import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { VendorClient } from './client';

/** A source of new records behind a cursor the trigger keeps between polls. */
export interface PollSource<Cursor> {
	/**
	 * What the cursor points into (e.g. the endpoint). When the user changes it, the saved cursor
	 * belongs to something else and the trigger starts over from now.
	 */
	scope: string;
	/** The cursor as of now, so that the first run does not replay the past. */
	start(): Promise<Cursor>;
	/** Records after `cursor`, oldest first, and the cursor to keep for the next poll. */
	fetch(cursor: Cursor): Promise<{ records: IDataObject[]; cursor: Cursor }>;
	/** One recent record, so a manual test run shows the shape of the output. */
	sample(): Promise<IDataObject | undefined>;
}

/**
 * The account a client acts for, as a short hash of its API root and key, for a trigger's
 * scope: a credential switched to another account starts from now, and no key is kept in the
 * workflow's static data.
 */
export function accountScope(client: Pick<VendorClient, 'baseUrl' | 'secretForms'>): string {
	return createHash('sha256')
		.update([client.baseUrl, ...client.secretForms].join('\n'))
		.digest('hex')
		.slice(0, 16);
}

interface SavedCursor {
	scope: string;
	cursor: unknown;
}

const KEY = 'pollCursor';

function saved(data: IDataObject): SavedCursor | undefined {
	const value = data[KEY] as SavedCursor | undefined;
	return value && typeof value === 'object' && 'cursor' in value ? value : undefined;
}

/**
 * One poll: in manual mode one sample item and the cursor left alone; on the first run the
 * cursor set to now and nothing emitted; after that what is new, or null when nothing is.
 * The cursor moves only after every record was fetched, so a failed poll is repeated whole
 * and no record is lost.
 */
export async function poll<Cursor>(
	ctx: IPollFunctions,
	source: PollSource<Cursor>,
): Promise<INodeExecutionData[][] | null> {
	if (ctx.getMode() === 'manual') {
		const sample = await source.sample();
		return sample ? [ctx.helpers.returnJsonArray([sample])] : null;
	}
	const data = ctx.getWorkflowStaticData('node');
	const previous = saved(data);
	if (!previous || previous.scope !== source.scope) {
		data[KEY] = { scope: source.scope, cursor: await source.start() } as unknown as IDataObject;
		return null;
	}
	const { records, cursor } = await source.fetch(previous.cursor as Cursor);
	data[KEY] = { scope: source.scope, cursor } as unknown as IDataObject;
	return records.length > 0 ? [ctx.helpers.returnJsonArray(records)] : null;
}
