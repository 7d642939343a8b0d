import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import { PICQER_DEMO_KEY, PICQER_MOUNT, PICQER_SECOND_KEY } from '../../sandbox/picqer/keys';
import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_MOUNT,
	RETAILCRM_SITE_MAIN,
} from '../../sandbox/retailcrm/keys';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { loadWorkflow } from '../e2e/harness/workflows';
import { QueueCluster } from './cluster';

const WORKERS = 2;
const EXECUTIONS = 20;
/** Picqer's limit in the simulator: low, so 20 Return Alls of two pages each need two minutes' worth. */
const PICQER_PER_MINUTE = 30;
/** Orders per Picqer account: a full page and a short one. */
const PICQER_ORDERS = 150;

/** One run: 20 executions at once of a workflow whose credential does or does not name the workers. */
interface Case {
	title: string;
	vendor: 'picqer' | 'retailcrm';
	workflowId: string;
	path: string;
	/** Processes Sharing This Credential; undefined leaves the field out, as an older credential. */
	processes?: number;
	credential: { id: string; type: string; data: Record<string, unknown> };
	nodeType: string;
	resource: string;
	/** The ids the simulator holds, which every execution must return, each once. */
	seeded(sandbox: Sandbox): unknown[];
	idOf(record: Record<string, unknown>): unknown;
}

function picqerCase(shared: boolean): Case {
	const key = shared ? PICQER_DEMO_KEY : PICQER_SECOND_KEY;
	const suffix = shared ? 'Shared' : 'Alone';
	return {
		title: `Picqer, ${PICQER_PER_MINUTE}/min, credential ${shared ? `set to ${WORKERS}` : 'left at 1'}`,
		vendor: 'picqer',
		workflowId: `queuePicqer${suffix}`.padEnd(16, '0').slice(0, 16),
		path: `queue-picqer-${suffix.toLowerCase()}`,
		processes: shared ? WORKERS : undefined,
		credential: {
			id: `queuePicqerCr${suffix[0]}`.padEnd(16, '0'),
			type: 'picqerApi',
			data: { subdomain: 'queue', apiKey: key, baseUrl: '' },
		},
		nodeType: 'n8n-nodes-backoffice.picqer',
		resource: 'order',
		seeded: (sandbox) => sandbox.picqer.data(key).orders.rows.map((row) => row.idorder),
		idOf: (record) => record.idorder,
	};
}

function retailCrmCase(shared: boolean): Case {
	const suffix = shared ? 'Shared' : 'Alone';
	return {
		title: `RetailCRM, 10/s, credential ${shared ? `set to ${WORKERS}` : 'left at 1'}`,
		vendor: 'retailcrm',
		workflowId: `queueRetail${suffix}`.padEnd(16, '0').slice(0, 16),
		path: `queue-retailcrm-${suffix.toLowerCase()}`,
		processes: shared ? WORKERS : undefined,
		credential: {
			id: `queueRetailCr${suffix[0]}`.padEnd(16, '0'),
			type: 'retailCrmApi',
			data: { url: '', apiKey: RETAILCRM_DEMO_KEY, site: RETAILCRM_SITE_MAIN },
		},
		nodeType: 'n8n-nodes-backoffice.retailCrm',
		// 250 costs: three pages of a Return All.
		resource: 'cost',
		seeded: (sandbox) => sandbox.retailcrm.data().costs.rows.map((row) => row.id),
		idOf: (record) => record.id,
	};
}

const CASES = [picqerCase(true), picqerCase(false), retailCrmCase(true), retailCrmCase(false)];

interface Outcome {
	limited: number;
	requests: number;
	seconds: number;
	perWorker: number[];
}

const outcomes = new Map<Case, Outcome>();

// n8n in queue mode (main + 2 workers, Redis, Postgres), the package in their shared user
// folder: 20 webhook executions at once per vendor, each a Return All against the simulator with
// its limits on. With the credential naming the workers, the limit holds across processes.
describe(`queue mode: main + ${WORKERS} workers`, () => {
	let sandbox: Sandbox;
	let cluster: QueueCluster;

	beforeAll(async () => {
		sandbox = await startSandbox();
		sandbox.picqer.setSeedSizes({ orders: PICQER_ORDERS });
		sandbox.picqer.setRateLimit(PICQER_PER_MINUTE);
		const roots: Record<Case['vendor'], Record<string, string>> = {
			picqer: { baseUrl: `${sandbox.url}${PICQER_MOUNT}` },
			retailcrm: { url: `${sandbox.url}${RETAILCRM_MOUNT}` },
		};
		cluster = await QueueCluster.create(WORKERS);
		await cluster.importCredentials(
			CASES.map((c) => ({
				id: c.credential.id,
				name: c.title,
				type: c.credential.type,
				data: {
					...c.credential.data,
					...roots[c.vendor],
					...(c.processes === undefined ? {} : { processes: c.processes }),
				},
			})),
		);
		await cluster.importWorkflows(
			CASES.map((c) =>
				loadWorkflow(
					'webhook-return-all.json',
					{
						WORKFLOW_ID: c.workflowId,
						NAME: c.title,
						WEBHOOK_ID: randomUUID(),
						PATH: c.path,
						NODE_TYPE: c.nodeType,
						RESOURCE: c.resource,
						CREDENTIAL_TYPE: c.credential.type,
						CREDENTIAL_ID: c.credential.id,
						CREDENTIAL_NAME: c.title,
					},
					join(__dirname, 'workflows'),
				),
			),
		);
		await cluster.start(EXECUTIONS / WORKERS);
		await cluster.activate(CASES.map((c) => c.workflowId));
	});

	afterAll(async () => {
		await cluster?.stop();
		await sandbox?.close();
		const rows = CASES.filter((c) => outcomes.has(c)).map((c) => {
			const o = outcomes.get(c)!;
			return `${c.title}: ${o.limited} limit answers, ${o.requests} requests answered, ${o.seconds.toFixed(1)} s, executions per worker ${o.perWorker.join(' + ')}`;
		});
		process.stdout.write(`\nqueue mode, ${EXECUTIONS} executions at once:\n${rows.join('\n')}\n`);
	});

	async function run(c: Case): Promise<Outcome> {
		const before = cluster.executionsPerWorker();
		sandbox.received.clear();
		const started = Date.now();
		const answers = await Promise.all(
			Array.from({ length: EXECUTIONS }, async () => {
				const { status, text } = await cluster.callWebhook(c.path);
				if (status !== 200) throw new Error(`${c.title}: ${status} ${text}`);
				return JSON.parse(text) as Array<Record<string, unknown>>;
			}),
		);
		const seconds = (Date.now() - started) / 1000;
		const seeded = c.seeded(sandbox).map(String).sort();
		for (const records of answers) {
			// Every record of the account, each once.
			expect(records.map((record) => String(c.idOf(record))).sort()).toEqual(seeded);
		}
		const outcome: Outcome = {
			limited: sandbox.received.count({ vendor: c.vendor, rateLimited: true }),
			requests: sandbox.received.count({ vendor: c.vendor, rateLimited: false }),
			seconds,
			perWorker: cluster.executionsPerWorker().map((n, index) => n - before[index]),
		};
		outcomes.set(c, outcome);
		return outcome;
	}

	test.each(['picqer', 'retailcrm'] as const)(
		'%s: with the credential set to the workers, no limit answer and every record exact',
		async (vendor) => {
			const [shared, alone] = CASES.filter((c) => c.vendor === vendor);
			const set = await run(shared);
			// The executions really were spread over both workers.
			expect(set.perWorker.every((n) => n > 0)).toBe(true);
			expect(set.perWorker.reduce((a, b) => a + b)).toBe(EXECUTIONS);
			expect(set.limited).toBe(0);
			// Both pacers forget the run after one window (a second for RetailCRM); Picqer's second
			// run is on another account with its own budget.
			await new Promise((resolve) => setTimeout(resolve, 2000));
			// Left at 1, each worker adapts: the count is reported, not asserted.
			await run(alone);
		},
	);
});
