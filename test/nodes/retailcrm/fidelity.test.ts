import type { IDataObject } from 'n8n-workflow';

import { RETAILCRM_SITE_MAIN } from '../../../sandbox/retailcrm/keys';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { formFields, jsonOf, receivedBy, retailCrmCredentials, runRetailCrm } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const received = (path?: string | RegExp, method?: string) => receivedBy(sandbox)(path, method);
const form = formFields;

/** Requests shaped as the official clients send them (the audit's R4–R10). */
describe('RetailCRM requests as the vendor reads them', () => {
	it('corporate customers filter by dateFrom / dateTo and a list of nicknames (R4, R5)', async () => {
		const rows = sandbox.retailcrm.data().corporate.rows;
		const [first, second] = [rows[3], rows[4]];
		const out = await runRetailCrm(sandbox, {
			resource: 'corporateCustomer',
			operation: 'getAll',
			returnAll: true,
			filters: {
				dateFrom: '2020-01-01T00:00:00',
				dateTo: '2099-12-31T00:00:00',
				nickName: `${String(first.nickName)}, ${String(second.nickName)}`,
			},
		});
		const ids = jsonOf(out).map((c) => c.id);
		expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
		for (const customer of jsonOf(out)) {
			expect(
				[first.nickName, second.nickName].some((n) =>
					String(customer.nickName).includes(String(n)),
				),
			).toBe(true);
		}
		const [request] = received('/api/v5/customers-corporate');
		expect(request.query).toMatchObject({
			'filter[dateFrom]': '2020-01-01',
			'filter[dateTo]': '2099-12-31',
			'filter[nickName][]': [first.nickName, second.nickName],
		});
	});

	it('costs filter by their own dates, dateFrom / dateTo (R6)', async () => {
		const costs = sandbox.retailcrm.data().costs.rows;
		const day = String(costs[10].dateFrom);
		const out = await runRetailCrm(sandbox, {
			resource: 'cost',
			operation: 'getAll',
			returnAll: true,
			filters: { dateFrom: `${day}T00:00:00`, dateTo: `${day}T00:00:00` },
		});
		expect(jsonOf(out).map((c) => c.id)).toEqual(
			costs.filter((c) => c.dateFrom === day).map((c) => c.id),
		);
		expect(received('/api/v5/costs')[0].query).toMatchObject({
			'filter[dateFrom]': day,
			'filter[dateTo]': day,
		});
	});

	it('inventories take a list of offer external IDs and pages of 250 (R7, R9)', async () => {
		const offers = sandbox.retailcrm.data().offers.rows.slice(0, 2);
		const picked = await runRetailCrm(sandbox, {
			resource: 'store',
			operation: 'getInventories',
			returnAll: true,
			inventoryFilters: { offerExternalId: offers.map((o) => o.externalId).join(', ') },
		});
		expect(jsonOf(picked).map((o) => o.id)).toEqual(offers.map((o) => o.id));
		expect(received('/api/v5/store/inventories')[0].query['filter[offerExternalId][]']).toEqual(
			offers.map((o) => o.externalId),
		);

		sandbox.received.clear();
		const all = await runRetailCrm(sandbox, {
			resource: 'store',
			operation: 'getInventories',
			returnAll: true,
		});
		expect(all).toHaveLength(sandbox.retailcrm.data().offers.size);
		const pages = received('/api/v5/store/inventories');
		expect(pages.map((r) => r.query.limit)).toEqual(pages.map(() => '250'));
		expect(pages).toHaveLength(Math.ceil(sandbox.retailcrm.data().offers.size / 250));
		expect(pages.length).toBeGreaterThan(1);
	});

	it('sends a task due time as Y-m-d H:i, without seconds (R8)', async () => {
		const created = await runRetailCrm(sandbox, {
			resource: 'task',
			operation: 'create',
			text: 'Call the customer',
			performerId: 1,
			additionalFields: { datetime: '2026-03-01T10:30:45' },
		});
		const task = JSON.parse(form(received('/api/v5/tasks/create')[0].body).task) as IDataObject;
		expect(task.datetime).toBe('2026-03-01 10:30');
		expect(sandbox.retailcrm.data().tasks.get(Number(created[0].json.id))?.datetime).toBe(
			'2026-03-01 10:30',
		);
	});

	it('deletes a payment with nothing but its id, even with a default site (R10)', async () => {
		const order = sandbox.retailcrm.data().orders.rows[0];
		const [paymentId] = Object.keys(order.payments);
		await runRetailCrm(
			sandbox,
			{ resource: 'order', operation: 'deletePayment', paymentId },
			{ credentials: retailCrmCredentials(sandbox, { site: RETAILCRM_SITE_MAIN }) },
		);
		const [request] = received(`/api/v5/orders/payments/${paymentId}/delete`);
		expect(request.body).toBeUndefined();
		expect(request.query).toEqual({});
		expect(order.payments[paymentId]).toBeUndefined();
	});
});
