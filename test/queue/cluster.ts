import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { freePort, ownerSession } from '../e2e/harness/n8n';

/** What test/queue/global-setup.mjs hands to the test file. */
interface QueueRuntime {
	nodeBin: string;
	n8nBin: string;
	/** The user folder every process shares, with the package installed. */
	userFolder: string;
	redis: { host: string; port: number };
	postgres: { host: string; port: number; user: string; database: string };
	env: Record<string, string>;
}

function runtime(): QueueRuntime {
	const raw = process.env.N8N_QUEUE_RUNTIME;
	if (!raw) throw new Error('N8N_QUEUE_RUNTIME is not set: run with test/queue/jest.config.js');
	return JSON.parse(raw) as QueueRuntime;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Member {
	role: 'main' | 'worker';
	child: ChildProcess;
	log: string;
	/** Where it answers /healthz/readiness. */
	healthPort: number;
}

/**
 * n8n in queue mode, as the scaling docs set it up: one main process (editor, API, webhooks)
 * that puts executions on a Redis queue, and workers that run them, all on one Postgres and one
 * user folder (so one encryption key and one installed package).
 */
export class QueueCluster {
	private members: Member[] = [];
	private cookie?: string;
	private apiKey?: string;
	private readonly encryptionKey = randomBytes(24).toString('hex');

	private constructor(
		readonly port: number,
		private readonly workers: number,
	) {}

	static async create(workers: number): Promise<QueueCluster> {
		return new QueueCluster(await freePort(), workers);
	}

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	private env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		const { redis, postgres, userFolder, env } = runtime();
		const result: NodeJS.ProcessEnv = {
			...process.env,
			...env,
			N8N_USER_FOLDER: userFolder,
			N8N_ENCRYPTION_KEY: this.encryptionKey,
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: postgres.host,
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PORT: String(this.port),
			N8N_WEBHOOK_URL: `${this.url}/`,
			N8N_EDITOR_BASE_URL: `${this.url}/`,
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			...extra,
		};
		delete result.NODE_OPTIONS;
		return result;
	}

	/** An n8n CLI command against the shared database; throws on a non-zero exit. */
	async cli(args: string[]): Promise<string> {
		const { nodeBin, n8nBin } = runtime();
		const env = this.env({ N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
		return await new Promise((resolve, reject) => {
			execFile(
				nodeBin,
				[n8nBin, ...args],
				{ env, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
				(error, stdout, stderr) => {
					if (error) reject(new Error(`n8n ${args.join(' ')}: ${error.message}\n${stderr}`));
					else resolve(stdout);
				},
			);
		});
	}

	async importCredentials(credentials: object[]): Promise<void> {
		const file = join(runtime().userFolder, 'credentials-import.json');
		writeFileSync(file, JSON.stringify(credentials));
		await this.cli(['import:credentials', `--input=${file}`]);
	}

	async importWorkflows(workflows: object[]): Promise<void> {
		const file = join(runtime().userFolder, 'workflows-import.json');
		writeFileSync(file, JSON.stringify(workflows));
		await this.cli(['import:workflow', `--input=${file}`]);
	}

	private async spawnMember(role: Member['role'], args: string[], env: Record<string, string>) {
		const { nodeBin, n8nBin } = runtime();
		const child = spawn(nodeBin, [n8nBin, ...args], {
			env: this.env(env),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const healthPort = Number(env.QUEUE_HEALTH_CHECK_PORT ?? this.port);
		const member: Member = { role, child, log: '', healthPort };
		const keep = (chunk: Buffer) => {
			member.log += chunk.toString();
		};
		child.stdout?.on('data', keep);
		child.stderr?.on('data', keep);
		this.members.push(member);
		const deadline = Date.now() + 180_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) {
				throw new Error(`n8n ${args[0]} exited with ${child.exitCode}\n${member.log.slice(-5000)}`);
			}
			const ready = await fetch(`http://127.0.0.1:${healthPort}/healthz/readiness`).then(
				(response) => response.status === 200,
				() => false,
			);
			// The main process is ready before it has activated the stored workflows, which may
			// change webhooks; it says when it is done.
			if (ready && (role === 'worker' || member.log.includes('Editor is now accessible'))) return;
			await sleep(250);
		}
		throw new Error(`n8n ${args[0]} did not get ready within 180 s\n${member.log.slice(-5000)}`);
	}

	/** Starts the main process, then the workers, each running up to `concurrency` executions. */
	async start(concurrency: number): Promise<void> {
		await this.spawnMember('main', ['start'], {
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		});
		await Promise.all(
			Array.from({ length: this.workers }, async () =>
				this.spawnMember('worker', ['worker', `--concurrency=${concurrency}`], {
					N8N_RUNNERS_BROKER_PORT: String(await freePort()),
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				}),
			),
		);
	}

	/** How many executions each worker has started, from their logs. */
	executionsPerWorker(): number[] {
		return this.members
			.filter((member) => member.role === 'worker')
			.map((member) => member.log.match(/started execution/gi)?.length ?? 0);
	}

	/** Activates workflows through the public API of the running main process. */
	async activate(workflowIds: string[]): Promise<void> {
		if (!this.apiKey) {
			this.cookie = await ownerSession(this.url);
			const created = await fetch(`${this.url}/rest/api-keys`, {
				method: 'POST',
				headers: { cookie: this.cookie ?? '', 'content-type': 'application/json' },
				body: JSON.stringify({
					label: 'queue test',
					scopes: ['workflow:activate', 'workflow:read'],
					expiresAt: null,
				}),
			});
			if (!created.ok) throw new Error(`api key: ${created.status} ${await created.text()}`);
			this.apiKey = ((await created.json()) as { data: { rawApiKey: string } }).data.rawApiKey;
		}
		for (const id of workflowIds) {
			const response = await fetch(`${this.url}/api/v1/workflows/${id}/activate`, {
				method: 'POST',
				headers: { 'X-N8N-API-KEY': this.apiKey },
			});
			if (!response.ok)
				throw new Error(`activate ${id}: ${response.status} ${await response.text()}`);
		}
	}

	/**
	 * Calls the production webhook at `path`. Activation returns before the main process finds
	 * the webhook every time, and until then it answers 404 without starting an execution: such
	 * a call is made again, for up to 30 s.
	 */
	async callWebhook(path: string): Promise<{ status: number; text: string }> {
		const deadline = Date.now() + 30_000;
		for (;;) {
			const response = await fetch(`${this.url}/webhook/${path}`);
			const text = await response.text();
			if (response.status !== 404 || Date.now() > deadline)
				return { status: response.status, text };
			await sleep(250);
		}
	}

	async stop(): Promise<void> {
		// Workers first, so none is left holding a job when the main process goes.
		const order = [...this.members].reverse();
		this.members = [];
		for (const { child } of order) {
			if (child.exitCode !== null) continue;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
			await exited;
			clearTimeout(timer);
		}
	}
}
