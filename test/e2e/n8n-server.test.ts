import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ICredentialType, INodeType } from 'n8n-workflow';

import { PICQER_DEMO_KEY, PICQER_MOUNT } from '../../sandbox/picqer';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_OTHER_KEY,
	type RetailCrmRow,
} from '../../sandbox/retailcrm';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { N8n, outputOf, type Execution } from './harness/n8n';
import { retailCrmAdmin } from './harness/retailcrm';
import { loadWorkflow } from './harness/workflows';

const TRIGGER_WORKFLOW = 'e2ePicqerTrigger1';
const SCHEDULE_WORKFLOW = 'e2eScheduleOrder1';
// Polls every 5 s: n8n refuses a poll time that fires more than once a minute, but takes several
// poll times, so twelve once-a-minute cron expressions at seconds 0, 5, ... 55 poll every 5 s.
const RETAILCRM_TRIGGER_WORKFLOW = 'e2eRetailCrmTr01';

const repoRoot = join(__dirname, '..', '..');
const packageJson = require(join(repoRoot, 'package.json')) as {
	name: string;
	n8n: { nodes: string[]; credentials: string[] };
};

/** An instance of the class each compiled file listed in package.json exports. */
function instancesOf(files: string[]): object[] {
	return files.map((file) => {
		const exports = require(join(repoRoot, file)) as Record<string, new () => object>;
		const [Class] = Object.values(exports);
		return new Class();
	});
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000) {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

interface PicqerHook {
	idhook: number;
	event: string;
	address: string;
	active: boolean;
}

// `n8n start` as a server: what it loads, a webhook trigger and a schedule trigger.
describe('n8n server with the package installed', () => {
	let sandbox: Sandbox;
	let n8n: N8n;

	const hooksToN8n = () =>
		sandbox.picqer
			.hooks()
			.map((hook) => hook as unknown as PicqerHook)
			.filter((hook) => hook.address.startsWith(`${n8n.url}/webhook/`));

	beforeAll(async () => {
		sandbox = await startSandbox();
		n8n = await N8n.create();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([
			loadWorkflow('picqer-order-trigger.json', CREDENTIAL_IDS),
			loadWorkflow('schedule-orders.json', CREDENTIAL_IDS),
			// Activated by its test through the public API, so it polls only while that test runs.
			loadWorkflow('retailcrm-order-trigger.json', CREDENTIAL_IDS),
		]);
		// Published before the start, as the CLI's changes reach only an n8n started afterwards.
		await n8n.publish(TRIGGER_WORKFLOW);
		await n8n.publish(SCHEDULE_WORKFLOW);
		await n8n.start();
		await n8n.createApiKey([
			'workflow:read',
			'workflow:list',
			'workflow:activate',
			'workflow:deactivate',
			'execution:read',
			'execution:list',
		]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
	});

	test('every node and credential in package.json is loaded under the package name', async () => {
		const nodeTypes = await n8n.rest<Array<{ name: string }>>('/types/nodes.json');
		const credentialTypes = await n8n.rest<Array<{ name: string }>>('/types/credentials.json');
		const nodes = instancesOf(packageJson.n8n.nodes).map(
			(node) => (node as INodeType).description.name,
		);
		const credentials = instancesOf(packageJson.n8n.credentials).map(
			(credential) => (credential as ICredentialType).name,
		);

		expect(nodes.length).toBeGreaterThan(0);
		const loadedNodes = nodeTypes.map((type) => type.name);
		for (const node of nodes) expect(loadedNodes).toContain(`${packageJson.name}.${node}`);
		const loadedCredentials = credentialTypes.map((type) => type.name);
		for (const credential of credentials) expect(loadedCredentials).toContain(credential);
	});

	test('Schedule Trigger runs the Picqer node headless', async () => {
		const runs = await waitFor('two scheduled executions', async () => {
			const done = (await n8n.executions(SCHEDULE_WORKFLOW)).filter((e) => e.status !== 'running');
			return done.length >= 2 ? done : undefined;
		});
		for (const execution of runs) {
			expect(execution).toMatchObject({ status: 'success', mode: 'trigger' });
			expect(outputOf(execution, 'Newest Order')).toHaveLength(1);
		}
		await n8n.api(`/workflows/${SCHEDULE_WORKFLOW}/deactivate`, 'POST');
		expect(sandbox.received.count({ method: 'GET', path: '/orders' })).toBeGreaterThanOrEqual(2);
	});

	test('Picqer Trigger: registered hook, one execution per signed delivery, none for a forgery, removed on deactivation', async () => {
		const [hook] = await waitFor('the hook registration', async () => {
			const hooks = hooksToN8n().filter((h) => h.active);
			return hooks.length > 0 ? hooks : undefined;
		});
		expect(hooksToN8n()).toEqual([
			expect.objectContaining({ event: 'orders.created', active: true }),
		]);

		const order = { idorder: 424242, orderid: 'E2E-424242', status: 'processing' };
		const emitted = await fetch(`${sandbox.url}/__sandbox/picqer/emit`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ event: 'orders.created', data: order }),
		}).then((response) => response.json() as Promise<{ deliveries: Array<{ status: number }> }>);
		expect(emitted.deliveries).toEqual([expect.objectContaining({ status: 200 })]);

		const [execution] = await waitFor('the webhook execution', async () => {
			const done = (await n8n.executions(TRIGGER_WORKFLOW)).filter((e) => e.status !== 'running');
			return done.length > 0 ? done : undefined;
		});
		expect(execution).toMatchObject({ status: 'success', mode: 'webhook' });
		expect(outputOf(execution, 'Picqer Trigger').map((item) => item.json)).toEqual([
			expect.objectContaining({ idhook: hook.idhook, event: 'orders.created', data: order }),
		]);

		const forged = await fetch(hook.address, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-picqer-signature': 'Zm9yZ2Vk' },
			body: JSON.stringify({ idhook: hook.idhook, event: 'orders.created', data: order }),
		});
		expect(forged.status).toBe(401);

		// n8n 2.x unpublishes through an outbox that a background job works off.
		await n8n.api(`/workflows/${TRIGGER_WORKFLOW}/deactivate`, 'POST');
		await waitFor('the hook removal', async () =>
			hooksToN8n().some((h) => h.active) ? undefined : true,
		);
		expect(sandbox.received.count({ method: 'DELETE', path: `/hooks/${hook.idhook}` })).toBe(1);
		const executions: Execution[] = await n8n.executions(TRIGGER_WORKFLOW);
		expect(executions).toHaveLength(1);
	});

	test('RetailCRM Trigger polls: changes made in the CRM start executions, each change once, grouped per order', async () => {
		const historyPolls = () =>
			sandbox.received.filter(
				(r) =>
					r.vendor === 'retailcrm' &&
					r.path === '/api/v5/orders/history' &&
					(r.query['filter[sinceId]'] !== undefined || r.query['filter[startDate]'] !== undefined),
			);
		const triggerItems = (executions: Execution[]) =>
			executions.flatMap((execution) =>
				outputOf(execution, 'RetailCRM Trigger').map((item) => item.json),
			);
		const changeIds = (executions: Execution[]) =>
			triggerItems(executions).flatMap((order) =>
				(order.changes as RetailCrmRow[]).map((change) => change.id as number),
			);

		await n8n.api(`/workflows/${RETAILCRM_TRIGGER_WORKFLOW}/activate`, 'POST');
		// Activation finds "now" (a time, or the last record's id); the next poll reads history
		// after that point, so two reads from a cursor mean the trigger is past its start.
		await waitFor('a poll from the saved cursor', async () =>
			historyPolls().length > 1 ? true : undefined,
		);
		const newestBefore = Math.max(
			...sandbox.retailcrm.history('orders').map((record) => Number(record.id)),
		);

		// Changes "as another user": a person in the CRM, another integration, and this key.
		const [, first, second] = sandbox.retailcrm.data().orders.rows;
		const otherStatus = (order: RetailCrmRow) =>
			order.status === 'assembling' ? 'new' : 'assembling';
		await retailCrmAdmin(sandbox.url, `/orders/${String(first.id)}`, {
			order: { status: otherStatus(first), managerComment: 'Call before delivery' },
			userId: 2,
		});
		await retailCrmAdmin(sandbox.url, `/orders/${String(second.id)}`, {
			order: { managerComment: 'Gift wrap' },
			key: RETAILCRM_OTHER_KEY,
		});
		await retailCrmAdmin(sandbox.url, `/orders/${String(second.id)}`, {
			order: { status: otherStatus(second) },
			key: RETAILCRM_DEMO_KEY,
		});
		const made = sandbox.retailcrm
			.history('orders')
			.filter((record) => Number(record.id) > newestBefore);
		const own = made.filter((record) => (record.apiKey as RetailCrmRow | undefined)?.current);
		const expected = made.filter((record) => !own.includes(record)).map((r) => Number(r.id));
		expect(expected).toHaveLength(3);
		expect(own).toHaveLength(1);

		const executions = await waitFor('executions with every change', async () => {
			const done = (await n8n.executions(RETAILCRM_TRIGGER_WORKFLOW)).filter(
				(e) => e.status !== 'running',
			);
			return changeIds(done).length >= expected.length ? done : undefined;
		});
		for (const execution of executions)
			expect(execution).toMatchObject({ status: 'success', mode: 'trigger' });
		// Each change exactly once; the trigger's own key's change not at all.
		expect([...changeIds(executions)].sort()).toEqual([...expected].sort());
		// At most one execution per admin call that could have fallen between two polls.
		expect(executions.length).toBeLessThanOrEqual(2);
		for (const execution of executions) {
			const ids = outputOf(execution, 'RetailCRM Trigger').map((item) => item.json.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
		// One item per order with all its changes of one poll, and the full order as it is now.
		const firstItem = triggerItems(executions).find((order) => order.id === first.id)!;
		expect((firstItem.changes as RetailCrmRow[]).map((change) => change.field).sort()).toEqual([
			'manager_comment',
			'status',
		]);
		for (const order of triggerItems(executions)) {
			const current = sandbox.retailcrm.data().orders.get(Number(order.id))!;
			expect(order).toMatchObject({
				id: current.id,
				number: current.number,
				site: current.site,
				status: current.status,
				managerComment: current.managerComment,
				items: current.items,
			});
		}

		// Later polls find nothing new and start no execution.
		const pollsSoFar = historyPolls().length;
		const ordersFetched = sandbox.received.count({
			vendor: 'retailcrm',
			method: 'GET',
			path: '/api/v5/orders',
		});
		await waitFor(
			'two more polls',
			async () => (historyPolls().length >= pollsSoFar + 2 ? true : undefined),
			20_000,
		);
		const after = (await n8n.executions(RETAILCRM_TRIGGER_WORKFLOW)).length;
		expect(after).toBe(executions.length);
		expect(
			sandbox.received.count({ vendor: 'retailcrm', method: 'GET', path: '/api/v5/orders' }),
		).toBe(ordersFetched);
		await n8n.api(`/workflows/${RETAILCRM_TRIGGER_WORKFLOW}/deactivate`, 'POST');
	});
	test("a credential's Test button sends the key nowhere the node would refuse", async () => {
		const leaked: string[] = [];
		const elsewhere = createServer((req, res) => {
			leaked.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
			res.end('{}');
		});
		await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
		const { port } = elsewhere.address() as AddressInfo;
		const testCredential = async (type: string, data: Record<string, string>) => {
			const created = await n8n.rest<{ data?: { id: string }; id?: string }>('/rest/credentials', {
				method: 'POST',
				body: { name: `${type} ${Date.now()}`, type, data },
			});
			const id = created.data?.id ?? created.id;
			const result = await n8n.rest<{ data: { status: string; message: string } }>(
				'/rest/credentials/test',
				{ method: 'POST', body: { credentials: { id, name: 'test', type, data } } },
			);
			return result.data;
		};
		try {
			const refused = [
				await testCredential('picqerApi', {
					subdomain: 'demo',
					apiKey: 'key-for-elsewhere',
					baseUrl: `http://127.0.0.1:${port}/api/v1?x=`,
				}),
				await testCredential('picqerApi', {
					subdomain: `127.0.0.1:${port}#`,
					apiKey: 'key-for-elsewhere',
					baseUrl: '',
				}),
				await testCredential('retailCrmApi', {
					url: `http://user@127.0.0.1:${port}`,
					apiKey: 'key-for-elsewhere',
					site: '',
				}),
			];
			for (const result of refused) expect(result.status).toBe('Error');
			expect(leaked).toEqual([]);

			const accepted = await testCredential('picqerApi', {
				subdomain: 'demo',
				apiKey: PICQER_DEMO_KEY,
				baseUrl: `${sandbox.url}${PICQER_MOUNT}`,
			});
			expect(accepted).toMatchObject({ status: 'OK' });
			expect(sandbox.received.count({ vendor: 'picqer', path: '/users/me' })).toBeGreaterThan(0);
		} finally {
			elsewhere.close();
		}
	});
});
