import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import type { ContextOptions, WebhookCall } from '../helpers/n8nContext';
import { callWebhook, hookContext } from '../helpers/n8nContext';
import { startReceiver } from '../helpers/webhookReceiver';
import type { VendorCase, WebhookCase } from './vendorCase';
import { vendors } from './vendors';

jest.setTimeout(30_000);

let sandbox: Sandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
	receiver = await startReceiver();
});
afterAll(async () => {
	await receiver.close();
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const triggers = vendors
	.filter((vendor) => vendor.webhook)
	.map((vendor) => [vendor.webhook!.name, vendor, vendor.webhook!] as const);

/** One registered trigger: its own static data, as one workflow of n8n has. */
async function registered(vendor: VendorCase, hook: WebhookCase) {
	const staticData: IDataObject = {};
	const options: ContextOptions = {
		nodeType: hook.trigger,
		credentialType: vendor.credentialType,
		credentials: vendor.credentials(sandbox),
		parameters: hook.parameters,
		staticData,
		webhookUrl: receiver.url,
	};
	await hook.trigger.webhookMethods!.default!.create.call(hookContext(options));
	let executions = 0;
	// Static data as n8n keeps it between calls (callWebhook): so no replay is refused from there.
	const deliver = async (call: WebhookCall) => {
		const { result, reply } = await callWebhook(options, call);
		executions += result.workflowData ? 1 : 0;
		return { result: result as IWebhookResponseData, reply };
	};
	return { staticData, deliver, executions: () => executions };
}

function withSignature(call: WebhookCall, header: string, signature?: string): WebhookCall {
	const headers = Object.fromEntries(
		Object.entries(call.headers).filter(([name]) => name.toLowerCase() !== header),
	);
	return {
		rawBody: call.rawBody,
		headers: signature === undefined ? headers : { ...headers, [header]: signature },
	};
}

describe.each(triggers)('%s deliveries', (_name, vendor, hook) => {
	it('starts exactly one execution for a valid delivery', async () => {
		const trigger = await registered(vendor, hook);
		const call = await hook.deliver(sandbox, receiver.calls);
		const { result, reply } = await trigger.deliver(call);
		expect(reply.status).toBeUndefined();
		expect(result.workflowData).toHaveLength(1);
		expect(result.workflowData?.[0]).toHaveLength(1);
		expect(trigger.executions()).toBe(1);
	});

	it('answers 401 without a secret in the body and starts nothing for unsigned, forged, cross-hook or altered deliveries', async () => {
		const trigger = await registered(vendor, hook);
		const call = await hook.deliver(sandbox, receiver.calls);
		// Another workflow's trigger on the same account, registered after the delivery.
		const other = await registered(vendor, hook);
		const header = hook.signatureHeader;
		const [own, sibling] = hook.secrets(trigger.staticData);
		const [foreign] = hook.secrets(other.staticData);
		const altered = Buffer.from(call.rawBody.toString('utf8').replace(/}\s*$/, ', "extra": 1}'));
		const rejected: Array<[string, WebhookCall]> = [
			['unsigned', withSignature(call, header)],
			['empty signature', withSignature(call, header, '')],
			['wrong signature', withSignature(call, header, hook.sign(call.rawBody, 'not-the-secret'))],
			// A trigger that registers one hook has no sibling secret.
			...(sibling === undefined
				? []
				: [
						[
							'signature of another hook of this trigger',
							withSignature(call, header, hook.sign(call.rawBody, sibling)),
						] as [string, WebhookCall],
					]),
			[
				"signature of another workflow's hook",
				withSignature(call, header, hook.sign(call.rawBody, foreign)),
			],
			['signature over a different body', { rawBody: altered, headers: call.headers }],
			[
				'signature over the body, sent with a new one',
				withSignature({ ...call, rawBody: altered }, header, hook.sign(call.rawBody, own)),
			],
			[
				'signature in another encoding',
				withSignature(
					call,
					header,
					Buffer.from(hook.sign(call.rawBody, own), 'base64').toString('hex'),
				),
			],
		];
		for (const [name, attempt] of rejected) {
			const { result, reply } = await trigger.deliver(attempt);
			expect([name, reply.status]).toEqual([name, 401]);
			expect([name, result.workflowData]).toEqual([name, undefined]);
			expect(JSON.stringify(reply.body ?? null)).not.toContain(own);
		}
		expect(trigger.executions()).toBe(0);
		expect((await trigger.deliver(call)).result.workflowData).toHaveLength(1);
		expect(trigger.executions()).toBe(1);
	});
});
