import type { IDataObject, INodeType, IWebhookFunctions } from 'n8n-workflow';

import { PicqerApi } from '../../credentials/PicqerApi.credentials';
import { callWebhook, webhookContext } from '../helpers/n8nContext';

/** A trigger that counts its calls in static data and starts the workflow when asked to. */
const counter = {
	description: { name: 'counter', displayName: 'Counter', defaults: {}, properties: [] },
	async webhook(this: IWebhookFunctions) {
		const data = this.getWorkflowStaticData('node');
		data.calls = Number(data.calls ?? 0) + 1;
		return this.getBodyData().start
			? { workflowData: [[{ json: {} }]] }
			: { noWebhookResponse: true };
	},
} as unknown as INodeType;

function options(staticData: IDataObject) {
	return {
		nodeType: counter,
		credentialType: new PicqerApi(),
		credentials: {},
		parameters: {},
		staticData,
	};
}

const body = (start: boolean) => ({ rawBody: Buffer.from(JSON.stringify({ start })), headers: {} });

describe('static data between webhook calls, as n8n 2.40.7 keeps it', () => {
	it('keeps what a call writes when it starts no execution', async () => {
		const staticData: IDataObject = {};
		await callWebhook(options(staticData), body(false));
		await callWebhook(options(staticData), body(false));
		expect(staticData).toEqual({ calls: 2 });
	});

	it('loses what a call writes when it starts an execution', async () => {
		const staticData: IDataObject = { calls: 5 };
		const { result } = await callWebhook(options(staticData), body(true));
		expect(result.workflowData).toHaveLength(1);
		expect(staticData).toEqual({ calls: 5 });
	});

	it('gives each call its own copy, so a call made without callWebhook keeps nothing', async () => {
		const staticData: IDataObject = { calls: 1 };
		const ctx = webhookContext(options(staticData), body(false), {});
		await counter.webhook!.call(ctx);
		expect(ctx.getWorkflowStaticData('node')).toEqual({ calls: 2 });
		expect(staticData).toEqual({ calls: 1 });
	});
});
