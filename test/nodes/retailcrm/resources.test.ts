import { RetailCrm } from '../../../nodes/RetailCrm/RetailCrm.node';
import { RETAILCRM_SITE_MAIN, RETAILCRM_SITES } from '../../../sandbox/retailcrm/keys';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { formFields, jsonOf, loadOptions, receivedBy, runRetailCrm, withMainSite } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const received = (path?: string | RegExp, method?: string) => receivedBy(sandbox)(path, method);
const form = formFields;
const mainSite = () => withMainSite(sandbox);

describe('RetailCRM reference books and dropdowns', () => {
	it('returns a reference book as items, not as a map keyed by code', async () => {
		const out = await runRetailCrm(sandbox, {
			resource: 'reference',
			operation: 'getAll',
			book: 'sites',
			returnAll: true,
		});
		expect(
			jsonOf(out)
				.map((site) => site.code)
				.sort(),
		).toEqual([...RETAILCRM_SITES].sort());
		expect(out.map((item) => item.pairedItem)).toEqual(out.map(() => ({ item: 0 })));
	});

	it('fills the dropdowns from reference books and users', async () => {
		const methods = new RetailCrm().methods.loadOptions;
		const ctx = loadOptions(sandbox);
		const sites = await methods.getSites.call(ctx);
		expect(sites.map((o) => o.value).sort()).toEqual([...RETAILCRM_SITES].sort());
		// A single-site field starts with its empty default, so the editor shows no unknown value.
		const single = await methods.getSitesOrDefault.call(ctx);
		expect(single[0]).toMatchObject({ name: 'Default Site of the Credential', value: '' });
		expect(single.slice(1)).toEqual(sites);
		for (const name of [
			'getStatuses',
			'getOrderTypes',
			'getPaymentTypes',
			'getDeliveryTypes',
		] as const) {
			const options = await methods[name].call(ctx);
			expect(options.length).toBeGreaterThan(0);
			const names = options.map((o) => o.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		}
	});
});

describe('RetailCRM customer', () => {
	it('creates a customer with the phone as the phone list and gets it back by external ID', async () => {
		const created = await runRetailCrm(
			sandbox,
			{
				resource: 'customer',
				operation: 'create',
				additionalFields: {
					externalId: 'CUST-N8N',
					firstName: 'Dana',
					phone: '+100200300',
					birthday: '1990-05-17T00:00:00',
				},
			},
			mainSite(),
		);
		const [request] = received('/api/v5/customers/create');
		expect(form(request.body).site).toBe(RETAILCRM_SITE_MAIN);
		expect(JSON.parse(form(request.body).customer)).toEqual({
			externalId: 'CUST-N8N',
			firstName: 'Dana',
			phones: [{ number: '+100200300' }],
			birthday: '1990-05-17',
		});
		const got = await runRetailCrm(
			sandbox,
			{ resource: 'customer', operation: 'get', by: 'externalId', customerId: 'CUST-N8N' },
			mainSite(),
		);
		expect(got[0].json).toMatchObject({ id: created[0].json.id, firstName: 'Dana' });
	});

	it('lists customers with bracket filters and a limit', async () => {
		const out = await runRetailCrm(sandbox, {
			resource: 'customer',
			operation: 'getAll',
			limit: 60,
			filters: { sites: [RETAILCRM_SITE_MAIN] },
		});
		expect(out).toHaveLength(60);
		expect(jsonOf(out).every((c) => c.site === RETAILCRM_SITE_MAIN)).toBe(true);
		expect(received('/api/v5/customers').map((r) => r.query.limit)).toEqual(['100']);
	});

	it('creates and lists notes, and deletes one', async () => {
		const created = await runRetailCrm(
			sandbox,
			{
				resource: 'customer',
				operation: 'createNote',
				noteCustomerBy: 'id',
				noteCustomerId: '501',
				text: 'Prefers email',
			},
			mainSite(),
		);
		const note = JSON.parse(form(received('/api/v5/customers/notes/create')[0].body).note);
		expect(note).toEqual({ customer: { id: 501 }, text: 'Prefers email' });
		const notes = await runRetailCrm(sandbox, {
			resource: 'customer',
			operation: 'getNotes',
			returnAll: true,
			noteFilters: { customerIds: '501' },
		});
		expect(jsonOf(notes).some((n) => n.id === created[0].json.id)).toBe(true);
		await runRetailCrm(sandbox, {
			resource: 'customer',
			operation: 'deleteNote',
			noteId: String(created[0].json.id),
		});
		expect(received(`/api/v5/customers/notes/${String(created[0].json.id)}/delete`)).toHaveLength(
			1,
		);
	});

	it('combines customers', async () => {
		await runRetailCrm(sandbox, {
			resource: 'customer',
			operation: 'combine',
			combineIds: '502, 503',
			resultCustomerId: '504',
		});
		const body = form(received('/api/v5/customers/combine')[0].body);
		expect(JSON.parse(body.customers)).toEqual([{ id: 502 }, { id: 503 }]);
		expect(JSON.parse(body.resultCustomer)).toEqual({ id: 504 });
	});
});

describe('RetailCRM IDs with Identify By = ID', () => {
	it.each([
		['order get', { resource: 'order', operation: 'get', by: 'id', orderId: '5/edit' }, 'Order ID'],
		[
			'order create payment',
			{
				resource: 'order',
				operation: 'createPayment',
				orderBy: 'id',
				paymentOrderId: '12/x',
				paymentType: 'cash',
			},
			'Order ID',
		],
		[
			'order update payment',
			{ resource: 'order', operation: 'updatePayment', by: 'id', paymentId: '7 ' + 'x' },
			'Payment ID',
		],
		[
			'customer update',
			{ resource: 'customer', operation: 'update', by: 'id', customerId: '1x' },
			'Customer ID',
		],
		[
			'customer create note',
			{
				resource: 'customer',
				operation: 'createNote',
				noteCustomerBy: 'id',
				noteCustomerId: '501/delete',
				text: 'x',
			},
			'Customer ID',
		],
		[
			'corporate customer get',
			{
				resource: 'corporateCustomer',
				operation: 'get',
				by: 'id',
				corporateCustomerId: '9001/edit',
			},
			'Corporate Customer ID',
		],
		[
			'corporate customer update address',
			{
				resource: 'corporateCustomer',
				operation: 'updateAddress',
				by: 'id',
				corporateCustomerId: '9001',
				entityBy: 'id',
				entityId: '3/edit',
				address: '{}',
			},
			'Entry ID',
		],
		[
			'order history filter',
			{ resource: 'order', operation: 'getHistory', historyFilters: { orderId: '1001/x' } },
			'Order ID',
		],
	])(
		'%s: a non-numeric ID is refused before sending, naming the field',
		async (_name, parameters, field) => {
			const run = runRetailCrm(sandbox, parameters);
			await expect(run).rejects.toMatchObject({
				message: expect.stringMatching(new RegExp(`^"${field}" must be a numeric ID`)),
			});
			expect(received()).toHaveLength(0);
		},
	);

	it('sends an external ID with a slash as one encoded path segment', async () => {
		const run = runRetailCrm(
			sandbox,
			{ resource: 'order', operation: 'get', by: 'externalId', orderId: '5/edit' },
			mainSite(),
		);
		await expect(run).rejects.toMatchObject({ httpCode: '404' });
		const [request] = received();
		expect(request.path).toMatch(/^\/api\/v5\/orders\/5%2Fedit$/);
		expect(request.query.by).toBe('externalId');
	});
});

describe('RetailCRM input checks', () => {
	it('refuses a bad upload array before sending anything', async () => {
		const run = runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'upload',
			orders: '{"not": "closed"',
		});
		await expect(run).rejects.toMatchObject({ message: expect.stringContaining('"Orders"') });
		expect(received()).toHaveLength(0);
	});

	it('refuses an http instance URL that is not on this machine', async () => {
		const run = runRetailCrm(
			sandbox,
			{ resource: 'order', operation: 'getAll', limit: 1 },
			{
				credentials: {
					url: 'http://shop.retailcrm.ru',
					apiKey: 'k'.repeat(32),
					site: '',
				},
			},
		);
		await expect(run).rejects.toMatchObject({ message: expect.stringContaining('https') });
	});
});
