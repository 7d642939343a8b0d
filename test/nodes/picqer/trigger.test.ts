import { createHmac } from 'node:crypto';
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { PicqerApi } from '../../../credentials/PicqerApi.credentials';
import { PicqerTrigger } from '../../../nodes/Picqer/PicqerTrigger.node';
import { startSandbox } from '../../../sandbox/server';
import type { Sandbox } from '../../../sandbox/server';
import type { ContextOptions, WebhookCall, WebhookReply } from '../../helpers/n8nContext';
import { hookContext, webhookContext } from '../../helpers/n8nContext';
import { picqerCredentials } from '../../helpers/picqer';
import { startReceiver } from '../../helpers/webhookReceiver';

let sandbox: Sandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let staticData: IDataObject;
const trigger = new PicqerTrigger();
const EVENTS = ['orders.created', 'picklists.closed'];

function options(): ContextOptions {
	return {
		nodeType: trigger,
		credentialType: new PicqerApi(),
		credentials: picqerCredentials(sandbox),
		parameters: { events: EVENTS },
		staticData,
		webhookUrl: receiver.url,
	};
}

async function deliver(call: WebhookCall) {
	const reply: WebhookReply = {};
	const result: IWebhookResponseData = await trigger.webhook.call(
		webhookContext(options(), call, reply),
	);
	return { result, reply };
}

const hooks = () => trigger.webhookMethods.default;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
	receiver = await startReceiver();
});
afterAll(async () => {
	await receiver.close();
	await sandbox.close();
});
beforeEach(() => {
	sandbox.reset();
	receiver.calls.length = 0;
	staticData = {};
});

describe('Picqer Trigger lifecycle', () => {
	it('registers one hook per event with its own secret, finds them, and removes them', async () => {
		expect(await hooks().checkExists.call(hookContext(options()))).toBe(false);
		expect(await hooks().create.call(hookContext(options()))).toBe(true);

		const live = sandbox.picqer.hooks().filter((h) => h.active);
		expect(live.map((h) => h.event).sort()).toEqual(EVENTS);
		expect(live.every((h) => h.address === receiver.url && h.secret === true)).toBe(true);
		const posted = sandbox.received
			.filter({ method: 'POST', path: '/hooks' })
			.map((r) => r.body as IDataObject);
		expect(new Set(posted.map((b) => b.secret)).size).toBe(2);
		expect(await hooks().checkExists.call(hookContext(options()))).toBe(true);

		expect(await hooks().delete.call(hookContext(options()))).toBe(true);
		expect(sandbox.picqer.hooks().filter((h) => h.active)).toHaveLength(0);
		expect(staticData.hooks).toBeUndefined();
		expect(await hooks().checkExists.call(hookContext(options()))).toBe(false);
	});
});

describe('Picqer Trigger deliveries', () => {
	beforeEach(async () => {
		await hooks().create.call(hookContext(options()));
	});

	async function signedDelivery(event = 'orders.created') {
		await sandbox.picqer.emit(event, { idorder: 123, reference: 'R-1' });
		const call = receiver.calls[receiver.calls.length - 1];
		receiver.calls.length = 0;
		return call;
	}

	it('starts the workflow with the payload for a correctly signed delivery', async () => {
		const call = await signedDelivery();
		const { result } = await deliver(call);
		const [[item]] = result.workflowData as Array<Array<{ json: IDataObject }>>;
		expect(item.json.event).toBe('orders.created');
		expect(item.json.data).toEqual({ idorder: 123, reference: 'R-1' });
	});

	it('answers 401 and starts nothing for unsigned, forged, altered, cross-hook or replayed deliveries', async () => {
		const call = await signedDelivery();
		const secrets = (staticData.hooks as Array<{ event: string; secret: string }>).reduce<
			Record<string, string>
		>((all, hook) => ({ ...all, [hook.event]: hook.secret }), {});
		const sign = (body: Buffer, secret: string) =>
			createHmac('sha256', secret).update(body).digest('base64');
		const altered = Buffer.from(call.rawBody.toString().replace('R-1', 'R-2'));
		const headersWith = (signature?: string) => {
			const rest = Object.fromEntries(
				Object.entries(call.headers).filter(([name]) => name !== 'x-picqer-signature'),
			);
			return signature === undefined ? rest : { ...rest, 'x-picqer-signature': signature };
		};
		const attempts: WebhookCall[] = [
			{ rawBody: call.rawBody, headers: headersWith() },
			{ rawBody: call.rawBody, headers: headersWith('bm90IGEgc2lnbmF0dXJl') },
			{ rawBody: altered, headers: call.headers },
			{
				rawBody: call.rawBody,
				headers: headersWith(sign(call.rawBody, secrets['picklists.closed'])),
			},
		];
		for (const attempt of attempts) {
			const { result, reply } = await deliver(attempt);
			expect(reply.status).toBe(401);
			expect(result.workflowData).toBeUndefined();
		}
		expect((await deliver(call)).result.workflowData).toHaveLength(1);
		const replay = await deliver(call);
		expect(replay.reply.status).toBe(401);
		expect(replay.result.workflowData).toBeUndefined();
	});
});

describe('Picqer Trigger registration failures', () => {
	it('leaves no hook behind when the answer to a registration is lost', async () => {
		// Picqer stores the hook, but the connection drops before the answer arrives.
		sandbox.faults.add({ vendor: 'picqer', method: 'POST', path: '/hooks', kind: 'resetAfter' });
		await expect(hooks().create.call(hookContext(options()))).rejects.toThrow(
			/outcome .* is unknown/,
		);
		expect(sandbox.received.count({ method: 'POST', path: '/hooks' })).toBe(1);
		expect(sandbox.picqer.hooks().filter((h) => h.active)).toHaveLength(0);
		expect(sandbox.received.count({ method: 'DELETE', path: /^\/hooks\/\d+$/ })).toBe(1);
	});

	it('replaces hooks of an earlier activation instead of leaving them firing', async () => {
		await hooks().create.call(hookContext(options()));
		const first = sandbox.picqer.hooks().map((h) => h.idhook);
		await hooks().create.call(hookContext(options()));
		const active = sandbox.picqer.hooks().filter((h) => h.active);
		expect(active).toHaveLength(2);
		expect(active.some((h) => first.includes(h.idhook))).toBe(false);
	});
});
