import { startSandbox, type Sandbox } from '../../sandbox/server';
import { N8n, outputOf } from './harness/n8n';
import { PICQER_CREDENTIAL_ID, picqerCredential, picqerGetAll } from './harness/picqer';
import { loadWorkflow } from './harness/workflows';

// Headless runs: `n8n import:*` then `n8n execute --id`, against the sandbox.
describe('Picqer node in n8n (n8n execute)', () => {
	let sandbox: Sandbox;
	let n8n: N8n;

	beforeAll(async () => {
		sandbox = await startSandbox();
		n8n = await N8n.create();
		await n8n.importCredentials([picqerCredential(sandbox.url)]);
		const values = { PICQER_CREDENTIAL_ID };
		await n8n.importWorkflows([loadWorkflow('picqer-reads.json', values)]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
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
});
