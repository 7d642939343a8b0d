import { createHmac } from 'node:crypto';
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { PicqerApi } from '../../../credentials/PicqerApi.credentials';
import { PicqerTrigger } from '../../../nodes/Picqer/PicqerTrigger.node';
import { startSandbox } from '../../../sandbox/server';
import type { Sandbox } from '../../../sandbox/server';
import type { ContextOptions, WebhookCall } from '../../helpers/n8nContext';
import { callWebhook, hookContext } from '../../helpers/n8nContext';
import { picqerCredentials } from '../../helpers/picqer';
import { startReceiver } from '../../helpers/webhookReceiver';

let sandbox: Sandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let staticData: IDataObject;
const trigger = new PicqerTrigger();
const EVENTS = ['orders.created', 'picklists.closed'];

/** The trigger's production URL; n8n gives its test registrations another one. */
const productionUrl = () => receiver.url;
const testUrl = () => receiver.url.replace('/webhook/', '/webhook-test/');

function options(webhookUrl = productionUrl()): ContextOptions {
	return {
		nodeType: trigger,
		credentialType: new PicqerApi(),
		credentials: picqerCredentials(sandbox),
		parameters: { events: EVENTS },
		staticData,
		webhookUrl,
	};
}

async function deliver(call: WebhookCall, webhookUrl?: string) {
	const { result, reply } = await callWebhook(options(webhookUrl), call);
	return { result: result as IWebhookResponseData, reply };
}

const activeAt = (url: string) =>
	sandbox.picqer.hooks().filter((hook) => hook.active && hook.address === url);

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

	it('answers 401 with no body and starts nothing for unsigned, forged, altered or cross-hook deliveries', async () => {
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
			expect(reply).toEqual({ status: 401 });
			expect(result.workflowData).toBeUndefined();
		}
		expect((await deliver(call)).result.workflowData).toHaveLength(1);
	});

	it('refuses a delivery of this hook that reaches the trigger under its other URL', async () => {
		const call = await signedDelivery();
		const { result, reply } = await deliver(call, testUrl());
		expect(reply.status).toBe(401);
		expect(result.workflowData).toBeUndefined();
	});
});

describe('Picqer Trigger production and test URLs', () => {
	it('keeps the production hooks while a test URL registers and unregisters, and the reverse', async () => {
		await hooks().create.call(hookContext(options(productionUrl())));
		const production = activeAt(productionUrl()).map((hook) => hook.idhook);
		expect(production).toHaveLength(2);

		await hooks().create.call(hookContext(options(testUrl())));
		expect(activeAt(productionUrl()).map((hook) => hook.idhook)).toEqual(production);
		expect(activeAt(testUrl())).toHaveLength(2);
		expect(await hooks().checkExists.call(hookContext(options(productionUrl())))).toBe(true);

		// Production activates again while the test registration is still there.
		await hooks().create.call(hookContext(options(productionUrl())));
		expect(activeAt(testUrl())).toHaveLength(2);
		expect(activeAt(productionUrl()).map((hook) => hook.idhook)).toEqual(production);

		await hooks().delete.call(hookContext(options(testUrl())));
		expect(activeAt(testUrl())).toHaveLength(0);
		expect(activeAt(productionUrl()).map((hook) => hook.idhook)).toEqual(production);

		await sandbox.picqer.emit('orders.created', { idorder: 7 });
		const call = receiver.calls.find((c) => JSON.parse(c.rawBody.toString()).data.idorder === 7)!;
		expect((await deliver(call, productionUrl())).result.workflowData).toHaveLength(1);
	});
});

describe('Picqer Trigger and hooks Picqer deactivated', () => {
	const deactivate = (idhook: unknown) => {
		const hook = sandbox.picqer.data().hooks.get(Number(idhook))!;
		hook.active = false;
	};

	it('reactivates a deactivated hook on activation, keeping its id and secret', async () => {
		await hooks().create.call(hookContext(options()));
		const [first] = activeAt(productionUrl());
		deactivate(first.idhook);
		expect(await hooks().checkExists.call(hookContext(options()))).toBe(false);

		await hooks().create.call(hookContext(options()));
		expect(
			sandbox.received.count({ method: 'POST', path: `/hooks/${String(first.idhook)}/reactivate` }),
		).toBe(1);
		expect(sandbox.received.count({ method: 'POST', path: '/hooks' })).toBe(2);
		expect(activeAt(productionUrl()).map((hook) => hook.idhook)).toContain(first.idhook);
		expect(await hooks().checkExists.call(hookContext(options()))).toBe(true);

		await sandbox.picqer.emit(String(first.event), { idorder: 8 });
		const call = receiver.calls.at(-1)!;
		expect((await deliver(call)).result.workflowData).toHaveLength(1);
	});

	it('registers a new hook when Picqer will not reactivate the old one', async () => {
		await hooks().create.call(hookContext(options()));
		const [first] = activeAt(productionUrl());
		deactivate(first.idhook);
		sandbox.faults.add({
			vendor: 'picqer',
			method: 'POST',
			path: `/hooks/${String(first.idhook)}/reactivate`,
			kind: 'status',
			status: 404,
		});
		await hooks().create.call(hookContext(options()));
		const active = activeAt(productionUrl());
		expect(active).toHaveLength(2);
		expect(active.map((hook) => hook.idhook)).not.toContain(first.idhook);
		expect(active.map((hook) => hook.event).sort()).toEqual(EVENTS);
		expect(await hooks().checkExists.call(hookContext(options()))).toBe(true);
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

	it('keeps the live hooks of an earlier activation, one per event, and removes the rest at its URL', async () => {
		await hooks().create.call(hookContext(options()));
		const first = activeAt(productionUrl()).map((h) => h.idhook);
		// A hook at this URL whose secret the trigger does not hold, e.g. registered by hand.
		await fetch(`${sandbox.url}${sandbox.picqer.mount}/hooks`, {
			method: 'POST',
			headers: {
				authorization: `Basic ${Buffer.from(`${sandbox.picqer.demoKey}:`).toString('base64')}`,
				'user-agent': 'test',
				'content-type': 'application/json',
			},
			body: JSON.stringify({ name: 'by hand', event: 'orders.created', address: productionUrl() }),
		});
		await hooks().create.call(hookContext(options()));
		expect(activeAt(productionUrl()).map((h) => h.idhook)).toEqual(first);

		const changed = {
			...options(),
			parameters: { events: ['orders.created', 'products.changed'] },
		};
		await hooks().create.call(hookContext(changed));
		const active = activeAt(productionUrl());
		expect(active.map((h) => h.event).sort()).toEqual(['orders.created', 'products.changed']);
		expect(active.map((h) => h.idhook)).toContain(first[0]);
		expect(await hooks().checkExists.call(hookContext(changed))).toBe(true);
	});
});
