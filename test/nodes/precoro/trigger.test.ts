import type { IDataObject, IHookFunctions, INodeParameters } from 'n8n-workflow';

import { PrecoroTrigger } from '../../../nodes/Precoro/PrecoroTrigger.node';
import { PrecoroWebhookTrigger } from '../../../nodes/Precoro/PrecoroWebhookTrigger.node';
import { OVERLAP_MS, pollChanges } from '../../../nodes/Precoro/precoroChanges';
import type { WatchOptions } from '../../../nodes/Precoro/precoroChanges';
import { handleDelivery } from '../../../nodes/Precoro/precoroWebhook';
import {
	PRECORO_BUYER,
	PRECORO_FIRST_APPROVER,
	PRECORO_SECOND_APPROVER,
	PRECORO_STATUS,
	type PrecoroUser,
} from '../../../sandbox/precoro';
import type { Sandbox } from '../../../sandbox/server';
import { failure } from '../../helpers/failure';
import type { WebhookReply } from '../../helpers/n8nContext';
import { hookContext } from '../../helpers/n8nContext';
import { startReceiver } from '../../helpers/webhookReceiver';
import { useSandbox } from '../../helpers/useSandbox';
import {
	TIME_SCALE,
	precoroPollContext,
	precoroWebhookContext,
	runPrecoro,
	scaledPrecoro,
} from './helpers';
import { PrecoroApi } from '../../../credentials/PrecoroApi.credentials';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started), { timeScale: TIME_SCALE });

const received = () => sandbox.received.filter({ vendor: 'precoro' });
const trigger = new PrecoroTrigger();

/** One poll of the trigger's own logic on the scaled clock. */
async function pollOnce(
	staticData: IDataObject,
	watch: Partial<WatchOptions> = {},
	user?: PrecoroUser,
) {
	const ctx = precoroPollContext(sandbox, trigger, { event: '/purchaseorders' }, staticData, {
		user,
	});
	const out = await pollChanges(ctx, scaledPrecoro(), {
		path: '/purchaseorders',
		approvedOnly: false,
		waitingForMe: false,
		addCustomFieldNames: false,
		overlapMs: OVERLAP_MS * TIME_SCALE,
		...watch,
	});
	return out ? out[0].map((item) => item.json) : null;
}

describe('Precoro Trigger (polling)', () => {
	it('emits each change once, full records, though the overlap reads it again', async () => {
		const staticData: IDataObject = {};
		expect(await pollOnce(staticData)).toBeNull();
		sandbox.precoro.touchDocument('purchaseorders', 12, { note: 'Changed in Precoro' });
		const first = await pollOnce(staticData);
		expect(first).toHaveLength(1);
		expect(first![0]).toMatchObject({
			idn: 12,
			note: 'Changed in Precoro',
			supplier: expect.any(Object),
		});
		// The next poll re-reads the same change inside the overlap and emits nothing.
		expect(await pollOnce(staticData)).toBeNull();
		// A change is known by its updateDate, which Precoro writes to the second.
		await new Promise((resolve) => setTimeout(resolve, 1100));
		sandbox.precoro.touchDocument('purchaseorders', 12, { note: 'Changed again' });
		sandbox.precoro.touchDocument('purchaseorders', 13);
		const second = await pollOnce(staticData);
		expect(second!.map((po) => po.idn).sort()).toEqual([12, 13]);
		const polls = received().map((r) => r.query.modifiedSince);
		expect(new Set(polls).size).toBe(polls.length);
		expect(received().filter((r) => r.status === 429)).toEqual([]);
	});

	it('emits only approved documents with Approved Only', async () => {
		const staticData: IDataObject = {};
		await pollOnce(staticData, { approvedOnly: true });
		const waiting = sandbox.precoro
			.data()
			.documents.purchaseorders.rows.find(
				(po) => po.status === PRECORO_STATUS.pending && po.idn % 100 === 17,
			)!;
		sandbox.precoro.touchDocument('purchaseorders', 21, { note: 'draft note' });
		await runPrecoro(
			sandbox,
			{ resource: 'purchaseOrder', operation: 'approve', idn: String(waiting.idn) },
			{ user: PRECORO_SECOND_APPROVER },
		);
		const out = await pollOnce(staticData, { approvedOnly: true });
		expect(out!.map((po) => [po.idn, po.status])).toEqual([[waiting.idn, PRECORO_STATUS.approved]]);
		expect(received().find((r) => r.query.modifiedSince)!.query['status[]']).toBe('2');
	});

	it('emits what now waits for the credential’s user with Waiting for My Approval', async () => {
		const staticData: IDataObject = {};
		await pollOnce(staticData, { waitingForMe: true }, PRECORO_FIRST_APPROVER);
		const draft = sandbox.precoro
			.data()
			.documents.purchaseorders.rows.find((po) => po.status === PRECORO_STATUS.open)!;
		await runPrecoro(sandbox, {
			resource: 'purchaseOrder',
			operation: 'confirm',
			idn: String(draft.idn),
		});
		const out = await pollOnce(staticData, { waitingForMe: true }, PRECORO_FIRST_APPROVER);
		expect(out!.map((po) => po.idn)).toEqual([draft.idn]);
	});

	it('starts over from now when the credential is another account’s', async () => {
		const staticData: IDataObject = {};
		await pollOnce(staticData);
		sandbox.precoro.touchDocument('purchaseorders', 30);
		expect(await pollOnce(staticData, {}, PRECORO_SECOND_APPROVER)).toBeNull();
	});

	it('starts from now in the node itself: the first run emits nothing and reads only the overlap', async () => {
		const staticData: IDataObject = {};
		const ctx = precoroPollContext(sandbox, trigger, { event: '/purchaseorders' }, staticData, {
			realTime: true,
		});
		expect(await trigger.poll.call(ctx)).toBeNull();
		const [request] = received();
		const since = Date.parse(`${String(request.query.modifiedSince)}Z`);
		expect(Math.abs(since - (Date.now() - OVERLAP_MS))).toBeLessThan(5000);
		expect(staticData.pollCursor).toBeDefined();
	});

	it('shows one recent document in a manual test run', async () => {
		const ctx = precoroPollContext(
			sandbox,
			trigger,
			{ event: '/invoices' },
			{},
			{ mode: 'manual', realTime: true },
		);
		const out = await trigger.poll.call(ctx);
		expect(out![0]).toHaveLength(1);
		expect(out![0][0].json.idn).toEqual(expect.any(Number));
	});
});

describe('Precoro Webhook Trigger', () => {
	const node = new PrecoroWebhookTrigger();
	const TOKEN = 'tok-0123456789abcdef';
	const parameters = { secretToken: TOKEN, events: [2], actions: ['created', 'updated'] };
	const deliver = async (
		payload: unknown,
		query: IDataObject = { token: TOKEN },
		params: INodeParameters = parameters,
	) => {
		const reply: WebhookReply = {};
		const ctx = precoroWebhookContext(
			sandbox,
			node,
			params,
			{
				rawBody: Buffer.from(JSON.stringify(payload)),
				headers: { 'content-type': 'application/json' },
				query,
			},
			reply,
		);
		const result = await handleDelivery(ctx, scaledPrecoro());
		return { reply, result };
	};

	it('reads the full record behind Precoro’s thin payload before starting the workflow', async () => {
		const receiver = await startReceiver();
		try {
			sandbox.precoro.addWebhook(receiver.url);
			const [draft] = sandbox.precoro
				.data()
				.documents.purchaseorders.rows.filter((po) => po.status === PRECORO_STATUS.open);
			await runPrecoro(sandbox, {
				resource: 'purchaseOrder',
				operation: 'confirm',
				idn: String(draft.idn),
			});
			await sandbox.precoro.deliveries();
			const payload = JSON.parse(receiver.calls[0].rawBody.toString()) as IDataObject;
			expect(payload).toEqual({ id: draft.id, type: 2, action: 1, idn: draft.idn });
			const { result } = await deliver(payload);
			const [item] = result.workflowData![0];
			expect(item.json).toMatchObject({
				idn: draft.idn,
				status: PRECORO_STATUS.pending,
				precoroWebhook: {
					entity: 'Purchase Order',
					action: 'updated',
					idn: draft.idn,
					id: draft.id,
				},
			});
			expect(received().at(-1)).toMatchObject({
				method: 'GET',
				path: `/purchaseorders/${draft.idn}`,
			});
		} finally {
			await receiver.close();
		}
	});

	it('answers 401 without the token, or with another, and reads nothing', async () => {
		for (const query of [{}, { token: 'tok-0123456789abcdeX' }, { token: [TOKEN] }]) {
			const { reply, result } = await deliver(
				{ id: 1001, type: 2, action: 1, idn: 1 },
				query as IDataObject,
			);
			expect(reply.status).toBe(401);
			expect(reply.body).toBeUndefined();
			expect(result.workflowData).toBeUndefined();
		}
		expect(received()).toEqual([]);
	});

	it('acknowledges entities and actions not chosen without starting anything', async () => {
		const invoice = await deliver({ id: 2005, type: 3, action: 0, idn: 5 });
		expect(invoice.reply).toEqual({ status: 200, body: { ignored: true } });
		const created = await deliver(
			{ id: 1001, type: 2, action: 0, idn: 1 },
			{ token: TOKEN },
			{ ...parameters, actions: ['updated'] },
		);
		expect(created.reply.status).toBe(200);
		const garbage = await deliver({ hello: 'world' });
		expect(garbage.reply.status).toBe(400);
		expect(received()).toEqual([]);
	});

	it('refuses to activate with a Secret Token shorter than 16 characters', async () => {
		const hooks = (secretToken: string) =>
			hookContext({
				nodeType: node,
				credentialType: new PrecoroApi(),
				credentials: {},
				parameters: { ...parameters, secretToken },
			}) as IHookFunctions;
		const error = await failure(node.webhookMethods.default.create.call(hooks('short')));
		expect(error.message).toBe('"Secret Token" must have at least 16 characters');
		expect(await node.webhookMethods.default.create.call(hooks(TOKEN))).toBe(true);
	});

	it('is answered by the node class itself with the node’s own profile', async () => {
		const reply: WebhookReply = {};
		const ctx = precoroWebhookContext(
			sandbox,
			node,
			parameters,
			{
				rawBody: Buffer.from('{"id":1001,"type":2,"action":1,"idn":1}'),
				headers: {},
				query: { token: TOKEN },
			},
			reply,
			true,
		);
		const result = await node.webhook.call(ctx);
		expect(result.workflowData![0][0].json.idn).toBe(1);
		expect(received()[0].headers.email).toBe(PRECORO_BUYER.email);
	});
});
