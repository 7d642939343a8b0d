// `npm start`: the package in a real n8n, wired to the vendor sandbox, for trying the nodes
// without vendor accounts. Builds and installs the package into a persistent n8n user folder,
// starts the sandbox and n8n, imports the sandbox credentials and the example workflows, sets up
// a local owner account and prints where to log in. Ctrl-C stops both.
import { execFile, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPackage, installIntoUserFolder, repoRoot } from './community-package.mjs';
import { freePort, n8nEnv } from './n8n-env.mjs';
import { ensureRuntime } from './n8n-runtime.mjs';

const execFileAsync = promisify(execFile);

const userFolder = join(repoRoot, '.cache', 'n8n-user');
const PICQER_CREDENTIAL_ID = 'picqerSandbox001';
const RETAILCRM_CREDENTIAL_ID = 'retailCrmSandbox1';
const PELCRO_CREDENTIAL_ID = 'pelcroSandbox0001';
const OPENAPI_SERVICE_CREDENTIAL_ID = 'openApiSandbox001';
const PRECORO_CREDENTIAL_ID = 'precoroSandbox001';
const PRECORO_APPROVER_CREDENTIAL_ID = 'precoroSandbox002';
// A local demo account on a loopback-only n8n; not a secret.
const OWNER = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'User',
	password: 'Demo-password-1',
};

const children = new Set();

function log(message) {
	console.log(`[start] ${message}`);
}

async function step(name, action) {
	const started = Date.now();
	log(`${name} ...`);
	const result = await action();
	log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return result;
}

/** A preferred port when it is free (stable URLs between runs), any free one otherwise. */
async function pickPort(preferred) {
	const free = await new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(true)));
	});
	return free ? preferred : freePort();
}

function startChild(name, command, args, env) {
	const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
	children.add(child);
	const prefix = (chunk) =>
		chunk
			.toString()
			.split('\n')
			.filter((line) => line.trim())
			.map((line) => `[${name}] ${line}\n`)
			.join('');
	child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
	child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
	child.on('exit', (code, signal) => {
		children.delete(child);
		if (!stopping) {
			log(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting down`);
			void stopAll(1);
		}
	});
	return child;
}

async function waitForUrl(url, what, answered = (response) => response.ok, timeoutMs = 120_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const ok = await fetch(url).then(answered, () => false);
		if (ok) return;
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** The sandbox's own constants (demo keys, mounts, sites), read from its TypeScript source. */
async function sandboxKeys() {
	const { stdout } = await execFileAsync(
		process.execPath,
		[
			'-r',
			'ts-node/register/transpile-only',
			'-p',
			'JSON.stringify({...require("./sandbox/picqer/keys"), ...require("./sandbox/retailcrm/keys"), ...require("./sandbox/pelcro/keys"), ...require("./sandbox/openapi-service/keys"), ...require("./sandbox/precoro/keys")})',
		],
		{ cwd: repoRoot },
	);
	return JSON.parse(stdout);
}

/** One credential per vendor, pointed at the sandbox; examples name them by these placeholders. */
function sandboxCredentials(keys, sandboxUrl) {
	return [
		{
			placeholder: '__PICQER_CREDENTIAL_ID__',
			id: PICQER_CREDENTIAL_ID,
			name: 'Picqer (sandbox)',
			type: 'picqerApi',
			data: {
				subdomain: 'demo',
				apiKey: keys.PICQER_DEMO_KEY,
				baseUrl: `${sandboxUrl}${keys.PICQER_MOUNT}`,
			},
		},
		{
			placeholder: '__RETAILCRM_CREDENTIAL_ID__',
			id: RETAILCRM_CREDENTIAL_ID,
			name: 'RetailCRM (sandbox)',
			type: 'retailCrmApi',
			data: {
				url: `${sandboxUrl}${keys.RETAILCRM_MOUNT}`,
				apiKey: keys.RETAILCRM_DEMO_KEY,
				site: keys.RETAILCRM_SITE_MAIN,
			},
		},
		{
			placeholder: '__PELCRO_CREDENTIAL_ID__',
			id: PELCRO_CREDENTIAL_ID,
			name: 'Pelcro (sandbox)',
			type: 'pelcroApi',
			data: {
				apiKey: keys.PELCRO_DEMO_KEY,
				siteId: String(keys.PELCRO_DEMO_SITE),
				environment: 'custom',
				baseUrl: `${sandboxUrl}${keys.PELCRO_MOUNT}`,
			},
		},
		{
			placeholder: '__OPENAPI_SERVICE_CREDENTIAL_ID__',
			id: OPENAPI_SERVICE_CREDENTIAL_ID,
			name: 'OpenAPI Service (sandbox)',
			type: 'openApiServiceApi',
			data: {
				baseUrl: `${sandboxUrl}${keys.OPENAPI_SERVICE_MOUNT}`,
				apiVersion: 'v1',
				token: keys.OPENAPI_SERVICE_DEMO_TOKEN,
				authScheme: 'Bearer ',
				specSource: 'url',
				specUrl: `${sandboxUrl}${keys.OPENAPI_SERVICE_MOUNT}/openapi.json`,
			},
		},
		// A Precoro token belongs to one user: the buyer's, and the first approver's.
		...[
			['__PRECORO_CREDENTIAL_ID__', PRECORO_CREDENTIAL_ID, keys.PRECORO_USERS[0]],
			[
				'__PRECORO_FIRST_APPROVER_CREDENTIAL_ID__',
				PRECORO_APPROVER_CREDENTIAL_ID,
				keys.PRECORO_USERS[1],
			],
		].map(([placeholder, id, user]) => ({
			placeholder,
			id,
			name: `Precoro – Acme (sandbox) – ${user.email}`,
			type: 'precoroApi',
			data: {
				region: 'com',
				apiToken: user.token,
				email: user.email,
				baseUrl: `${sandboxUrl}${keys.PRECORO_MOUNT}`,
			},
		})),
	];
}

async function n8nCli(runtime, env, args) {
	const { stdout } = await execFileAsync(runtime.nodeBin, [runtime.n8nBin, ...args], {
		env,
		maxBuffer: 64 * 1024 * 1024,
	});
	return stdout;
}

async function importSandboxData(runtime, env, sandboxUrl) {
	const credentials = sandboxCredentials(await sandboxKeys(), sandboxUrl);
	const credentialsFile = join(userFolder, 'sandbox-credentials.json');
	await writeFile(
		credentialsFile,
		JSON.stringify(credentials.map(({ placeholder, ...credential }) => credential)),
	);
	// Re-imported on every start: the sandbox address may have changed.
	await n8nCli(runtime, env, ['import:credentials', `--input=${credentialsFile}`]);

	// Examples are imported once, so edits made in the editor survive a restart.
	const existing = new Set(
		(await n8nCli(runtime, env, ['list:workflow', '--onlyId'])).split('\n').map((l) => l.trim()),
	);
	const examplesDir = join(repoRoot, 'examples');
	const examples = [];
	for (const file of (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort()) {
		let text = await readFile(join(examplesDir, file), 'utf8');
		for (const { placeholder, id } of credentials) text = text.replaceAll(placeholder, id);
		const workflow = JSON.parse(text);
		if (!existing.has(workflow.id)) examples.push(workflow);
	}
	if (examples.length > 0) {
		const workflowsFile = join(userFolder, 'example-workflows.json');
		await writeFile(workflowsFile, JSON.stringify(examples));
		await n8nCli(runtime, env, ['import:workflow', `--input=${workflowsFile}`]);
	}
	return examples.length;
}

/** On a fresh n8n the first owner is created through the setup endpoint the editor uses. */
async function ensureOwner(editorUrl) {
	const response = await fetch(`${editorUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	return response.ok;
}

let stopping = false;

async function stopAll(code = 0) {
	if (stopping) return;
	stopping = true;
	log('stopping n8n and the sandbox ...');
	await Promise.all(
		[...children].map(
			(child) =>
				new Promise((resolve) => {
					if (child.exitCode !== null) return resolve();
					child.once('exit', resolve);
					child.kill('SIGTERM');
					setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
				}),
		),
	);
	process.exit(code);
}

async function main() {
	process.once('SIGINT', () => void stopAll(0));
	process.once('SIGTERM', () => void stopAll(0));

	await step('build the package', buildPackage);
	const runtime = await step('n8n runtime', ensureRuntime);
	await mkdir(userFolder, { recursive: true });
	await step('pack and install the package into the n8n user folder', () =>
		installIntoUserFolder(userFolder, { build: false }),
	);

	const sandboxPort = await pickPort(Number(process.env.SANDBOX_PORT ?? 5680));
	const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
	startChild(
		'sandbox',
		process.execPath,
		['-r', 'ts-node/register/transpile-only', 'sandbox/main.ts'],
		{ ...process.env, SANDBOX_PORT: String(sandboxPort) },
	);
	await step('start the sandbox', () => waitForUrl(`${sandboxUrl}/__sandbox/health`, 'sandbox'));

	const port = await pickPort(Number(process.env.N8N_PORT ?? 5678));
	const env = n8nEnv({ userFolder, port, brokerPort: await freePort() });
	const imported = await step('import the sandbox credentials and example workflows', () =>
		importSandboxData(runtime, env, sandboxUrl),
	);
	log(`${imported} new example workflow(s) imported`);

	startChild('n8n', runtime.nodeBin, [runtime.n8nBin, 'start'], env);
	const editorUrl = `http://127.0.0.1:${port}`;
	await step('start n8n', async () => {
		await waitForUrl(`${editorUrl}/healthz/readiness`, 'n8n');
		// n8n 1.x reports ready a few seconds before its REST API is mounted: wait until the login
		// route answers a call without a session.
		await waitForUrl(`${editorUrl}/rest/login`, 'the n8n REST API', (r) => r.status === 401);
	});
	const created = await ensureOwner(editorUrl);

	console.log(`
n8n with n8n-nodes-backoffice is running.
  Editor:    ${editorUrl}
  Login:     ${OWNER.email} / ${OWNER.password}${created ? ' (account created just now)' : ''}
  Sandbox:   ${sandboxUrl} (credentials "Picqer (sandbox)" and "RetailCRM (sandbox)" point at it)
  Data:      .cache/n8n-user
Press Ctrl-C to stop.
`);
}

main().catch((error) => {
	console.error(`[start] ${error.message}`);
	void stopAll(1);
});
