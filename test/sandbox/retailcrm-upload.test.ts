import { RETAILCRM_SITE_OUTLET } from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const good = (externalId: string) => ({
	externalId,
	firstName: 'Batch',
	items: [{ offer: { id: 5001 }, quantity: 1 }],
});

describe('RetailCRM batch upload', () => {
	it('answers 201 with uploadedOrders when every order loads', async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/orders/upload', {
			site: RETAILCRM_SITE_OUTLET,
			orders: [good('b-1'), good('b-2')],
		});
		expect(reply.status).toBe(201);
		expect(reply.json.success).toBe(true);
		expect(reply.json.uploadedOrders).toEqual([
			{ id: expect.any(Number), externalId: 'b-1' },
			{ id: expect.any(Number), externalId: 'b-2' },
		]);
	});

	it('answers 460 for a partial failure, keeping the orders that loaded', async () => {
		const before = sandbox.retailcrm.data().orders.size;
		const reply = await retailcrm(sandbox).post('/api/v5/orders/upload', {
			site: RETAILCRM_SITE_OUTLET,
			orders: [good('p-1'), { externalId: 'p-2', items: [{ offer: { id: 1 } }] }, good('p-3')],
		});
		expect(reply.status).toBe(460);
		expect(reply.json).toEqual({
			success: false,
			uploadedOrders: [
				{ id: expect.any(Number), externalId: 'p-1' },
				{ id: expect.any(Number), externalId: 'p-3' },
			],
			failedOrders: [{ externalId: 'p-2' }],
			errorMsg: 'Orders are loaded with errors',
			errors: ['items[0].offer.id: Offer with id 1 not found.'],
		});
		expect(sandbox.retailcrm.data().orders.size).toBe(before + 2);
	});

	it('refuses more than 50 orders at once', async () => {
		const orders = Array.from({ length: 51 }, (_, i) => good(`x-${i}`));
		const reply = await retailcrm(sandbox).post('/api/v5/orders/upload', {
			site: RETAILCRM_SITE_OUTLET,
			orders,
		});
		expect(reply.status).toBe(400);
		expect(reply.json.errors).toHaveProperty('orders');
	});

	it('uploads customers with the same 460 contract', async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/customers/upload', {
			site: RETAILCRM_SITE_OUTLET,
			customers: [
				{ externalId: 'cu-1', firstName: 'A' },
				{ externalId: 'cu-2', email: 'not-an-email' },
			],
		});
		expect(reply.status).toBe(460);
		expect(reply.json).toMatchObject({
			uploadedCustomers: [{ externalId: 'cu-1' }],
			failedCustomers: [{ externalId: 'cu-2' }],
			errors: [expect.stringMatching(/^email: /)],
		});
	});
});
