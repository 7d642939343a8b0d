// Runs once before the e2e tests: makes sure the pinned n8n (and a Chromium) is installed, then
// builds, packs and installs this package into a template n8n user folder (database migrated)
// that every test file copies, so no test pays for migrations. The tarball stays for the test
// that installs it through n8n's own installer.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPackage, installTarball, packPackage } from '../../scripts/community-package.mjs';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { freePort, n8nBaseEnv, n8nEnv } from '../../scripts/n8n-env.mjs';
import { ensureRuntime, N8N_VERSION } from '../../scripts/n8n-runtime.mjs';

const execFileAsync = promisify(execFile);

export default async function globalSetup() {
	const { nodeBin, n8nBin } = await ensureRuntime();
	const templateUserFolder = await mkdtemp(join(tmpdir(), 'n8n-e2e-template-'));
	await buildPackage();
	const tarball = await packPackage();
	await installTarball(tarball, templateUserFolder);
	// Any n8n command migrates the new database; this one also shows whether the package loads.
	const nodesFile = join(templateUserFolder, 'nodes.json');
	const env = n8nEnv({
		userFolder: templateUserFolder,
		port: await freePort(),
		brokerPort: await freePort(),
	});
	await execFileAsync(nodeBin, [n8nBin, 'export:nodes', `--output=${nodesFile}`], {
		env,
		maxBuffer: 64 * 1024 * 1024,
	});
	const nodeTypes = JSON.parse(await readFile(nodesFile, 'utf8')).map((type) => type.name);
	await rm(nodesFile);
	if (!nodeTypes.some((name) => name.startsWith('n8n-nodes-backoffice.'))) {
		throw new Error('n8n did not load n8n-nodes-backoffice from the template user folder');
	}
	const baseEnv = n8nBaseEnv();
	// Only the editor test needs a browser: it reports a missing one rather than every test.
	let chromium;
	try {
		chromium = { path: ensureChromium() };
	} catch (error) {
		chromium = { error: error.message };
	}
	// Test files run in workers that inherit this process's environment.
	process.env.N8N_E2E_RUNTIME = JSON.stringify({
		n8nVersion: N8N_VERSION,
		nodeBin,
		n8nBin,
		templateUserFolder,
		tarball,
		chromium,
		env: Object.fromEntries(
			Object.entries(baseEnv).filter(([key, value]) => process.env[key] !== value),
		),
	});
}
