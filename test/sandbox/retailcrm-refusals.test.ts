import { RETAILCRM_SITE_MAIN } from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

/** A refusal in RetailCRM's error body, naming `field`. */
function refused(reply: { status: number; json: unknown }, field: string) {
	expect(reply.status).toBe(400);
	expect(reply.json).toMatchObject({
		success: false,
		errorMsg: expect.any(String),
		errors: { [field]: expect.any(String) },
	});
}

describe('RetailCRM simulator refuses what the official clients never send', () => {
	it.each([
		[
			'corporate createdAtFrom (the filter is dateFrom)',
			'/api/v5/customers-corporate?filter[createdAtFrom]=2024-01-01',
			'filter[createdAtFrom]',
		],
		[
			'corporate nickName as one value (a list)',
			'/api/v5/customers-corporate?filter[nickName]=Acme',
			'filter[nickName]',
		],
		[
			'cost startDate (the filter is dateFrom)',
			'/api/v5/costs?filter[startDate]=2024-01-01',
			'filter[startDate]',
		],
		[
			'inventory offerExternalId as one value (a list)',
			'/api/v5/store/inventories?filter[offerExternalId]=A1',
			'filter[offerExternalId]',
		],
		['a list filter given one value', '/api/v5/orders?filter[ids]=1001', 'filter[ids]'],
		['a one-value filter given a list', '/api/v5/orders?filter[email][]=a@b.c', 'filter[email]'],
		['an order filter that does not exist', '/api/v5/orders?filter[name]=Ann', 'filter[name]'],
		['a misspelt query parameter', '/api/v5/orders?limt=20', 'limt'],
		['limit 250 outside inventories', '/api/v5/orders?limit=250', 'limit'],
		['by on a method without it', '/api/v5/costs/401?by=id', 'by'],
	])('refuses %s', async (_name, path, field) => {
		refused(await retailcrm(sandbox).get(path), field);
	});

	it('takes limit 250 for inventories', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/store/inventories?limit=250');
		expect(reply.status).toBe(200);
		expect(reply.json.pagination.limit).toBe(250);
	});

	it('refuses site on a payment delete, which takes nothing but the id', async () => {
		const order = sandbox.retailcrm.data().orders.rows[0];
		const [paymentId] = Object.keys(order.payments);
		const path = `/api/v5/orders/payments/${paymentId}/delete`;
		refused(await retailcrm(sandbox).post(path, { site: RETAILCRM_SITE_MAIN }), 'site');
		expect(order.payments[paymentId]).toBeDefined();
		expect((await retailcrm(sandbox).post(path, {})).status).toBe(200);
	});

	it('refuses a form field the method does not take, and a missing entity', async () => {
		refused(
			await retailcrm(sandbox).post('/api/v5/customers/create', {
				customer: { firstName: 'Ann' },
				site: RETAILCRM_SITE_MAIN,
				sites: RETAILCRM_SITE_MAIN,
			}),
			'sites',
		);
		const missing = await retailcrm(sandbox).post('/api/v5/customers/create', {
			site: RETAILCRM_SITE_MAIN,
		});
		expect(missing.status).toBe(400);
		expect(missing.json.errorMsg).toBe("Parameter 'customer' is missing");
	});

	it('refuses a task due time with seconds, and a task without its required fields', async () => {
		const withSeconds = await retailcrm(sandbox).post('/api/v5/tasks/create', {
			task: { text: 'Call', performerId: 1, datetime: '2026-03-01 10:30:00' },
		});
		refused(withSeconds, 'datetime');
		const missing = await retailcrm(sandbox).post('/api/v5/tasks/create', { task: {} });
		expect(missing.status).toBe(400);
		expect(Object.keys(missing.json.errors).sort()).toEqual(['performerId', 'text']);
	});

	it('reads an upload sent with the form header the PHP client uses as the raw bytes', async () => {
		const bytes = Buffer.from('%PDF-1.4\nsmall\n%%EOF\n');
		const reply = await retailcrm(sandbox).raw('/api/v5/files/upload', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: bytes,
		});
		expect(reply.status).toBe(200);
		const id = (reply.json as { file: { id: number } }).file.id;
		expect(sandbox.retailcrm.data().fileContents.get(id)?.equals(bytes)).toBe(true);
		expect(sandbox.retailcrm.data().files.get(id)?.type).toBe('application/pdf');
	});
});
