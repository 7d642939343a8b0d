import { RETAILCRM_SITES } from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

describe('RetailCRM reference books', () => {
	it.each([
		['sites', 'sites'],
		['statuses', 'statuses'],
		['status-groups', 'statusGroups'],
		['order-types', 'orderTypes'],
		['order-methods', 'orderMethods'],
		['payment-types', 'paymentTypes'],
		['payment-statuses', 'paymentStatuses'],
		['delivery-types', 'deliveryTypes'],
		['delivery-services', 'deliveryServices'],
		['stores', 'stores'],
		['price-types', 'priceTypes'],
	])('returns /reference/%s as a map keyed by code', async (path, key) => {
		const reply = await retailcrm(sandbox).get(`/api/v5/reference/${path}`);
		expect(reply.status).toBe(200);
		const book = reply.json[key];
		expect(Array.isArray(book)).toBe(false);
		expect(Object.keys(book).length).toBeGreaterThan(0);
		for (const [code, entry] of Object.entries(book)) expect(entry).toMatchObject({ code });
	});

	it('lists every site', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/reference/sites');
		expect(Object.keys(reply.json.sites)).toEqual([...RETAILCRM_SITES]);
	});

	it('creates an entry with 201, then updates it with 200', async () => {
		const call = retailcrm(sandbox);
		const createdReply = await call.post('/api/v5/reference/statuses/on-hold/edit', {
			status: { name: 'On hold', group: 'approval' },
		});
		expect(createdReply.status).toBe(201);
		const updated = await call.post('/api/v5/reference/statuses/on-hold/edit', {
			status: { name: 'Paused' },
		});
		expect(updated.status).toBe(200);
		const book = (await call.get('/api/v5/reference/statuses')).json.statuses;
		expect(book['on-hold']).toMatchObject({ code: 'on-hold', name: 'Paused', group: 'approval' });
	});

	it('refuses a new entry without a name', async () => {
		const reply = await retailcrm(sandbox).post('/api/v5/reference/order-types/x/edit', {
			orderType: { active: true },
		});
		expect(reply.status).toBe(400);
		expect(reply.json.errors).toHaveProperty('name');
	});
});
