import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { N8n, OWNER, runtime } from './harness/n8n';
import { startRegistry, type Registry } from './harness/registry';

const ARTIFACTS = join(__dirname, 'artifacts');
const packageJson = require(join(__dirname, '..', '..', 'package.json')) as {
	name: string;
	version: string;
	n8n: { nodes: string[] };
};
const NAME = packageJson.name;

interface InstalledPackage {
	packageName: string;
	installedVersion: string;
	failedLoading?: boolean;
	installedNodes: Array<{ name: string; type: string }>;
}

// Settings → Community Nodes → Install, as a user does it: n8n's installer (n8n-io/n8n
// packages/cli/src/modules/community-packages/community-packages.service.ts) checks the version
// at its registry, runs `npm pack` and `npm install` into <user folder>/.n8n/nodes, loads the
// package and records it, so the Settings page lists it and can update or remove it. The
// registry is a loopback one serving the packed tarball. A registry other than npmjs.org is a
// licensed feature (`getNpmRegistry`), switched on here through the feature endpoint n8n's own
// end-to-end tests use (E2E_TESTS=true, PATCH /rest/e2e/feature).
describe('installing the package through n8n from a registry', () => {
	let registry: Registry;
	let n8n: N8n;

	const installed = async () =>
		(await n8n.rest<{ data: InstalledPackage[] }>('/rest/community-packages')).data;
	const nodesFolder = () => join(n8n.userFolder, '.n8n', 'nodes');

	beforeAll(async () => {
		registry = await startRegistry(runtime().tarball);
		n8n = await N8n.create({
			withoutPackage: true,
			env: {
				E2E_TESTS: 'true',
				N8N_COMMUNITY_PACKAGES_REGISTRY: registry.url,
				// Before installing, n8n asks api.n8n.io whether the package is banned and takes no
				// answer as "not banned" (checkNpmPackageStatus): the registry refuses that tunnel.
				HTTPS_PROXY: registry.url,
				NO_PROXY: '127.0.0.1,localhost',
			},
		});
		// Listing runs `npm outdated` in the nodes folder with npm's own settings (n8n 1.x passes
		// it no environment): a project .npmrc there keeps it on loopback too, as a self-hosted
		// user with a private registry would set it.
		mkdirSync(nodesFolder(), { recursive: true });
		writeFileSync(
			join(nodesFolder(), '.npmrc'),
			`registry=${registry.url}/\ncache=${join(n8n.userFolder, 'npm-cache')}\n`,
		);
		await n8n.start();
		await n8n.rest('/rest/e2e/feature', {
			method: 'PATCH',
			body: { feature: 'feat:communityNodes:customRegistry', enabled: true },
		});
	});

	afterAll(async () => {
		await n8n?.dispose();
		await registry?.close();
	});

	test('installs it with npm from the registry; Settings → Community Nodes lists it with its nodes', async () => {
		expect(await installed()).toEqual([]);

		const result = await n8n.rest<{ data: InstalledPackage }>('/rest/community-packages', {
			method: 'POST',
			body: { name: NAME },
		});
		expect(result.data).toMatchObject({ packageName: NAME, installedVersion: packageJson.version });

		// npm fetched the package from the registry: the packument, then the tarball.
		expect(registry.requests).toContain(`GET /${NAME}`);
		expect(registry.requests).toContain(`GET /${NAME}/-/${NAME}-${packageJson.version}.tgz`);
		const nodesPackageJson = JSON.parse(readFileSync(join(nodesFolder(), 'package.json'), 'utf8'));
		expect(nodesPackageJson.dependencies).toEqual({ [NAME]: packageJson.version });

		const [listed, ...others] = await installed();
		expect(others).toEqual([]);
		expect(listed).toMatchObject({ packageName: NAME, installedVersion: packageJson.version });
		expect(listed.failedLoading).toBeFalsy();
		const types = listed.installedNodes.map((node) => node.type);
		expect(types).toHaveLength(packageJson.n8n.nodes.length);
		const loaded = (await n8n.rest<Array<{ name: string }>>('/types/nodes.json')).map(
			(t) => t.name,
		);
		for (const type of types) {
			expect(type.startsWith(`${NAME}.`)).toBe(true);
			expect(loaded).toContain(type);
		}

		// The page a user opens shows the same.
		const { path: executablePath, error } = runtime().chromium;
		if (!executablePath) throw new Error(`The Settings page check needs Chromium: ${error}`);
		const browser = await chromium.launch({
			executablePath,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
		});
		try {
			const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
			await page.goto(`${n8n.url}/signin`);
			await page.fill('input[name="emailOrLdapLoginId"]', OWNER.email);
			await page.fill('input[name="password"]', OWNER.password);
			await page.click('[data-test-id="form-submit-button"]');
			await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
			await page.goto(`${n8n.url}/settings/community-nodes`);
			await page.getByText(NAME, { exact: true }).first().waitFor();
			mkdirSync(ARTIFACTS, { recursive: true });
			await page.screenshot({ path: join(ARTIFACTS, 'community-nodes.png') });
		} finally {
			await browser.close();
		}
	});

	test('the installed package survives a restart and uninstalling removes it', async () => {
		await n8n.stop();
		await n8n.start();
		const [listed] = await installed();
		expect(listed).toMatchObject({ packageName: NAME, installedVersion: packageJson.version });
		expect(listed.failedLoading).toBeFalsy();

		await n8n.rest(`/rest/community-packages?name=${NAME}`, { method: 'DELETE' });
		expect(await installed()).toEqual([]);
		expect(existsSync(join(nodesFolder(), 'node_modules', NAME))).toBe(false);
	});
});
