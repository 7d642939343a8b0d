import { createHash } from 'node:crypto';
import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { createClient } from '../shared/client';
import type { VendorClient } from '../shared/client';
import { list } from '../shared/list';
import { poll } from '../shared/polling';
import type { VendorProfile } from '../shared/types';
import { withCustomFieldNames } from './customFieldNames';
import { utcSeconds } from './precoroDates';
import { precoroPages } from './PrecoroProfile';

/**
 * Document lists the trigger watches, with their `modifiedSince` filter (INT lists it on each).
 * Payments are not among them: INT's GET /payments has no `modifiedSince`.
 */
export const WATCHED_DOCUMENTS = [
	{ name: 'Expense', value: '/expenses' },
	{ name: 'Invoice', value: '/invoices' },
	{ name: 'Purchase Order', value: '/purchaseorders' },
	{ name: 'Purchase Requisition', value: '/purchaserequisitions' },
	{ name: 'Receipt', value: '/receipts' },
	{ name: 'Warehouse Request', value: '/warehouserequests' },
];

/**
 * How far back each poll reads before the previous one: `modifiedSince` compares Precoro's
 * clock (its time zone is not documented; UTC is sent) with ours, so a skew or a change saved
 * while a poll ran is read again rather than lost; the seen list drops what was read twice.
 */
export const OVERLAP_MS = 5 * 60_000;

export interface WatchOptions {
	path: string;
	/** Only approved documents (`status[]=2`). */
	approvedOnly: boolean;
	/** Only documents waiting for the credential's user (`waitingForApprove=yes`). */
	waitingForMe: boolean;
	addCustomFieldNames: boolean;
	overlapMs?: number;
}

interface Cursor {
	/** When the previous poll began, on this machine's clock. */
	polledAt: number;
	/** The `modifiedSince` the previous poll sent. */
	since: string;
	/** `idn@updateDate` of every change the previous poll read: a repeat is not new. */
	seen: string[];
}

const changeKey = (record: IDataObject) =>
	`${String(record.idn ?? record.id)}@${String(record.updateDate)}`;

const byUpdate = (a: IDataObject, b: IDataObject) =>
	Date.parse(String(a.updateDate)) - Date.parse(String(b.updateDate)) ||
	Number(a.idn) - Number(b.idn);

async function changedSince(client: VendorClient, watch: WatchOptions, since: string) {
	const qs: IDataObject = { modifiedSince: since };
	if (watch.approvedOnly) qs.status = [2];
	if (watch.waitingForMe) qs.waitingForApprove = 'yes';
	return await list(client, { method: 'GET', path: watch.path, qs }, precoroPages, {
		returnAll: true,
	});
}

/** The trigger's cursor belongs to one account and one watch: a change of either starts from now. */
function scopeOf(client: VendorClient, watch: WatchOptions): string {
	const account = createHash('sha256')
		.update([client.baseUrl, ...client.secretForms].join('\n'))
		.digest('hex');
	return [watch.path, watch.approvedOnly, watch.waitingForMe, account.slice(0, 16)].join('|');
}

/**
 * One poll of a document list through `modifiedSince`: each poll reads from the previous poll's
 * start less the overlap, and emits each change once, full records, oldest first. The first run
 * only notes what is there, so the trigger starts from now. List records are whole documents
 * (INT answers lists and single reads with the same PurchaseOrderTransformer2), so no second read
 * per record is needed.
 */
export async function pollChanges(
	ctx: IPollFunctions,
	profile: VendorProfile,
	watch: WatchOptions,
): Promise<INodeExecutionData[][] | null> {
	const client = await createClient(ctx, profile);
	const overlap = watch.overlapMs ?? OVERLAP_MS;
	const named = async (records: IDataObject[]) =>
		watch.addCustomFieldNames ? await withCustomFieldNames(client, records, 0) : records;
	return await poll<Cursor>(ctx, {
		scope: scopeOf(client, watch),
		async start() {
			const polledAt = client.transport.now();
			const since = utcSeconds(polledAt - overlap);
			const records = await changedSince(client, watch, since);
			return { polledAt, since, seen: records.map(changeKey) };
		},
		async fetch(cursor) {
			const polledAt = client.transport.now();
			// Never an earlier poll's parameters, which Precoro would refuse within a minute: at
			// least a second past the previous `modifiedSince`. What lies between the two was read
			// by the previous poll, so nothing is lost.
			const from = Math.max(cursor.polledAt - overlap, Date.parse(`${cursor.since}Z`) + 1000);
			const since = utcSeconds(from);
			const records = await changedSince(client, watch, since);
			const seen = new Set(cursor.seen);
			const fresh = records.filter((record) => !seen.has(changeKey(record))).sort(byUpdate);
			return {
				records: await named(fresh),
				cursor: { polledAt, since, seen: records.map(changeKey) },
			};
		},
		async sample() {
			const [record] = await list(
				client,
				{
					method: 'GET',
					path: watch.path,
					qs: {
						...(watch.approvedOnly ? { status: [2] } : {}),
						...(watch.waitingForMe ? { waitingForApprove: 'yes' } : {}),
					},
				},
				precoroPages,
				{ returnAll: false, limit: 1 },
			);
			return record ? (await named([record]))[0] : undefined;
		},
	});
}
