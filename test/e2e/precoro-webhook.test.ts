import { PRECORO_BUYER } from '../../sandbox/precoro';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { N8n, outputOf } from './harness/n8n';
import { loadWorkflow } from './harness/workflows';

const WORKFLOW = 'e2ePrecoroWh01';
const WEBHOOK_ID = '7b3c2e1a-5d4f-4a6b-8c9d-0e1f2a3b4c5d';
/** The Secret Token the workflow's trigger holds (a test value). */
const TOKEN = 'e2e-precoro-hook-4f7a9c2b';

async function waitFor<T>(
	what: string,
	probe: () => Promise<T | undefined> | T | undefined,
	ms = 30_000,
) {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/**
 * The Precoro Webhook Trigger under `n8n start`: Precoro's admin pastes the production URL with
 * `?token=` into Precoro (the sandbox's addWebhook), Precoro posts its thin notification, and the
 * workflow starts with the whole document read back from the API.
 */
describe('Precoro Webhook Trigger in n8n', () => {
	let sandbox: Sandbox;
	let n8n: N8n;

	beforeAll(async () => {
		sandbox = await startSandbox();
		n8n = await N8n.create();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([
			loadWorkflow('precoro-webhook-trigger.json', {
				...CREDENTIAL_IDS,
				PRECORO_WEBHOOK_TOKEN: TOKEN,
			}),
		]);
		await n8n.publish(WORKFLOW);
		await n8n.start();
		await n8n.createApiKey(['execution:read', 'execution:list']);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
	});

	test('a thin notification runs the workflow with the full document; a wrong token runs nothing', async () => {
		const productionUrl = `${n8n.url}/webhook/${WEBHOOK_ID}/precoro`;
		sandbox.precoro.addWebhook(`${productionUrl}?token=${TOKEN}`, [2]);
		// A second webhook in Precoro with a mistyped token: its calls must start nothing.
		sandbox.precoro.addWebhook(`${productionUrl}?token=${TOKEN.slice(0, -1)}x`, [2]);
		const order = sandbox.precoro.data().documents.purchaseorders.rows.find((po) => po.idn === 42)!;
		sandbox.received.clear();

		sandbox.precoro.touchDocument('purchaseorders', 42, { note: 'Changed in Precoro' });
		await sandbox.precoro.deliveries();

		const [execution] = await waitFor('the webhook execution', async () => {
			const done = (await n8n.executions(WORKFLOW)).filter((e) => e.status !== 'running');
			return done.length > 0 ? done : undefined;
		});
		expect(execution).toMatchObject({ status: 'success', mode: 'webhook' });
		const items = outputOf(execution, 'Precoro Webhook Trigger').map((item) => item.json);
		// The whole order as GET /purchaseorders/42 answers it, not the thin payload.
		expect(items).toEqual([
			{
				...JSON.parse(JSON.stringify(order)),
				precoroWebhook: {
					id: order.id,
					type: 2,
					entity: 'Purchase Order',
					action: 'updated',
					idn: 42,
				},
			},
		]);
		expect(items[0]).toMatchObject({ note: 'Changed in Precoro', items: expect.any(Array) });
		expect(
			sandbox.received
				.filter({ vendor: 'precoro' })
				.map((r) => [r.method, r.path, r.headers.email]),
		).toEqual([['GET', '/purchaseorders/42', PRECORO_BUYER.email]]);

		// The same call with a wrong token, as anyone who guesses the URL would send it.
		const body = JSON.stringify({ id: order.id, type: 2, action: 1, idn: 42 });
		const forged = await fetch(`${productionUrl}?token=guess-${TOKEN}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body,
		});
		expect(forged.status).toBe(401);
		expect(await forged.text()).toBe('');
		await new Promise((resolve) => setTimeout(resolve, 1000));
		expect(await n8n.executions(WORKFLOW)).toHaveLength(1);
		expect(sandbox.received.count({ vendor: 'precoro' })).toBe(1);
	});
});
