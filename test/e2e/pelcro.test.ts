import { createHmac } from 'node:crypto';
import { join } from 'node:path';

import { PELCRO_DEMO_KEY, PELCRO_DEMO_SITE, type PelcroDelivery } from '../../sandbox/pelcro';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { N8n, outputOf, type Execution } from './harness/n8n';
import { loadWorkflow } from './harness/workflows';

const TRIGGER_WORKFLOW = 'e2ePelcroTr01';

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

// Pelcro in a real n8n: headless chains (n8n execute), then the trigger under `n8n start`.
describe('Pelcro nodes in n8n', () => {
	let sandbox: Sandbox;
	let n8n: N8n;
	const pelcroRequests = () => sandbox.received.filter({ vendor: 'pelcro' });

	beforeAll(async () => {
		sandbox = await startSandbox();
		const data = sandbox.pelcro.data();
		const plan = data.plans.all().find((p) => p.type === 'regular')!;
		const sku = data.skus
			.all()
			.find((s) => !data.ecommerceProducts.get(Number(s.product_id))?.shippable)!;
		const product = sandbox.picqer.data().products.rows[0];
		// The shop keeps the Picqer product of each SKU in the SKU's metadata.
		sku.metadata = { picqer_idproduct: product.idproduct };
		n8n = await N8n.create();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		const values = {
			...CREDENTIAL_IDS,
			PELCRO_PLAN_ID: String(plan.id),
			PELCRO_CUSTOMER_ID: String(data.customers.all()[0].id),
			PELCRO_SKU_ID: String(sku.id),
		};
		await n8n.importWorkflows([
			loadWorkflow('pelcro-customer-subscription.json', values),
			loadWorkflow('pelcro-picqer-bridge.json', values),
			loadWorkflow('pelcro-trigger.json', values),
			loadWorkflow(
				'pelcro-subscribe-and-pay.json',
				CREDENTIAL_IDS,
				join(__dirname, '..', '..', 'examples'),
			),
		]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
	});

	test('chain: create a customer, a subscription for it, then get many invoices for that customer', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2ePelcroCh01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;
		const [customer] = outputOf(run, 'Create Customer');
		expect(customer.json).toMatchObject({
			email: 'erin.chain@example.com',
			metadata: { source: 'n8n e2e' },
		});
		const [subscription] = outputOf(run, 'Create Subscription');
		expect(subscription.json).toMatchObject({
			user_id: customer.json.id,
			quantity: 2,
			status: 'active',
		});
		const invoices = outputOf(run, 'Customer Invoices');
		expect(invoices.map((i) => i.json)).toEqual([
			expect.objectContaining({
				user_id: customer.json.id,
				subscription_id: subscription.json.id,
				status: 'open',
			}),
		]);

		const requests = pelcroRequests();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /customers',
			'POST /subscriptions',
			'GET /invoices',
		]);
		for (const request of requests) {
			expect(request.headers.authorization).toBe(`Bearer ${PELCRO_DEMO_KEY}`);
			expect(request.query.site_id).toBe(String(PELCRO_DEMO_SITE));
		}
		expect(requests[1].body).toEqual({
			plan_id: expect.any(Number),
			user_id: customer.json.id,
			quantity: 2,
			collection_method: 'send_invoice',
		});
		expect(requests[2].query).toMatchObject({
			customer_id: String(customer.json.id),
			page: '1',
			limit: '100',
		});
	});

	test('bridge: a Pelcro e-commerce order becomes a Picqer order', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2ePelcroPq01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;
		const [order] = outputOf(run, 'Create Pelcro Order');
		const [customer] = outputOf(run, 'Get Pelcro Customer');
		const [picqerOrder] = outputOf(run, 'Create Picqer Order');
		const [product] = outputOf(run, 'Get Picqer Product');
		expect(picqerOrder.json).toMatchObject({
			reference: `pelcro-${String(order.json.id)}`,
			emailaddress: customer.json.email,
			products: [expect.objectContaining({ idproduct: product.json.idproduct, amount: 3 })],
		});
		const stored = sandbox.picqer
			.data()
			.orders.rows.filter((o) => o.reference === `pelcro-${String(order.json.id)}`);
		expect(stored).toHaveLength(1);
		expect(
			sandbox.received.filter({ vendor: 'picqer', method: 'POST', path: '/orders' }),
		).toHaveLength(1);
		expect(
			pelcroRequests()
				.filter((r) => r.method === 'POST')
				.map((r) => r.path),
		).toEqual(['/orders']);
	});

	test("the example workflow for npm start runs: the new subscription's invoice is paid by check", async () => {
		const result = await n8n.execute('exPelcroSubscribe');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const [paid] = outputOf(result.run!, 'Record Check Payment');
		expect(paid.json).toMatchObject({ status: 'paid', amount_due: 0 });
		const [customer] = outputOf(result.run!, 'Create Customer');
		expect(paid.json.user_id).toBe(customer.json.id);
	});

	test('trigger: registers a webhook, runs a signed delivery, refuses a forgery with an empty 401, removes the webhook on deactivation', async () => {
		await n8n.publish(TRIGGER_WORKFLOW);
		await n8n.start();
		await n8n.createApiKey([
			'workflow:read',
			'workflow:deactivate',
			'execution:read',
			'execution:list',
		]);
		const hooks = () =>
			sandbox.pelcro
				.data()
				.webhooks.all()
				.filter((h) => String(h.url).startsWith(`${n8n.url}/webhook/`));
		const [hook] = await waitFor('the webhook registration', () =>
			hooks().length > 0 ? hooks() : undefined,
		);
		expect(hook).toMatchObject({
			all_events_enabled: false,
			events: ['customer_created'],
			status: 'enabled',
		});

		const [delivery] = (await sandbox.pelcro.emit('customer.created', {
			id: 909,
			email: 'hook@example.com',
		})) as PelcroDelivery[];
		expect(delivery.status).toBe(200);
		const [execution] = await waitFor('the webhook execution', async () => {
			const done = (await n8n.executions(TRIGGER_WORKFLOW)).filter((e) => e.status !== 'running');
			return done.length > 0 ? done : undefined;
		});
		expect(execution).toMatchObject({ status: 'success', mode: 'webhook' });
		expect(outputOf(execution, 'Pelcro Trigger').map((item) => item.json)).toEqual([
			expect.objectContaining({
				type: 'customer.created',
				id: delivery.eventId,
				data: expect.objectContaining({ object: expect.objectContaining({ id: 909 }) }),
			}),
		]);

		// Pelcro retries a delivery it thinks failed: the same event again, byte for byte.
		const again = await sandbox.pelcro.redeliver(delivery);
		expect(again.status).toBe(200);
		// n8n 2.40.7 does not keep a trigger's static data between webhook calls, so the event-id
		// record does not survive and the redelivered event runs again (README, Guarantees: known
		// gap). Should n8n keep it one day, this fails and the README's note can go.
		await waitFor('the redelivered execution', async () => {
			const done = (await n8n.executions(TRIGGER_WORKFLOW)).filter((e) => e.status !== 'running');
			return done.length === 2 ? done : undefined;
		});

		const forged = await fetch(String(hook.url), {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'x-pelcro-hmac-sha256': createHmac('sha256', 'guess')
					.update(delivery.body)
					.digest('base64'),
			},
			body: delivery.body,
		});
		expect(forged.status).toBe(401);
		expect(await forged.text()).toBe('');

		await n8n.api(`/workflows/${TRIGGER_WORKFLOW}/deactivate`, 'POST');
		await waitFor('the webhook removal', () => (hooks().length === 0 ? true : undefined));
		expect(
			sandbox.received.count({
				vendor: 'pelcro',
				method: 'DELETE',
				path: `/webhooks/${String(hook.id)}`,
			}),
		).toBe(1);
		// The forgery started nothing.
		const executions: Execution[] = await n8n.executions(TRIGGER_WORKFLOW);
		expect(executions).toHaveLength(2);
	});
});
