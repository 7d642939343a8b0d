import { join } from 'node:path';
import type { ICredentialType, INodeType } from 'n8n-workflow';

import { startSandbox, type Sandbox } from '../../sandbox/server';
import { N8n, outputOf, type Execution } from './harness/n8n';
import { PICQER_CREDENTIAL_ID, picqerCredential } from './harness/picqer';
import { loadWorkflow } from './harness/workflows';

const TRIGGER_WORKFLOW = 'e2ePicqerTrigger1';
const SCHEDULE_WORKFLOW = 'e2eScheduleOrder1';

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
		await n8n.importCredentials([picqerCredential(sandbox.url)]);
		const values = { PICQER_CREDENTIAL_ID };
		await n8n.importWorkflows([
			loadWorkflow('picqer-order-trigger.json', values),
			loadWorkflow('schedule-orders.json', values),
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
});
