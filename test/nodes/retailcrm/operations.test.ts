import type { IDataObject } from 'n8n-workflow';

import { RETAILCRM_SITE_MAIN } from '../../../sandbox/retailcrm/keys';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { formFields, jsonOf, receivedBy, runRetailCrm, withMainSite } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const received = (path?: string | RegExp, method?: string) => receivedBy(sandbox)(path, method);
const form = formFields;
const mainSite = () => withMainSite(sandbox);

describe('RetailCRM order combine', () => {
	it('combines one order into another with a technique, as OrdersCombineRequest sends it', async () => {
		const [merged, result] = [1001, 1004].map((id) => sandbox.retailcrm.data().orders.get(id));
		const lines = (result?.items.length ?? 0) + (merged?.items.length ?? 0);
		const [out] = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'combine',
			combineOrderId: '1001',
			resultOrderId: '1004',
			technique: 'merge',
		});
		expect(out.json).toEqual({ errors: [] });
		const body = form(received('/api/v5/orders/combine')[0].body);
		expect(body).toEqual({
			order: JSON.stringify({ id: 1001 }),
			resultOrder: JSON.stringify({ id: 1004 }),
			technique: 'merge',
		});
		expect(sandbox.retailcrm.data().orders.get(1001)).toBeUndefined();
		expect(sandbox.retailcrm.data().orders.get(1004)?.items).toHaveLength(lines);
		const gone = sandbox.retailcrm.history('orders').at(-1) as IDataObject;
		expect(gone).toMatchObject({ deleted: true, combinedTo: { id: 1004 } });
	});

	it('refuses an order ID that is not a number before sending', async () => {
		const run = runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'combine',
			combineOrderId: '10/01',
			resultOrderId: '1004',
		});
		await expect(run).rejects.toThrow(/^"Order ID to Combine" must be a numeric ID/);
		expect(received()).toHaveLength(0);
	});
});

describe('RetailCRM order packs', () => {
	it('creates a pack for an order line, finds it, reads its history and deletes it', async () => {
		const order = sandbox.retailcrm.data().orders.get(1050);
		const line = order?.items[0];
		const [created] = await runRetailCrm(sandbox, {
			resource: 'orderPack',
			operation: 'create',
			itemId: String(line?.id),
			store: 'main-warehouse',
			quantity: 2,
			packFields: { invoiceNumber: 'INV-7', shipmentDate: '2026-03-02T00:00:00' },
		});
		const id = Number(created.json.id);
		expect(JSON.parse(form(received('/api/v5/orders/packs/create')[0].body).pack)).toEqual({
			invoiceNumber: 'INV-7',
			shipmentDate: '2026-03-02',
			itemId: line?.id,
			store: 'main-warehouse',
			quantity: 2,
		});

		const packs = await runRetailCrm(sandbox, {
			resource: 'orderPack',
			operation: 'getAll',
			returnAll: true,
			filters: { orderId: '1050', stores: 'main-warehouse' },
		});
		expect(jsonOf(packs).map((p) => p.id)).toEqual([id]);
		expect(received('/api/v5/orders/packs')[0].query).toMatchObject({
			'filter[orderId]': '1050',
			'filter[stores][]': 'main-warehouse',
		});

		const [got] = await runRetailCrm(sandbox, {
			resource: 'orderPack',
			operation: 'get',
			packId: String(id),
		});
		expect(got.json).toMatchObject({ id, quantity: 2, item: { id: line?.id } });

		const history = await runRetailCrm(sandbox, {
			resource: 'orderPack',
			operation: 'getHistory',
			returnAll: true,
			historyFilters: { orderId: '1050' },
		});
		expect(jsonOf(history).map((h) => [h.field, (h.pack as IDataObject).id])).toEqual([
			['store', id],
		]);
		expect(received('/api/v5/orders/packs/history')[0].query.page).toBeUndefined();

		await runRetailCrm(sandbox, { resource: 'orderPack', operation: 'delete', packId: String(id) });
		expect(sandbox.retailcrm.data().packs.get(id)).toBeUndefined();
	});

	it('reads every seeded pack with Return All', async () => {
		const out = await runRetailCrm(sandbox, {
			resource: 'orderPack',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(out).map((p) => p.id)).toEqual(
			sandbox.retailcrm.data().packs.rows.map((p) => p.id),
		);
	});
});

describe('RetailCRM corporate customer notes', () => {
	it('creates, lists and deletes a note of a corporate customer', async () => {
		const corporate = sandbox.retailcrm.data().corporate.rows[0];
		const [created] = await runRetailCrm(
			sandbox,
			{
				resource: 'corporateCustomer',
				operation: 'createNote',
				noteCustomerBy: 'id',
				noteCustomerId: String(corporate.id),
				text: 'Invoices by post',
			},
			mainSite(),
		);
		const [request] = received('/api/v5/customers-corporate/notes/create');
		expect(JSON.parse(form(request.body).note)).toEqual({
			customer: { id: corporate.id },
			text: 'Invoices by post',
		});
		expect(form(request.body).site).toBe(RETAILCRM_SITE_MAIN);

		const notes = await runRetailCrm(sandbox, {
			resource: 'corporateCustomer',
			operation: 'getNotes',
			returnAll: true,
			noteFilters: { customerIds: String(corporate.id) },
		});
		expect(jsonOf(notes).map((n) => [n.id, n.text])).toEqual([
			[created.json.id, 'Invoices by post'],
		]);
		expect(received('/api/v5/customers-corporate/notes')[0].query['filter[customerIds][]']).toBe(
			String(corporate.id),
		);

		await runRetailCrm(sandbox, {
			resource: 'corporateCustomer',
			operation: 'deleteNote',
			noteId: String(created.json.id),
		});
		expect(sandbox.retailcrm.data().corporateNotes.size).toBe(0);
	});
});

describe('RetailCRM custom fields', () => {
	it('lists custom fields by entity and type, and gets one by entity and code', async () => {
		const fields = await runRetailCrm(sandbox, {
			resource: 'customField',
			operation: 'getAll',
			returnAll: true,
			filters: { entity: 'order', type: ['integer', 'boolean'] },
		});
		expect(jsonOf(fields).map((f) => f.code)).toEqual(['nps', 'gift_wrap']);
		expect(received('/api/v5/custom-fields')[0].query).toMatchObject({
			'filter[entity]': 'order',
			'filter[type][]': ['integer', 'boolean'],
		});
		const [one] = await runRetailCrm(sandbox, {
			resource: 'customField',
			operation: 'get',
			entity: 'customer',
			code: 'loyalty_level',
		});
		expect(one.json).toMatchObject({ code: 'loyalty_level', dictionary: 'loyalty-levels' });
	});

	it('lists dictionaries and gets one with its elements', async () => {
		const dictionaries = await runRetailCrm(sandbox, {
			resource: 'customField',
			operation: 'getDictionaries',
			returnAll: true,
		});
		expect(jsonOf(dictionaries).map((d) => d.code)).toEqual(['loyalty-levels']);
		const [one] = await runRetailCrm(sandbox, {
			resource: 'customField',
			operation: 'getDictionary',
			code: 'loyalty-levels',
		});
		expect((one.json.elements as IDataObject[]).map((e) => e.code)).toEqual([
			'bronze',
			'silver',
			'gold',
		]);
	});
});
