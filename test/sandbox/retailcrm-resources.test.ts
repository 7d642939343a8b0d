import {
	RETAILCRM_SEED,
	RETAILCRM_SINGLE_SITE_KEY,
	RETAILCRM_SITE_MAIN,
	RETAILCRM_SITE_OUTLET,
} from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

describe('RetailCRM corporate customers', () => {
	it('creates one, then adds and edits its companies and contacts', async () => {
		const call = retailcrm(sandbox);
		const createdReply = await call.post('/api/v5/customers-corporate/create', {
			site: RETAILCRM_SITE_MAIN,
			customerCorporate: { externalId: 'corp-x', nickName: 'Corp X' },
		});
		expect(createdReply.status).toBe(201);
		const path = `/api/v5/customers-corporate/corp-x`;
		const company = await call.post(`${path}/companies/create`, {
			site: RETAILCRM_SITE_MAIN,
			company: { name: 'Corp X B.V.', externalId: 'cx-1' },
		});
		expect(company.status).toBe(201);
		const edited = await call.post(`${path}/companies/${company.json.id}/edit`, {
			site: RETAILCRM_SITE_MAIN,
			entityBy: 'id',
			company: { name: 'Corp X Holding' },
		});
		expect(edited.json).toEqual({ success: true, id: company.json.id });
		const contact = await call.post(`${path}/contacts/create`, {
			site: RETAILCRM_SITE_MAIN,
			contact: { customer: { id: 999_999 } },
		});
		expect(contact.status).toBe(400);
		expect(contact.json.errors).toHaveProperty('customer');
		const companies = await call.get(`${path}/companies?site=${RETAILCRM_SITE_MAIN}`);
		expect(companies.json.companies).toEqual([
			expect.objectContaining({ name: 'Corp X Holding', externalId: 'cx-1' }),
		]);
	});

	it('lists them under customersCorporate', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/customers-corporate?limit=100');
		expect(reply.json.pagination.totalCount).toBe(RETAILCRM_SEED.corporateCustomers);
		expect(reply.json.customersCorporate[0].companies.length).toBeGreaterThan(0);
	});
});

describe('RetailCRM customer notes and combine', () => {
	it('creates, lists and deletes a note', async () => {
		const call = retailcrm(sandbox);
		const note = await call.post('/api/v5/customers/notes/create', {
			note: { customer: { id: 501 }, text: 'Prefers mornings' },
		});
		expect(note.status).toBe(201);
		const list = await call.get('/api/v5/customers/notes?filter[customerIds][]=501');
		expect(list.json.notes.map((n: { id: number }) => n.id)).toContain(note.json.id);
		expect((await call.post(`/api/v5/customers/notes/${note.json.id}/delete`, {})).status).toBe(
			200,
		);
	});

	it('combines customers into one and records it', async () => {
		const call = retailcrm(sandbox);
		const reply = await call.post('/api/v5/customers/combine', {
			customers: [{ id: 502 }],
			resultCustomer: { id: 505 },
		});
		expect(reply.json).toEqual({ success: true });
		expect((await call.get('/api/v5/customers/502?by=id')).status).toBe(404);
		const history = await call.get('/api/v5/customers/history?filter[customerId]=502');
		expect(history.json.history.at(-1)).toMatchObject({ deleted: true, combinedTo: { id: 505 } });
	});
});

describe('RetailCRM tasks and users', () => {
	it('creates, edits and records tasks', async () => {
		const call = retailcrm(sandbox);
		const task = await call.post('/api/v5/tasks/create', {
			task: { text: 'Call the customer', performerId: 2, order: { id: 1001 } },
		});
		expect(task.status).toBe(201);
		await call.post(`/api/v5/tasks/${task.json.id}/edit`, { task: { complete: true } });
		const got = await call.get(`/api/v5/tasks/${task.json.id}`);
		expect(got.json.task).toMatchObject({ complete: true, order: { id: 1001 } });
		const history = await call.get(`/api/v5/tasks/history?filter[taskId]=${task.json.id}`);
		expect(history.json.history.at(-1)).toMatchObject({
			field: 'complete',
			oldValue: false,
			newValue: true,
			apiKey: { current: true },
		});
		const missing = await call.post('/api/v5/tasks/create', { task: { text: 'x' } });
		expect(missing.json.errors).toHaveProperty('performerId');
	});

	it('lists users and sets a status', async () => {
		const call = retailcrm(sandbox);
		const users = await call.get('/api/v5/users?filter[active]=1');
		expect(users.json.users.length).toBe(RETAILCRM_SEED.users - 1);
		expect((await call.post('/api/v5/users/2/status', { status: 'dinner' })).status).toBe(200);
		expect((await call.get('/api/v5/users/2')).json.user.status).toBe('dinner');
		expect((await call.post('/api/v5/users/2/status', { status: 'asleep' })).status).toBe(400);
	});
});

describe('RetailCRM costs', () => {
	it('creates, edits, deletes, uploads and hides other sites’ costs', async () => {
		const call = retailcrm(sandbox);
		const cost = await call.post('/api/v5/costs/create', {
			site: RETAILCRM_SITE_MAIN,
			cost: { dateFrom: '2026-01-01', dateTo: '2026-01-31', summ: 120, costItem: 'marketing' },
		});
		expect(cost.status).toBe(201);
		await call.post(`/api/v5/costs/${cost.json.id}/edit`, { cost: { summ: 99 } });
		expect((await call.get(`/api/v5/costs/${cost.json.id}`)).json.cost.summ).toBe(99);
		const outletView = await retailcrm(sandbox, RETAILCRM_SINGLE_SITE_KEY).get(
			`/api/v5/costs/${cost.json.id}`,
		);
		expect(outletView.status).toBe(404);
		const bad = await call.post('/api/v5/costs/create', { cost: { summ: 1 } });
		expect(bad.status).toBe(400);
		expect(Object.keys(bad.json.errors).sort()).toEqual(['costItem', 'dateFrom', 'dateTo']);
		// CostsUploadRequest takes `costs` only (api-client-php; api-client-go CostsUpload).
		const withSite = await call.post('/api/v5/costs/upload', {
			site: RETAILCRM_SITE_OUTLET,
			costs: [],
		});
		expect(withSite.status).toBe(400);
		expect(Object.keys(withSite.json.errors)).toEqual(['site']);
		const uploaded = await call.post('/api/v5/costs/upload', {
			costs: [{ dateFrom: '2026-02-01', dateTo: '2026-02-01', summ: 5, costItem: 'fees' }],
		});
		expect(uploaded.json.uploadedCosts).toHaveLength(1);
		const removed = await call.post('/api/v5/costs/delete', {
			ids: [cost.json.id, 999_999],
		});
		expect(removed.json).toEqual({ success: true, count: 1, notRemovedIds: [999_999] });
	});
});

describe('RetailCRM files', () => {
	it('takes a raw upload, serves the same bytes back, edits and deletes', async () => {
		const call = retailcrm(sandbox);
		const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 255]);
		const upload = await call.raw('/api/v5/files/upload', {
			method: 'POST',
			headers: { 'content-type': 'application/octet-stream' },
			body: bytes,
		});
		expect(upload.status).toBe(200);
		const id = upload.json.file.id;
		const download = await fetch(
			`${sandbox.url}${sandbox.retailcrm.mount}/api/v5/files/${id}/download`,
			{ headers: { 'x-api-key': sandbox.retailcrm.demoKey } },
		);
		expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
		const edited = await call.post(`/api/v5/files/${id}/edit`, {
			file: { filename: 'scan.bin', attachment: [{ order: { id: 1001 } }] },
		});
		expect(edited.json.file).toMatchObject({ filename: 'scan.bin', size: bytes.length });
		const attached = await call.get('/api/v5/files?filter[orderIds][]=1001');
		expect(attached.json.files.map((f: { id: number }) => f.id)).toContain(id);
		expect((await call.post(`/api/v5/files/${id}/delete`, {})).status).toBe(200);
		expect((await call.get(`/api/v5/files/${id}`)).status).toBe(404);
	});
});
