import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startSandbox, type Sandbox } from '../../sandbox/server';
import { N8n, outputOf } from './harness/n8n';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { picqerGetAll } from './harness/picqer';
import { loadExamples, loadWorkflow } from './harness/workflows';

// Headless runs: `n8n import:*` then `n8n execute --id`, against the sandbox.
describe('Picqer node in n8n (n8n execute)', () => {
	let sandbox: Sandbox;
	let n8n: N8n;
	const examples = loadExamples(CREDENTIAL_IDS);
	// Where the documents workflow writes its files; n8n may write only there.
	const outDir = mkdtempSync(join(tmpdir(), 'picqer-documents-'));

	beforeAll(async () => {
		sandbox = await startSandbox();
		n8n = await N8n.create({ env: { N8N_RESTRICT_FILE_ACCESS_TO: outDir } });
		// Every vendor's credential: the examples use more than Picqer.
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([
			loadWorkflow('picqer-reads.json', CREDENTIAL_IDS),
			loadWorkflow('picqer-order-chain.json', CREDENTIAL_IDS),
			loadWorkflow('picqer-documents.json', { ...CREDENTIAL_IDS, OUT_DIR: outDir }),
			...examples,
		]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
		rmSync(outDir, { recursive: true, force: true });
	});

	test('reads: Return All over several pages, a limit, and an error kept by continueOnFail', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2ePicqerReads01');
		expect(result.code).toBe(0);
		const run = result.run!;
		const customerPages = sandbox.received.count({ method: 'GET', path: '/customers' });

		const customers = outputOf(run, 'All Customers');
		const expected = await picqerGetAll<{ idcustomer: number }>(sandbox.url, '/customers');
		expect(expected.length).toBeGreaterThan(100);
		expect(customers.map((item) => item.json.idcustomer)).toEqual(
			expected.map((row) => row.idcustomer),
		);
		// Each page once, stopping at the first page shorter than Picqer's 100 rows.
		expect(customerPages).toBe(Math.floor(expected.length / 100) + 1);

		expect(outputOf(run, 'Three Orders')).toHaveLength(3);

		const missing = outputOf(run, 'Missing Order');
		expect(missing).toHaveLength(1);
		expect(missing[0].json.error).toEqual(expect.stringMatching(/not found|404/i));
	});

	test('chain: create customer, order it a product, process, pick and close its picklist', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2ePicqerChain01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;
		const writes = sandbox.received
			.filter((r) => r.method !== 'GET')
			.map((r) => `${r.method} ${r.path}`);

		const [product] = outputOf(run, 'First Product');
		const [customer] = outputOf(run, 'Create Customer');
		expect(customer.json).toMatchObject({
			name: 'E2E Chain Customer',
			emailaddress: 'chain@example.com',
		});
		const [order] = outputOf(run, 'Create Order');
		// Ids came from earlier nodes through expressions.
		expect(order.json).toMatchObject({
			idcustomer: customer.json.idcustomer,
			reference: 'e2e-chain',
			products: [expect.objectContaining({ idproduct: product.json.idproduct, amount: 2 })],
		});
		const picklists = outputOf(run, 'Order Picklists');
		expect(picklists.length).toBeGreaterThan(0);
		for (const picklist of picklists) expect(picklist.json.idorder).toBe(order.json.idorder);
		const closed = outputOf(run, 'Close Picklist');
		expect(closed.map((item) => item.json.status)).toEqual(picklists.map(() => 'closed'));
		for (const item of closed) expect(item.pairedItem).toBeDefined();

		// Every write reached Picqer exactly once, in workflow order.
		const orderPath = `/orders/${order.json.idorder}`;
		expect(writes).toEqual([
			'POST /customers',
			'POST /orders',
			`POST ${orderPath}/process`,
			...picklists.map((p) => `POST /picklists/${p.json.idpicklist}/pickall`),
			...picklists.map((p) => `POST /picklists/${p.json.idpicklist}/close`),
		]);
	});

	test('documents: picklist, packing list and batch PDFs are written to disk as files', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2ePicqerDocs001');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;
		const [picklist] = outputOf(run, 'Open Picklist');
		const [batch] = outputOf(run, 'Create Batch');
		const id = String(picklist.json.idpicklist);
		const batchId = String(batch.json.idpicklist_batch);
		const expected = [
			`packinglist-${id}.pdf`,
			`picklist-${id}.pdf`,
			`picklist-batch-${batchId}.pdf`,
		];
		expect(readdirSync(outDir).sort()).toEqual(expected);
		for (const name of expected) {
			const bytes = readFileSync(join(outDir, name));
			expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
			expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
		}
		expect(readFileSync(join(outDir, `picklist-${id}.pdf`)).toString('latin1')).toContain(
			String(picklist.json.picklistid),
		);
		// The write nodes received the files with the name and type the Picqer node gave them.
		const [written] = outputOf(run, 'Write Batch PDF');
		expect(written.binary?.data).toMatchObject({
			fileName: `picklist-batch-${batchId}.pdf`,
			mimeType: 'application/pdf',
		});
		expect(
			sandbox.received.last({ method: 'GET', path: `/picklists/batches/${batchId}/pdf` })?.query,
		).toEqual({ includePicklists: 'true', includePackinglists: 'true' });
	});

	test('the example workflows with a manual trigger run cleanly', async () => {
		const manual = examples.filter((workflow) =>
			workflow.nodes.some((node) => node.type === 'n8n-nodes-base.manualTrigger'),
		);
		expect(manual.length).toBeGreaterThan(0);
		for (const workflow of manual) {
			const result = await n8n.execute(workflow.id);
			if (result.code !== 0) throw new Error(`${workflow.name} failed:\n${result.stdout}`);
			for (const node of workflow.nodes) {
				for (const item of outputOf(result.run!, node.name))
					expect(item.json.error).toBeUndefined();
			}
		}
	});
});
