import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What test/e2e/global-setup.mjs hands to the test files. */
interface E2eRuntime {
	/** The pinned n8n the suite runs (scripts/n8n-runtime.mjs, BACKOFFICE_N8N). */
	n8nVersion: string;
	nodeBin: string;
	n8nBin: string;
	templateUserFolder: string;
	/** The packed package (`npm pack`), as a registry would serve it. */
	tarball: string;
	chromium: { path?: string; error?: string };
	env: Record<string, string>;
}

export interface N8nOptions {
	/** Start without the package in the user folder, e.g. to install it through n8n. */
	withoutPackage?: boolean;
	/** Extra environment for every n8n process of this instance. */
	env?: Record<string, string>;
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export const OWNER = {
	email: 'owner@example.com',
	firstName: 'Test',
	lastName: 'Owner',
	password: 'E2e-password-1',
};

/** Creates the owner account of a fresh n8n at `url` (or logs in); the session cookie. */
export async function ownerSession(url: string): Promise<string> {
	let response = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	if (!response.ok) {
		response = await fetch(`${url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
	}
	if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
	return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

export function runtime(): E2eRuntime {
	const raw = process.env.N8N_E2E_RUNTIME;
	if (!raw) {
		throw new Error(
			'N8N_E2E_RUNTIME is not set: run these tests with test/e2e/jest.config.js, whose globalSetup installs n8n',
		);
	}
	return JSON.parse(raw) as E2eRuntime;
}

/** The major version of the n8n under test: 1 or 2. */
export function n8nMajor(): number {
	return Number(runtime().n8nVersion.split('.')[0]);
}

/** A port on loopback that nothing listens on now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One n8n instance: its own user folder (copied from the template), ports and processes. */
export class N8n {
	private server?: ChildProcess;
	private serverLog = '';
	private cookie?: string;
	private apiKey?: string;

	private constructor(
		readonly userFolder: string,
		readonly port: number,
		private readonly brokerPort: number,
		private readonly extraEnv: Record<string, string>,
	) {}

	static async create(options: N8nOptions = {}): Promise<N8n> {
		const userFolder = mkdtempSync(join(tmpdir(), 'n8n-e2e-'));
		cpSync(runtime().templateUserFolder, userFolder, { recursive: true });
		if (options.withoutPackage) {
			rmSync(join(userFolder, '.n8n', 'nodes'), { recursive: true, force: true });
		}
		return new N8n(userFolder, await freePort(), await freePort(), options.env ?? {});
	}

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	private env(): NodeJS.ProcessEnv {
		const env: NodeJS.ProcessEnv = {
			...process.env,
			...runtime().env,
			N8N_USER_FOLDER: this.userFolder,
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PORT: String(this.port),
			N8N_WEBHOOK_URL: `${this.url}/`,
			N8N_EDITOR_BASE_URL: `${this.url}/`,
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			// Deactivations wait in an outbox polled every 15 s by default; poll faster in tests.
			N8N_WORKFLOW_PUBLICATION_OUTBOX_POLL_INTERVAL_MS: '500',
			...this.extraEnv,
		};
		delete env.NODE_OPTIONS;
		return env;
	}

	/** Runs an n8n CLI command to completion; never throws on a non-zero exit. */
	cli(args: string[]): Promise<CliResult> {
		const { nodeBin, n8nBin } = runtime();
		return new Promise((resolve, reject) => {
			execFile(
				nodeBin,
				[n8nBin, ...args],
				{ env: this.env(), maxBuffer: 256 * 1024 * 1024, timeout: 180_000 },
				(error, stdout, stderr) => {
					if (error && typeof error.code !== 'number') reject(error);
					else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
				},
			);
		});
	}

	private async cliOrThrow(args: string[]): Promise<CliResult> {
		const result = await this.cli(args);
		if (result.code !== 0) {
			throw new Error(`n8n ${args.join(' ')} exited with ${result.code}\n${result.stderr}`);
		}
		return result;
	}

	private writeInput(name: string, data: unknown): string {
		const file = join(this.userFolder, name);
		writeFileSync(file, JSON.stringify(data));
		return file;
	}

	async importCredentials(credentials: object[]): Promise<void> {
		const file = this.writeInput('credentials-import.json', credentials);
		await this.cliOrThrow(['import:credentials', `--input=${file}`]);
	}

	async importWorkflows(workflows: object[]): Promise<void> {
		const file = this.writeInput('workflows-import.json', workflows);
		await this.cliOrThrow(['import:workflow', `--input=${file}`]);
	}

	/** `n8n execute --rawOutput`: the run data on success, the exit code and log on failure. */
	async execute(workflowId: string): Promise<CliResult & { run?: WorkflowRun }> {
		const result = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput']);
		if (result.code !== 0) return result;
		// n8n logs to stdout too, before and after the run data it prints at info level: the
		// run data is the pretty-printed object from a bare `{` line to the next bare `}` line.
		const json = /^\{$[\s\S]*?^\}$/m.exec(result.stdout);
		if (!json) throw new Error(`no run data in the output of n8n execute\n${result.stdout}`);
		return { ...result, run: JSON.parse(json[0]) as WorkflowRun };
	}

	/** Publishes (activates) a workflow from the CLI; a running n8n does not notice. */
	async publish(workflowId: string): Promise<void> {
		await this.cliOrThrow(
			n8nMajor() >= 2
				? ['publish:workflow', `--id=${workflowId}`]
				: ['update:workflow', `--id=${workflowId}`, '--active=true'],
		);
	}

	async start(): Promise<void> {
		const { nodeBin, n8nBin } = runtime();
		const server = spawn(nodeBin, [n8nBin, 'start'], {
			env: this.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.server = server;
		const keep = (chunk: Buffer) => {
			this.serverLog = (this.serverLog + chunk.toString()).slice(-20_000);
		};
		server.stdout?.on('data', keep);
		server.stderr?.on('data', keep);
		const deadline = Date.now() + 120_000;
		while (Date.now() < deadline) {
			if (server.exitCode !== null) {
				throw new Error(`n8n start exited with ${server.exitCode}\n${this.serverLog}`);
			}
			if ((await this.status('/healthz/readiness')) === 200) {
				// n8n 1.x reports ready a few seconds before its REST API is mounted: wait until the
				// login route answers a call without a session.
				if ((await this.status('/rest/login')) === 401) return;
			}
			await sleep(250);
		}
		throw new Error(`n8n did not get ready within 120 s\n${this.serverLog}`);
	}

	/** The HTTP status of a GET without a session, 0 while nothing listens. */
	private status(path: string): Promise<number> {
		return fetch(`${this.url}${path}`).then(
			(response) => response.status,
			() => 0,
		);
	}

	async stop(): Promise<void> {
		const server = this.server;
		this.server = undefined;
		this.cookie = undefined;
		this.apiKey = undefined;
		if (!server || server.exitCode !== null) return;
		const exited = new Promise((resolve) => server.once('exit', resolve));
		server.kill('SIGTERM');
		const timer = setTimeout(() => server.kill('SIGKILL'), 20_000);
		await exited;
		clearTimeout(timer);
	}

	/** Creates the owner account on a fresh instance (or logs in) and keeps the session cookie. */
	async login(): Promise<void> {
		this.cookie = await ownerSession(this.url);
	}

	/** GET/POST on the editor's REST API (/rest, /types) with the owner's session. */
	async rest<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
		if (!this.cookie) await this.login();
		const response = await fetch(`${this.url}${path}`, {
			method: init.method ?? 'GET',
			headers: { cookie: this.cookie ?? '', 'content-type': 'application/json' },
			body: init.body === undefined ? undefined : JSON.stringify(init.body),
		});
		const text = await response.text();
		if (!response.ok)
			throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
		return JSON.parse(text) as T;
	}

	/** Creates an API key for n8n's public API (/api/v1) through the owner's session. */
	async createApiKey(scopes: string[]): Promise<void> {
		const created = await this.rest<{ data: { rawApiKey: string } }>('/rest/api-keys', {
			method: 'POST',
			body: { label: `e2e ${Date.now()}`, scopes, expiresAt: null },
		});
		this.apiKey = created.data.rawApiKey;
	}

	/** A call to n8n's public API with the key from createApiKey. */
	async api<T>(path: string, method = 'GET'): Promise<T> {
		if (!this.apiKey) throw new Error('call createApiKey first');
		const response = await fetch(`${this.url}/api/v1${path}`, {
			method,
			headers: { 'X-N8N-API-KEY': this.apiKey },
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} /api/v1${path}: ${response.status} ${text}`);
		return JSON.parse(text) as T;
	}

	/** Executions of one workflow, newest first, with their run data. */
	async executions(workflowId: string): Promise<Execution[]> {
		const page = await this.api<{ data: Execution[] }>(
			`/executions?workflowId=${workflowId}&includeData=true&limit=250`,
		);
		return page.data;
	}

	async dispose(): Promise<void> {
		await this.stop();
		rmSync(this.userFolder, { recursive: true, force: true });
	}
}

export interface NodeRun {
	executionStatus?: string;
	error?: { message: string; description?: string; httpCode?: string };
	data?: {
		main: Array<Array<{
			json: Record<string, unknown>;
			binary?: Record<string, { fileName?: string; mimeType?: string }>;
			pairedItem?: unknown;
		}> | null>;
	};
}

export interface Execution {
	id: string;
	status: string;
	mode: string;
	workflowId: string;
	data?: WorkflowRun['data'];
}

export interface WorkflowRun {
	data: { resultData: { runData: Record<string, NodeRun[]>; error?: { message: string } } };
	status?: string;
}

/** Items a node put on its first output, in its last run. */
export function outputOf(run: { data?: WorkflowRun['data'] }, nodeName: string) {
	const runs = run.data?.resultData.runData[nodeName];
	if (!runs?.length) throw new Error(`node "${nodeName}" did not run`);
	return runs[runs.length - 1].data?.main[0] ?? [];
}
