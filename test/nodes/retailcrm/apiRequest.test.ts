import type { INodeParameters } from 'n8n-workflow';

import { RETAILCRM_SITE_MAIN } from '../../../sandbox/retailcrm/keys';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, receivedBy, retailCrmCredentials, runRetailCrm } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const send = async (parameters: INodeParameters) =>
	await runRetailCrm(
		sandbox,
		{ resource: 'apiRequest', operation: 'send', ...parameters },
		{ credentials: retailCrmCredentials(sandbox, { site: RETAILCRM_SITE_MAIN }) },
	);
const received = (path?: string | RegExp, method?: string) => receivedBy(sandbox)(path, method);

describe('RetailCRM API Request', () => {
	it('reads a whole list by its pages with Return All, whatever the list is called', async () => {
		const out = await send({ method: 'GET', path: '/customers', paginate: true, returnAll: true });
		const seeded = sandbox.retailcrm.data().customers.rows;
		expect(jsonOf(out).map((c) => c.id)).toEqual(seeded.map((c) => c.id).reverse());
		expect(received('/api/v5/customers').map((r) => [r.query.page, r.query.limit])).toEqual(
			Array.from({ length: seeded.length / 100 }, (_, i) => [String(i + 1), '100']),
		);

		sandbox.received.clear();
		const corporate = await send({
			method: 'GET',
			path: '/customers-corporate',
			paginate: true,
			returnAll: false,
			limit: 30,
			queryParameters: { parameter: [{ name: 'filter[sites][]', value: RETAILCRM_SITE_MAIN }] },
		});
		expect(corporate).toHaveLength(30);
		expect(jsonOf(corporate).every((c) => c.site === RETAILCRM_SITE_MAIN)).toBe(true);
		expect(received('/api/v5/customers-corporate')[0].query).toEqual({
			'filter[sites][]': RETAILCRM_SITE_MAIN,
			page: '1',
			limit: '50',
		});
	});

	it('posts an edit as RetailCRM form fields, the entity as JSON text', async () => {
		const [out] = await send({
			method: 'POST',
			path: '/orders/1001/edit',
			sendBody: true,
			body: JSON.stringify({ by: 'id', order: { managerComment: 'via API Request' } }),
		});
		expect(out.json).toMatchObject({ success: true, id: 1001 });
		const [request] = received('/api/v5/orders/1001/edit');
		expect(request.body).toEqual({
			by: 'id',
			order: JSON.stringify({ managerComment: 'via API Request' }),
		});
		expect(sandbox.retailcrm.data().orders.get(1001)?.managerComment).toBe('via API Request');
	});

	it.each(['/../x', '//evil', '%2e%2e', '/%2e%2e/credentials', 'https://evil.example/api/v5'])(
		'refuses the path %s before any request, naming the field',
		async (path) => {
			await expect(send({ method: 'GET', path })).rejects.toThrow(/^"Path" /);
			expect(received()).toHaveLength(0);
		},
	);
});
