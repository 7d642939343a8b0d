import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

import { startSandbox, type Sandbox } from '../../sandbox/server';
import { N8n, OWNER, runtime } from './harness/n8n';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { loadExamples } from './harness/workflows';

const ARTIFACTS = join(__dirname, 'artifacts');
const PICQER_NODE = 'n8n-nodes-backoffice.picqer';

// The n8n editor in headless Chromium shows the package's nodes on an example workflow.
describe('n8n editor', () => {
	let sandbox: Sandbox;
	let n8n: N8n;
	let browser: Browser;
	const examples = loadExamples(CREDENTIAL_IDS);

	beforeAll(async () => {
		const { path: executablePath, error } = runtime().chromium;
		if (!executablePath) throw new Error(`The editor check needs Chromium: ${error}`);
		sandbox = await startSandbox();
		n8n = await N8n.create();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows(examples);
		await n8n.start();
		await n8n.login();
		browser = await chromium.launch({
			executablePath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
	});

	afterAll(async () => {
		await browser?.close();
		await n8n?.dispose();
		await sandbox?.close();
	});

	test('logs in, opens an example workflow and shows the Picqer nodes with their icon', async () => {
		const workflow = examples.find((w) => w.nodes.filter((n) => n.type === PICQER_NODE).length > 1);
		if (!workflow) throw new Error('no example workflow with several Picqer nodes');
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

		await page.goto(`${n8n.url}/signin`);
		await page.fill('input[name="emailOrLdapLoginId"]', OWNER.email);
		await page.fill('input[name="password"]', OWNER.password);
		await page.click('[data-test-id="form-submit-button"]');
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

		await page.goto(`${n8n.url}/workflow/${workflow.id}`);
		const picqerNodes = page.locator(
			`[data-test-id="canvas-node"][data-node-type="${PICQER_NODE}"]`,
		);
		await picqerNodes.first().waitFor();
		const names = await picqerNodes.evaluateAll((nodes) =>
			nodes.map((node) => node.getAttribute('data-node-name')),
		);
		expect(names.sort()).toEqual(
			workflow.nodes
				.filter((node) => node.type === PICQER_NODE)
				.map((node) => node.name)
				.sort(),
		);
		// The node icon ships in the package: it must load, not fall back to a placeholder.
		const icon = picqerNodes.first().locator('img').first();
		await icon.waitFor();
		const loaded = await icon.evaluate((img) => {
			const image = img as unknown as { complete: boolean; naturalWidth: number };
			return image.complete && image.naturalWidth > 0;
		});
		expect(loaded).toBe(true);

		mkdirSync(ARTIFACTS, { recursive: true });
		await page.waitForLoadState('networkidle');
		await page.screenshot({ path: join(ARTIFACTS, 'editor.png'), animations: 'disabled' });

		// The node's own parameters render in its details view.
		await picqerNodes.nth(1).dblclick();
		const ndv = page.locator('[data-test-id="ndv"]');
		await ndv.waitFor();
		await ndv.locator('[data-test-id="parameter-input-resource"]').waitFor();
		await ndv.locator('[data-test-id="parameter-input-operation"]').waitFor();
		await page.screenshot({ path: join(ARTIFACTS, 'editor-node.png'), animations: 'disabled' });
		await page.close();
	});
});
