import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_SITE_MAIN,
	type RetailCrmRow,
} from '../../sandbox/retailcrm';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import type { ReceivedRequest } from '../../sandbox/requestLog';
import { CREDENTIAL_IDS, sandboxCredentials } from './harness/credentials';
import { N8n, outputOf } from './harness/n8n';
import { picqerGet, picqerPost } from './harness/picqer';
import { loadWorkflow } from './harness/workflows';

/** Where the bridge workflow puts Picqer's stock in RetailCRM (a store of the sandbox's seed). */
const RETAILCRM_STORE = 'main-warehouse';

const form = (request: ReceivedRequest) => request.body as Record<string, string>;

/** The API key travels in the X-API-KEY header only: never in a URL, a query or a form. */
function expectKeyOnlyInHeader(requests: ReceivedRequest[]) {
	expect(requests.length).toBeGreaterThan(0);
	for (const request of requests) {
		expect(request.headers['x-api-key']).toBe(RETAILCRM_DEMO_KEY);
		expect(request.credentialInUrl).toBeFalsy();
		expect(JSON.stringify(request.query)).not.toContain(RETAILCRM_DEMO_KEY);
		expect(JSON.stringify(request.body ?? null)).not.toContain(RETAILCRM_DEMO_KEY);
	}
}

/** A write as RetailCRM's API v5 wants it: a form whose entities are JSON strings. */
function expectFormWithJsonEntity(request: ReceivedRequest, field: string): unknown {
	expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
	const value = form(request)[field];
	expect(typeof value).toBe('string');
	return JSON.parse(value);
}

// Headless runs of RetailCRM workflows, and one that chains RetailCRM and Picqer.
describe('RetailCRM node in n8n (n8n execute)', () => {
	let sandbox: Sandbox;
	let n8n: N8n;
	let offer: RetailCrmRow;
	let seededOrder: RetailCrmRow;
	let pdfFile: RetailCrmRow;
	// The one folder n8n's file nodes may write to (N8N_RESTRICT_FILE_ACCESS_TO).
	const filesDir = mkdtempSync(join(tmpdir(), 'n8n-e2e-files-'));

	const retailCrmRequests = () => sandbox.received.filter({ vendor: 'retailcrm' });

	beforeAll(async () => {
		sandbox = await startSandbox();
		[offer] = sandbox.retailcrm.data().offers.rows;
		[seededOrder] = sandbox.retailcrm.data().orders.rows;
		pdfFile = sandbox.retailcrm.data().files.rows.find((row) => row.type === 'application/pdf')!;
		n8n = await N8n.create({ env: { N8N_RESTRICT_FILE_ACCESS_TO: filesDir } });
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		const values = {
			...CREDENTIAL_IDS,
			RETAILCRM_OFFER_ID: String(offer.id),
			RETAILCRM_SEEDED_ORDER_ID: String(seededOrder.id),
			RETAILCRM_PDF_FILE_ID: String(pdfFile.id),
			FILES_DIR: filesDir,
		};
		await n8n.importWorkflows([
			loadWorkflow('retailcrm-customer-order.json', values),
			loadWorkflow('retailcrm-reads.json', values),
			loadWorkflow('retailcrm-picqer-bridge.json', values),
			loadWorkflow('retailcrm-file-download.json', values),
		]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await sandbox?.close();
		rmSync(filesDir, { recursive: true, force: true });
	});

	test('file: a RetailCRM file downloaded as binary data is written to disk by n8n', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2eRetailCrmFl01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;

		const [downloaded] = outputOf(run, 'Download Invoice');
		expect(downloaded.json).toMatchObject({
			fileName: pdfFile.filename,
			mimeType: 'application/pdf',
		});
		const written = join(filesDir, String(pdfFile.filename));
		expect(existsSync(written)).toBe(true);
		const bytes = readFileSync(written);
		expect(bytes.equals(sandbox.retailcrm.data().fileContents.get(Number(pdfFile.id))!)).toBe(true);
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const requests = retailCrmRequests();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /api/v5/files/${String(pdfFile.id)}/download`,
		]);
		expectKeyOnlyInHeader(requests);
	});

	test('chain: create a customer, an order for it, change its status, get it back', async () => {
		sandbox.received.clear();
		const result = await n8n.execute('e2eRetailCrmCh01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;

		const [customer] = outputOf(run, 'Create Customer');
		expect(customer.json.id).toEqual(expect.any(Number));
		const [created] = outputOf(run, 'Create Order');
		// The customer id came from the previous node through an expression.
		expect(created.json).toMatchObject({
			externalId: 'e2e-chain-order',
			site: RETAILCRM_SITE_MAIN,
			status: 'new',
			customer: expect.objectContaining({ id: customer.json.id }),
			items: [expect.objectContaining({ offer: expect.objectContaining({ id: offer.id }) })],
		});
		const [changed] = outputOf(run, 'Change Status');
		expect(changed.json).toMatchObject({ id: created.json.id, status: 'assembling' });
		const [got] = outputOf(run, 'Get Order');
		expect(got.json).toMatchObject({
			id: created.json.id,
			status: 'assembling',
			customer: expect.objectContaining({ id: customer.json.id }),
		});
		expect(got.pairedItem).toBeDefined();

		// What RetailCRM received: each call once, in workflow order.
		const requests = retailCrmRequests();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /api/v5/customers/create',
			'POST /api/v5/orders/create',
			`POST /api/v5/orders/${String(created.json.id)}/edit`,
			`GET /api/v5/orders/${String(created.json.id)}`,
		]);
		expectKeyOnlyInHeader(requests);
		const [createCustomer, createOrder, edit, get] = requests;
		expect(expectFormWithJsonEntity(createCustomer, 'customer')).toEqual({
			externalId: 'e2e-chain-customer',
			firstName: 'Erin',
			lastName: 'Chain',
			email: 'erin.chain@example.com',
		});
		expect(form(createCustomer).site).toBe(RETAILCRM_SITE_MAIN);
		expect(expectFormWithJsonEntity(createOrder, 'order')).toEqual({
			externalId: 'e2e-chain-order',
			customer: { id: customer.json.id },
			items: [{ offer: { id: offer.id }, quantity: 3 }],
		});
		expect(form(createOrder).site).toBe(RETAILCRM_SITE_MAIN);
		expect(expectFormWithJsonEntity(edit, 'order')).toEqual({ status: 'assembling' });
		expect(form(edit).by).toBe('id');
		expect(get.query.by).toBe('id');

		const stored = sandbox.retailcrm.data().orders.get(Number(created.json.id));
		expect(stored?.status).toBe('assembling');
		expect((stored?.customer as RetailCrmRow).id).toBe(customer.json.id);
	});

	test('reads: Return All over several pages, one request per page; errors kept by continueOnFail', async () => {
		sandbox.received.clear();
		const statusBefore = sandbox.retailcrm.data().orders.get(Number(seededOrder.id))?.status;
		const result = await n8n.execute('e2eRetailCrmRd01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;

		const customers = outputOf(run, 'All Customers');
		const expected = sandbox.retailcrm.data().customers.rows.map((row) => row.id);
		expect(expected.length).toBeGreaterThan(500);
		const ids = customers.map((item) => item.json.id as number);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
		const pages = sandbox.received.filter({
			vendor: 'retailcrm',
			method: 'GET',
			path: '/api/v5/customers',
		});
		// Pages of 100, each asked for once, stopping at the last one the envelope announces.
		const pageCount = Math.ceil(expected.length / 100);
		expect(pages.map((r) => [r.query.page, r.query.limit])).toEqual(
			Array.from({ length: pageCount }, (_, i) => [String(i + 1), '100']),
		);
		expect(pages.every((r) => r.status === 200)).toBe(true);

		const [missing] = outputOf(run, 'Missing Order');
		expect(missing.json).toMatchObject({
			error: expect.stringMatching(/^RetailCRM: .*not found/i),
			httpCode: '404',
		});
		const [badStatus] = outputOf(run, 'Bad Status');
		expect(badStatus.json).toMatchObject({
			error: expect.stringMatching(/^RetailCRM: .+\(status: .+\)$/),
			httpCode: '400',
		});
		expect(sandbox.retailcrm.data().orders.get(Number(seededOrder.id))?.status).toBe(statusBefore);
		expectKeyOnlyInHeader(retailCrmRequests());
	});

	test('bridge: a RetailCRM order becomes a Picqer order; Picqer stock goes to RetailCRM inventories', async () => {
		// The shop's catalogue is shared by SKU: Picqer product codes are RetailCRM offer external IDs.
		const offers = sandbox.retailcrm
			.data()
			.offers.rows.filter((row) => typeof row.externalId === 'string')
			.slice(0, 2);
		const [vatgroup] = await picqerGet<Array<{ idvatgroup: number }>>(sandbox.url, '/vatgroups');
		const [warehouse] = await picqerGet<Array<{ idwarehouse: number }>>(sandbox.url, '/warehouses');
		const products: Array<{ idproduct: number; productcode: string }> = [];
		for (const [i, row] of offers.entries()) {
			const product = await picqerPost<{ idproduct: number; productcode: string }>(
				sandbox.url,
				'/products',
				{
					idvatgroup: vatgroup.idvatgroup,
					name: String(row.name),
					price: 10 + i,
					productcode: String(row.externalId),
				},
			);
			await picqerPost(
				sandbox.url,
				`/products/${product.idproduct}/stock/${warehouse.idwarehouse}`,
				{
					amount: 37 + i,
					reason: 'e2e',
				},
			);
			products.push(product);
		}
		const retailOrder = sandbox.retailcrm.createOrder(
			{
				externalId: 'e2e-bridge-order',
				firstName: 'Bram',
				lastName: 'Bridge',
				email: 'bram.bridge@example.com',
				items: [
					{ offer: { id: offers[0].id }, quantity: 2 },
					{ offer: { id: offers[1].id }, quantity: 1 },
				],
			},
			RETAILCRM_SITE_MAIN,
		);
		sandbox.received.clear();

		const result = await n8n.execute('e2eRetailCrmPq01');
		if (result.code !== 0) throw new Error(`execution failed:\n${result.stdout}\n${result.stderr}`);
		const run = result.run!;

		const [picqerOrder] = outputOf(run, 'Create Picqer Order');
		expect(outputOf(run, 'Create Picqer Order')).toHaveLength(1);
		const stored = await picqerGet<{
			reference: string;
			deliveryname: string;
			emailaddress: string;
			products: Array<{ idproduct: number; productcode: string; amount: number }>;
		}>(sandbox.url, `/orders/${String(picqerOrder.json.idorder)}`);
		expect(stored).toMatchObject({
			reference: retailOrder.number,
			deliveryname: 'Bram Bridge',
			emailaddress: 'bram.bridge@example.com',
		});
		// The Picqer order has the RetailCRM order's lines: same products, same amounts.
		expect(stored.products.map((p) => [p.idproduct, p.productcode, p.amount])).toEqual(
			retailOrder.items.map((line) => {
				const code = String((line.offer as RetailCrmRow).externalId);
				const product = products.find((p) => p.productcode === code)!;
				return [product.idproduct, code, line.quantity];
			}),
		);
		expect(sandbox.received.count({ vendor: 'picqer', method: 'POST', path: '/orders' })).toBe(1);

		// The RetailCRM inventory shows Picqer's stock of the first product.
		const stock = await picqerGet<Array<{ freestock: number }>>(
			sandbox.url,
			`/products/${products[0].idproduct}/stock`,
		);
		const freestock = stock.reduce((sum, entry) => sum + entry.freestock, 0);
		expect(freestock).toBe(37);
		const inventory = sandbox.retailcrm.data().offers.get(Number(offers[0].id))?.stores as Array<{
			store: string;
			quantity: number;
		}>;
		expect(inventory.find((entry) => entry.store === RETAILCRM_STORE)?.quantity).toBe(freestock);
		const [uploaded] = outputOf(run, 'Upload RetailCRM Inventories');
		expect(uploaded.json).toEqual({ processedOffersCount: 1, notFoundOffers: [] });

		const uploads = sandbox.received.filter({
			vendor: 'retailcrm',
			path: '/api/v5/store/inventories/upload',
		});
		expect(uploads).toHaveLength(1);
		expect(expectFormWithJsonEntity(uploads[0], 'offers')).toEqual([
			{
				externalId: products[0].productcode,
				stores: [{ code: RETAILCRM_STORE, available: freestock }],
			},
		]);
		expect(form(uploads[0]).site).toBe(RETAILCRM_SITE_MAIN);
		const [get] = sandbox.received.filter({ vendor: 'retailcrm', method: 'GET' });
		expect(get.query).toMatchObject({ by: 'externalId', site: RETAILCRM_SITE_MAIN });
		expectKeyOnlyInHeader(retailCrmRequests());
	});
});
