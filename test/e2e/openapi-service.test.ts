import { OPENAPI_SERVICE_DEMO_TOKEN } from '../../sandbox/openapi-service';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { N8n, outputOf } from './harness/n8n';
import { loadWorkflow } from './harness/workflows';

const CUSTOMER_ID = 5;

// The OpenAPI Service node in a real n8n: the spec fetched as YAML with the token, a chain with
// Picqer, and two lists paged by cursor and by Link header.
describe('OpenAPI Service node in n8n (n8n execute)', () => {
	let sandbox: Sandbox;
	let n8n: N8n;
	const serviceRequests = () => sandbox.received.filter({ vendor: 'openapi-service' });

	beforeAll(async () => {
		sandbox = await startSandbox();
		n8n = await N8n.create();
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		await n8n.importWorkflows([
			loadWorkflow('openapi-service-picqer-bridge.json', {
				...CREDENTIAL_IDS,
				SERVICE_CUSTOMER_ID: String(CUSTOMER_ID),
			}),
		]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
	});

	test('bridge: a service customer becomes a Picqer customer and is marked back in v2', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2eOpenApiPq01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;
		const service = sandbox.openApiService.data();
		const customer = service.customers.find((c) => c.id === CUSTOMER_ID)!;

		const [read] = outputOf(run, 'Service Customer');
		expect(read.json).toMatchObject({ id: CUSTOMER_ID, email: customer.email });
		const [picqer] = outputOf(run, 'Create Picqer Customer');
		expect(picqer.json).toMatchObject({ name: read.json.name, emailaddress: customer.email });
		expect(
			sandbox.picqer.data().customers.rows.filter((c) => c.emailaddress === customer.email),
		).toHaveLength(1);

		const [marked] = outputOf(run, 'Mark Synced');
		expect(marked.json).toMatchObject({
			id: CUSTOMER_ID,
			tags: [`picqer:${String(picqer.json.idcustomer)}`],
		});
		expect(customer.tags).toEqual([`picqer:${String(picqer.json.idcustomer)}`]);

		// Both lists read whole, in their own paging styles.
		expect(outputOf(run, 'Tagged Customers').map((i) => i.json.id)).toEqual(
			service.customers.map((c) => c.id),
		);
		expect(outputOf(run, 'All Orders').map((i) => i.json.id)).toEqual(
			service.orders.map((o) => o.id),
		);

		const requests = serviceRequests();
		const calls = requests.map((r) => `${r.method} ${r.path}`);
		expect(calls.filter((c) => c === 'GET /openapi.yaml').length).toBeGreaterThanOrEqual(1);
		expect(calls).toEqual(
			expect.arrayContaining([
				`GET /v1/customers/${CUSTOMER_ID}`,
				`PATCH /v2/customers/${CUSTOMER_ID}`,
			]),
		);
		expect(calls.filter((c) => c === 'GET /v2/customers')).toHaveLength(
			Math.ceil(service.customers.length / 50),
		);
		expect(calls.filter((c) => c === 'GET /v1/orders')).toHaveLength(
			Math.ceil(service.orders.length / 100),
		);
		expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
			tags: [`picqer:${String(picqer.json.idcustomer)}`],
		});
		for (const request of requests) {
			expect(request.headers.authorization).toBe(`Bearer ${OPENAPI_SERVICE_DEMO_TOKEN}`);
			expect(JSON.stringify(request.query)).not.toContain(OPENAPI_SERVICE_DEMO_TOKEN);
			expect(request.status).toBeLessThan(300);
		}
	});
});
