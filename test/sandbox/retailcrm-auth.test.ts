import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_MOUNT,
	RETAILCRM_SINGLE_SITE_KEY,
	RETAILCRM_SITE_OUTLET,
	RETAILCRM_SITES,
} from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

describe('RetailCRM authentication', () => {
	it('answers 403 "apiKey" is missing without a key', async () => {
		const reply = await retailcrm(sandbox, null).get('/api/credentials');
		expect(reply.status).toBe(403);
		expect(reply.json).toEqual({ success: false, errorMsg: '"apiKey" is missing.' });
	});

	it('answers 403 Wrong "apiKey" value for an unknown key', async () => {
		const reply = await retailcrm(sandbox, 'not-a-key').get('/api/v5/orders');
		expect(reply.status).toBe(403);
		expect(reply.json).toEqual({ success: false, errorMsg: 'Wrong "apiKey" value.' });
	});

	it('takes the key from X-API-KEY and logs that it was not in the URL', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/orders');
		expect(reply.status).toBe(200);
		expect(sandbox.received.last({ vendor: 'retailcrm' })?.credentialInUrl).toBe(false);
	});

	it('takes the key from the apiKey query parameter and logs it as in the URL', async () => {
		const reply = await retailcrm(sandbox, null).get(`/api/v5/orders?apiKey=${RETAILCRM_DEMO_KEY}`);
		expect(reply.status).toBe(200);
		expect(reply.json.orders).toHaveLength(20);
		expect(sandbox.received.last({ vendor: 'retailcrm' })?.credentialInUrl).toBe(true);
	});

	it('takes the key from an apiKey form field of a POST', async () => {
		const reply = await retailcrm(sandbox, null).post('/api/v5/customers/create', {
			apiKey: RETAILCRM_DEMO_KEY,
			site: RETAILCRM_SITE_OUTLET,
			customer: { firstName: 'Form', email: 'form@example.com' },
		});
		expect(reply.status).toBe(201);
		expect(sandbox.received.last({ vendor: 'retailcrm' })?.credentialInUrl).toBe(false);
	});

	it('reports scopes and sites for a full-access key', async () => {
		const reply = await retailcrm(sandbox).get('/api/credentials');
		expect(reply.status).toBe(200);
		expect(reply.json).toMatchObject({
			success: true,
			scopes: expect.arrayContaining(['order_read', 'customer_write']),
			siteAccess: 'access_full',
			sitesAvailable: [...RETAILCRM_SITES],
		});
	});

	it('reports one site for the single-site key', async () => {
		const reply = await retailcrm(sandbox, RETAILCRM_SINGLE_SITE_KEY).get('/api/credentials');
		expect(reply.json).toMatchObject({
			siteAccess: 'access_selective',
			sitesAvailable: [RETAILCRM_SITE_OUTLET],
		});
	});

	it('serves the unversioned api-versions method', async () => {
		const reply = await retailcrm(sandbox).get('/api/api-versions');
		expect(reply.json).toEqual({ success: true, versions: ['3.0', '4.0', '5.0'] });
	});

	it('answers an unknown method with a JSON 404', async () => {
		const reply = await retailcrm(sandbox).get('/api/v5/nothing-here');
		expect(reply.status).toBe(404);
		expect(reply.json).toEqual({ success: false, errorMsg: 'API method not found' });
		expect(RETAILCRM_MOUNT).toBe('/retailcrm');
	});
});
