import { createHmac } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { PelcroApi } from '../../../credentials/PelcroApi.credentials';
import { PelcroTrigger } from '../../../nodes/Pelcro/PelcroTrigger.node';
import type { Sandbox } from '../../../sandbox/server';
import type { WebhookCall, WebhookReply } from '../../helpers/n8nContext';
import { webhookContext } from '../../helpers/n8nContext';
import { useSandbox } from '../../helpers/useSandbox';
import { startReceiver } from '../../helpers/webhookReceiver';
import { pelcroCredentials, pelcroRequests, triggerHooks } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => (receiver = await startReceiver()));
afterAll(async () => await receiver.close());
beforeEach(() => (receiver.calls.length = 0));

const trigger = new PelcroTrigger();
const methods = trigger.webhookMethods.default;
const hooks = () => sandbox.pelcro.data().webhooks.all();

async function activate(parameters: INodeParameters, staticData: IDataObject = {}) {
	const ctx = triggerHooks(sandbox, parameters, staticData, receiver.url);
	await methods.create.call(ctx);
	return { ctx, staticData };
}

/**
 * Hands one delivery to the trigger, its static data kept between calls (where n8n keeps it: in
 * n8n 2.40.7 a call that starts an execution loses what it wrote, see test/e2e/pelcro.test.ts).
 */
async function deliver(call: WebhookCall, parameters: INodeParameters, staticData: IDataObject) {
	const reply: WebhookReply = {};
	const base = webhookContext(
		{
			nodeType: trigger,
			credentialType: new PelcroApi(),
			credentials: pelcroCredentials(sandbox),
			parameters,
			staticData,
		},
		call,
		reply,
	);
	const ctx = { ...base, getWorkflowStaticData: () => staticData } as typeof base;
	const result = await trigger.webhook.call(ctx);
	return { result, reply };
}

async function delivered(): Promise<WebhookCall> {
	await new Promise((resolve) => setImmediate(resolve));
	await sandbox.pelcro.settled();
	const call = receiver.calls.at(-1);
	if (!call) throw new Error('Nothing was delivered');
	return call;
}

describe('Pelcro Trigger registration', () => {
	it('registers one webhook for the chosen events in snake_case and keeps the secret it returns', async () => {
		const parameters = {
			events: ['subscription_created', 'invoice_paid'],
			options: { otherEvents: 'subscription.trial_will_end' },
		};
		const { ctx, staticData } = await activate(parameters);
		const post = pelcroRequests(sandbox, '/webhooks').find((r) => r.method === 'POST')!;
		expect(post.body).toEqual({
			url: receiver.url,
			description: 'n8n: Test workflow',
			all_events_enabled: false,
			events_enabled: ['subscription_created', 'invoice_paid', 'subscription_trial_will_end'],
		});
		expect(hooks()).toHaveLength(1);
		const registration = staticData.registration as IDataObject;
		expect(registration.secret).toBe(
			sandbox.pelcro.data().webhookSecrets.get(hooks()[0].id as number),
		);
		expect(await methods.checkExists.call(ctx)).toBe(true);

		// Other events chosen: the registered webhook no longer fits.
		const changed = triggerHooks(
			sandbox,
			{ events: ['customer_created'] },
			staticData,
			receiver.url,
		);
		expect(await methods.checkExists.call(changed)).toBe(false);

		await methods.delete.call(ctx);
		expect(hooks()).toHaveLength(0);
		expect(staticData.registration).toBeUndefined();
		expect(await methods.checkExists.call(ctx)).toBe(false);
	});

	it('registers all events with all_events_enabled', async () => {
		await activate({ events: ['*'] });
		expect(pelcroRequests(sandbox, '/webhooks').at(-1)!.body).toMatchObject({
			all_events_enabled: true,
		});
		expect(hooks()[0]).toMatchObject({ all_events_enabled: true });
	});

	it('replaces a webhook left at this URL by an earlier activation', async () => {
		await activate({ events: ['customer_created'] });
		const first = hooks()[0].id;
		await activate({ events: ['customer_created'] });
		expect(hooks().map((h) => h.id)).not.toContain(first);
		expect(hooks()).toHaveLength(1);
	});

	it('fails at the limit of 10 webhooks, saying how to free one, and registers nothing', async () => {
		const data = sandbox.pelcro.data();
		for (let i = 0; i < 10; i++)
			data.webhooks.insert({
				url: `https://elsewhere.example/${i}`,
				events: [],
				all_events_enabled: true,
				status: 'enabled',
			});
		const run = activate({ events: ['customer_created'] });
		await expect(run).rejects.toThrow('Pelcro allows 10 webhooks per account and 10 are in use');
		await expect(run).rejects.toMatchObject({
			description: expect.stringContaining(
				'delete an unused webhook in Pelcro under Settings > Notifications',
			),
		});
		expect(pelcroRequests(sandbox, '/webhooks').filter((r) => r.method === 'POST')).toHaveLength(0);
		expect(hooks()).toHaveLength(10);
	});
});

describe('Pelcro Trigger deliveries', () => {
	const parameters = { events: ['customer_created', 'subscription_canceled'] };

	it('starts the workflow for a delivery signed with the secret', async () => {
		const { staticData } = await activate(parameters);
		await sandbox.pelcro.emit('customer.created', { id: 77, email: 'x@example.com' });
		const call = await delivered();
		const first = await deliver(call, parameters, staticData);
		expect(first.result.workflowData?.[0][0].json).toMatchObject({
			type: 'customer.created',
			data: { object: { id: 77, object: 'customer' } },
		});
		expect(first.reply.status).toBeUndefined();
	});

	it('answers 401 with no reason to a wrong, missing or foreign signature, starting nothing', async () => {
		const { staticData } = await activate(parameters);
		await sandbox.pelcro.emit('customer.created', { id: 78 });
		const call = await delivered();
		const tampered = { ...call, rawBody: Buffer.from(call.rawBody.toString().replace('78', '79')) };
		const unsigned = { ...call, headers: { ...call.headers, 'x-pelcro-hmac-sha256': '' } };
		const foreign = {
			...call,
			headers: {
				...call.headers,
				'x-pelcro-hmac-sha256': createHmac('sha256', 'not-the-secret')
					.update(call.rawBody)
					.digest('base64'),
			},
		};
		const hex = {
			...call,
			headers: {
				...call.headers,
				'x-pelcro-hmac-sha256': createHmac(
					'sha256',
					String((staticData.registration as IDataObject).secret),
				)
					.update(call.rawBody)
					.digest('hex'),
			},
		};
		for (const forged of [tampered, unsigned, foreign, hex]) {
			const { result, reply } = await deliver(forged, parameters, staticData);
			expect(result.workflowData).toBeUndefined();
			expect(reply.status).toBe(401);
			expect(reply.body).toBeUndefined();
		}
	});

	it("answers Pelcro's URL check with 200 while no secret is stored, and ignores events not chosen", async () => {
		const probe = await deliver({ rawBody: Buffer.from('{}'), headers: {} }, parameters, {});
		expect(probe.reply.status).toBe(200);
		expect(probe.result.workflowData).toBeUndefined();

		const { staticData } = await activate({ events: ['*'] });
		const narrowed = { events: ['subscription_canceled'] };
		staticData.registration = {
			...(staticData.registration as IDataObject),
			events: ['subscription_canceled'],
		};
		await sandbox.pelcro.emit('customer.created', { id: 80 });
		const { result, reply } = await deliver(await delivered(), narrowed, staticData);
		expect(result.workflowData).toBeUndefined();
		expect(reply.status).toBe(200);
	});
});
