import {
	PRECORO_FIRST_APPROVER,
	PRECORO_SECOND_APPROVER,
	PRECORO_STATUS,
} from '../../sandbox/precoro';
import { stepKey } from '../../sandbox/precoro';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { N8n, outputOf } from './harness/n8n';
import { picqerGet } from './harness/picqer';
import { loadWorkflow } from './harness/workflows';

/**
 * Precoro's approval flow as a workflow in a real n8n (a token per approver, list what waits for
 * that approver, approve), and an approved order carried into Picqer. The sandbox keeps
 * Precoro's real limits: one request a second, the same GET not twice in a minute.
 */
describe('Precoro node in n8n (n8n execute)', () => {
	let sandbox: Sandbox;
	let n8n: N8n;
	let picqerProductId: number;

	const precoroRequests = () => sandbox.received.filter({ vendor: 'precoro' });
	const purchaseOrders = () => sandbox.precoro.data().documents.purchaseorders.rows;

	beforeAll(async () => {
		sandbox = await startSandbox();
		[{ idproduct: picqerProductId }] = await picqerGet<Array<{ idproduct: number }>>(
			sandbox.url,
			'/products',
		);
		n8n = await N8n.create();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		const values = { ...CREDENTIAL_IDS, PICQER_PRODUCT_ID: String(picqerProductId) };
		await n8n.importWorkflows([
			loadWorkflow('precoro-approvals.json', values),
			loadWorkflow('precoro-picqer-bridge.json', values),
		]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
	});

	test('approval round: each approver lists what waits for them and approves it', async () => {
		const waitingForFirst = purchaseOrders()
			.filter((po) => {
				const steps = sandbox.precoro.data().steps.get(stepKey('purchaseorders', po.idn)) ?? [];
				return po.status === PRECORO_STATUS.pending && steps[0]?.approved === false;
			})
			.map((po) => po.idn);
		expect(waitingForFirst.length).toBeGreaterThan(0);
		sandbox.received.clear();

		const result = await n8n.execute('e2ePrecoroAp01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;

		const forBob = outputOf(run, 'Waiting for Bob').map((item) => item.json.idn);
		expect(forBob.sort()).toEqual([...waitingForFirst].sort());
		// After Bob, each of them waits for Carol, who then approves them all.
		for (const item of outputOf(run, 'Bob Approves'))
			expect(item.json.status).toBe(PRECORO_STATUS.pending);
		const forCarol = outputOf(run, 'Waiting for Carol').map((item) => item.json.idn);
		expect(forCarol).toEqual(expect.arrayContaining(forBob));
		const approved = outputOf(run, 'Carol Approves');
		expect(approved.map((item) => item.json.status)).toEqual(
			forCarol.map(() => PRECORO_STATUS.approved),
		);
		for (const idn of forCarol)
			expect(purchaseOrders().find((po) => po.idn === idn)?.status).toBe(PRECORO_STATUS.approved);

		// Each approver's token and email on their own calls; Precoro's limits never answered.
		const requests = precoroRequests();
		const approvals = requests.filter((r) => r.method === 'POST');
		expect(approvals.filter((r) => r.headers.email === PRECORO_FIRST_APPROVER.email)).toHaveLength(
			forBob.length,
		);
		expect(approvals.filter((r) => r.headers.email === PRECORO_SECOND_APPROVER.email)).toHaveLength(
			forCarol.length,
		);
		expect(requests.filter((r) => r.status === 429)).toEqual([]);
		// One request a second per token: each user's requests at least a second apart.
		for (const email of [PRECORO_FIRST_APPROVER.email, PRECORO_SECOND_APPROVER.email]) {
			const at = requests.filter((r) => r.headers.email === email).map((r) => r.at);
			for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(1000);
		}
	});

	test('bridge: an approved Precoro purchase order becomes a Picqer purchase order, marked as synced', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2ePrecoroPq01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;

		const [order] = outputOf(run, 'Approved Precoro Order');
		expect(order.json).toMatchObject({ status: PRECORO_STATUS.approved, externalId: null });
		const idn = Number(order.json.idn);
		const [created] = outputOf(run, 'Create Picqer Purchase Order');
		const picqerOrders = await picqerGet<
			Array<{
				purchaseorderid: string;
				supplier_orderid: string;
				remarks: string;
				products: unknown[];
			}>
		>(sandbox.url, `/purchaseorders?search=PRECORO-${idn}`);
		expect(picqerOrders).toHaveLength(1);
		expect(picqerOrders[0]).toMatchObject({
			purchaseorderid: created.json.purchaseorderid,
			supplier_orderid: `PRECORO-${idn}`,
		});
		// The custom field names came along with their values.
		expect(picqerOrders[0].remarks).toMatch(/Department: \w+/);
		expect(picqerOrders[0].products).toHaveLength((order.json.items as unknown[]).length);

		const [synced] = outputOf(run, 'Mark as Synced in Precoro');
		expect(synced.json.externalId).toBe(created.json.purchaseorderid);
		expect(purchaseOrders().find((po) => po.idn === idn)?.externalId).toBe(
			created.json.purchaseorderid,
		);
	});
});
