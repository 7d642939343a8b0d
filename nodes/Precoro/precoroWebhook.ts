import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { createClient } from '../shared/client';
import { path } from '../shared/params';
import { request } from '../shared/request';
import type { VendorProfile } from '../shared/types';
import { sameSignature } from '../shared/webhookSignature';
import { withCustomFieldNames } from './customFieldNames';

const byIdn =
	(list: string) =>
	(_id: number, idn?: number): string | undefined =>
		idn === undefined ? undefined : `${list}/${path`${idn}`}`;

/**
 * Webhook `type` codes and where the full record is read (help.precoro.com "How to set up and
 * use webhooks": 0 warehouse request … 7 supplier). Documents are read by `idn`, suppliers by `id`.
 */
export const WEBHOOK_ENTITIES: Array<{
	name: string;
	value: number;
	read: (id: number, idn?: number) => string | undefined;
}> = [
	{ name: 'Expense', value: 6, read: byIdn('/expenses') },
	{ name: 'Invoice', value: 3, read: byIdn('/invoices') },
	{ name: 'Purchase Order', value: 2, read: byIdn('/purchaseorders') },
	{
		name: 'Purchase Requisition',
		value: 1,
		read: byIdn('/purchaserequisitions'),
	},
	{ name: 'Receipt', value: 5, read: byIdn('/receipts') },
	{ name: 'Supplier', value: 7, read: (id) => path`/suppliers/${id}` },
	{
		name: 'Warehouse Request',
		value: 0,
		read: byIdn('/warehouserequests'),
	},
];

/** `action`: 0 create, 1 update (the same page). */
const ACTIONS: Record<number, string> = { 0: 'created', 1: 'updated' };

const whole = (value: unknown) =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/** The token must be long enough that guessing it is hopeless; checked on activation and per call. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * One delivery. Precoro signs nothing, so the URL carries a secret `token` the user chose; any
 * other call gets a bare 401. The payload is thin (`id`, `type`, `action`, `idn`), so the full
 * record is read through the core (paced with every other request of the account) before the
 * workflow starts. Entities or actions not chosen are answered 200 and start nothing, so
 * Precoro has no reason to retry them.
 */
export async function handleDelivery(
	ctx: IWebhookFunctions,
	profile: VendorProfile,
): Promise<IWebhookResponseData> {
	const response = ctx.getResponseObject();
	const expected = String(ctx.getNodeParameter('secretToken', '') ?? '');
	const given = (ctx.getQueryData() as IDataObject).token;
	if (
		expected.length < 16 ||
		!sameSignature(expected, typeof given === 'string' ? given : undefined)
	) {
		response.status(401).end();
		return { noWebhookResponse: true };
	}
	const body = ctx.getBodyData();
	const type = whole(body.type);
	const action = whole(body.action);
	const id = whole(body.id);
	const idn = whole(body.idn);
	const entity = WEBHOOK_ENTITIES.find((candidate) => candidate.value === type);
	const entities = (ctx.getNodeParameter('events', []) as number[]).map(Number);
	const actions = (ctx.getNodeParameter('actions', []) as string[]).map(String);
	const read = entity && id !== undefined ? entity.read(id, idn) : undefined;
	if (!entity || !read || action === undefined || !ACTIONS[action]) {
		response.status(400).json({ error: 'Not a Precoro webhook payload' });
		return { noWebhookResponse: true };
	}
	if (!entities.includes(entity.value) || !actions.includes(ACTIONS[action])) {
		response.status(200).json({ ignored: true });
		return { noWebhookResponse: true };
	}
	const client = await createClient(ctx, profile);
	let record = await request<IDataObject>(client, { method: 'GET', path: read });
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	if (options.addCustomFieldNames === true)
		[record] = await withCustomFieldNames(client, [record], 0);
	const event = {
		id,
		type,
		entity: entity.name,
		action: ACTIONS[action],
		...(idn === undefined ? {} : { idn }),
	};
	return { workflowData: [ctx.helpers.returnJsonArray([{ ...record, precoroWebhook: event }])] };
}
