import { NodeApiError } from 'n8n-workflow';

import { RetailCrmApi } from '../../credentials/RetailCrmApi.credentials';

import {
	errorEntries,
	instanceUrl,
	retailCrmError,
	retailCrmForm,
	retailCrmPages,
	retailCrmProfile,
} from '../../nodes/RetailCrm/RetailCrmProfile';
import { referenceRecords } from '../../nodes/RetailCrm/retailCrmReference';
import { list } from '../../nodes/shared/list';
import { request, send } from '../../nodes/shared/request';
import type { Reply } from '../helpers/fakeTransport';
import { failure } from '../helpers/failure';
import { authenticate } from '../helpers/n8nHttp';
import { FakeTransport, fakeClient, ok, status, testProfile } from '../helpers/fakeTransport';

const KEY = 'rcrm_SECRETKEY_0123456789';

const replies = (...list: Reply[]) =>
	new FakeTransport((_r, i) => list[Math.min(i, list.length - 1)]);

describe('RetailCRM errors', () => {
	it('joins errorMsg with every entry of an errors map', () => {
		const error = retailCrmError({
			success: false,
			errorMsg: 'Order is not loaded',
			errors: { 'customer.externalId': 'Customer with externalId=2106 not found.' },
		});
		expect(error.message).toBe(
			'Order is not loaded (customer.externalId: Customer with externalId=2106 not found.)',
		);
		expect(error.details).toEqual([
			'customer.externalId: Customer with externalId=2106 not found.',
		]);
	});

	it('reads an errors array, and an errors block that is missing', () => {
		expect(errorEntries(['a', 'b'])).toEqual(['a', 'b']);
		expect(retailCrmError({ errorMsg: 'Not found' }).message).toBe('Not found');
		expect(retailCrmError({ errors: ['only this'] }).message).toBe('only this');
		expect(retailCrmError({}).message).toBeUndefined();
	});

	it('puts the vendor message and the field errors into the NodeApiError', async () => {
		const transport = replies(
			status(400, {
				success: false,
				errorMsg: 'Errors in the entity format',
				errors: { 'order.email': 'Invalid email', 'order.phone': 'Too long' },
			}),
		);
		const error = await failure(
			request(fakeClient(retailCrmProfile, transport, [KEY]), {
				method: 'POST',
				path: '/orders/create',
				body: { order: { email: 'x' } },
			}),
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			'RetailCRM: Errors in the entity format (order.email: Invalid email; order.phone: Too long)',
		);
		expect(error.description).toContain('order.phone: Too long');
		expect(error.httpCode).toBe('400');
	});

	it('treats a 200 with success: false as a failure', async () => {
		const transport = replies(ok({ success: false, errorMsg: 'Access denied.' }));
		await expect(
			request(fakeClient(retailCrmProfile, transport, [KEY]), { method: 'GET', path: '/orders' }),
		).rejects.toMatchObject({ message: 'RetailCRM: Access denied.' });
	});
});

describe('RetailCRM 503', () => {
	it('is "slow down" for RetailCRM: a create is sent again after the wait', async () => {
		const transport = replies(
			status(503, '<html>503 Service Temporarily Unavailable</html>'),
			ok({ success: true, id: 7 }),
		);
		const body = await request(fakeClient(retailCrmProfile, transport, [KEY]), {
			method: 'POST',
			path: '/orders/create',
			body: { order: { firstName: 'Ann' } },
		});
		expect(body).toEqual({ success: true, id: 7 });
		expect(transport.sent).toHaveLength(2);
		expect(transport.sent[1].at).toBeGreaterThan(transport.sent[0].at);
	});

	it('stays a server error for another vendor: a create is not sent again', async () => {
		const transport = replies(status(503, { message: 'down' }), ok({ id: 7 }));
		await expect(
			request(fakeClient(testProfile, transport), {
				method: 'POST',
				path: '/orders',
				body: { reference: 'A1' },
			}),
		).rejects.toMatchObject({ httpCode: '503' });
		expect(transport.sent).toHaveLength(1);
	});

	it('paces to 10 requests per second per host', async () => {
		const transport = replies(ok({ success: true, orders: [] }));
		const client = fakeClient(retailCrmProfile, transport, [KEY]);
		for (let i = 0; i < 25; i++) await send(client, { method: 'GET', path: '/orders' });
		const at = transport.sent.map((r) => r.at);
		for (let i = 10; i < at.length; i++) expect(at[i] - at[i - 10]).toBeGreaterThanOrEqual(1000);
	});
});

describe('RetailCRM encoding', () => {
	it('form-encodes a POST body with each nested entity as one JSON field', () => {
		const encoded = retailCrmForm({
			site: 'main',
			by: 'id',
			order: { firstName: 'Ann', items: [{ offer: { externalId: 'A1' }, quantity: 2 }] },
		});
		expect(encoded.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
		const form = new URLSearchParams(encoded.body as string);
		expect(form.get('site')).toBe('main');
		expect(form.get('by')).toBe('id');
		expect(JSON.parse(form.get('order') as string)).toEqual({
			firstName: 'Ann',
			items: [{ offer: { externalId: 'A1' }, quantity: 2 }],
		});
	});

	it('sends a Buffer as is, and no body for a GET', () => {
		const bytes = Buffer.from('abc');
		expect(retailCrmForm(bytes as never).body).toBe(bytes);
		expect(retailCrmForm(undefined).body).toBeUndefined();
	});

	it('asks n8n for PHP bracket arrays in query strings and keeps the key out of the URL', async () => {
		const transport = replies(ok({ success: true, orders: [] }));
		await send(fakeClient(retailCrmProfile, transport, [KEY]), {
			method: 'GET',
			path: '/orders',
			qs: { filter: { ids: ['1', '2'] } },
		});
		// What n8n sends: the core's request with the credential's authenticate block applied.
		const sent = authenticate(
			new RetailCrmApi(),
			{ url: 'https://shop.retailcrm.ru', apiKey: KEY, site: '' },
			transport.sent[0],
		);
		expect(sent.arrayFormat).toBe('brackets');
		expect(JSON.stringify([sent.url, sent.qs ?? {}])).not.toContain(KEY);
		expect(sent.headers).toMatchObject({ 'X-API-KEY': KEY });
	});

	it('takes the instance URL with or without /api/v5, https only except loopback', () => {
		const base = (url: string) => retailCrmProfile.baseUrl({ url, apiKey: KEY });
		expect(base('https://shop.retailcrm.ru')).toBe('https://shop.retailcrm.ru/api/v5');
		expect(base('https://demo.simla.com/api/v5/')).toBe('https://demo.simla.com/api/v5');
		expect(base('http://127.0.0.1:8080/retailcrm')).toBe('http://127.0.0.1:8080/retailcrm/api/v5');
		expect(() => base('http://shop.retailcrm.pro')).toThrow(/https/);
		expect(() => retailCrmProfile.baseUrl({ url: 'https://a.simla.com', apiKey: '' })).toThrow(
			/API Key/,
		);
		expect(instanceUrl({ url: 'https://crm.example.com/api' })).toBe('https://crm.example.com');
	});
});

describe('RetailCRM pagination', () => {
	const page = (n: number, of: number, size: number) =>
		ok({
			success: true,
			orders: Array.from({ length: size }, (_, i) => ({ id: (n - 1) * 100 + i + 1 })),
			pagination: { limit: 100, totalCount: 0, currentPage: n, totalPageCount: of },
		});

	it('stops at totalPageCount without an extra call', async () => {
		const transport = new FakeTransport((r) => page(Number(r.qs?.page), 3, 100));
		const records = await list(
			fakeClient(retailCrmProfile, transport, [KEY]),
			{ method: 'GET', path: '/orders' },
			retailCrmPages('orders'),
			{ returnAll: true },
		);
		expect(records).toHaveLength(300);
		expect(transport.sent.map((r) => [r.qs?.page, r.qs?.limit])).toEqual([
			[1, 100],
			[2, 100],
			[3, 100],
		]);
	});

	it('finds the records of a list whose key it is not told: the one array besides pagination', () => {
		const paginator = retailCrmPages();
		const pagination = { currentPage: 1, totalPageCount: 1 };
		expect(paginator.records({ success: true, pagination, notes: [{ id: 1 }] })).toEqual([
			{ id: 1 },
		]);
		expect(paginator.records({ success: true, pagination, generatedAt: 'x', history: [] })).toEqual(
			[],
		);
		// Two lists: which one holds the records cannot be told, so none is taken for it.
		expect(paginator.records({ pagination, a: [{ id: 1 }], b: [{ id: 2 }] })).toEqual([]);
		expect(retailCrmPages('orders').records({ orders: [{ id: 3 }], other: [{ id: 4 }] })).toEqual([
			{ id: 3 },
		]);
	});

	it('asks for the smallest allowed page that holds the limit', async () => {
		const transport = new FakeTransport((r) => page(Number(r.qs?.page), 10, Number(r.qs?.limit)));
		const records = await list(
			fakeClient(retailCrmProfile, transport, [KEY]),
			{ method: 'GET', path: '/orders' },
			retailCrmPages('orders'),
			{ returnAll: false, limit: 7 },
		);
		expect(records).toHaveLength(7);
		expect(transport.sent.map((r) => r.qs?.limit)).toEqual([20]);
	});
});

describe('RetailCRM reference books', () => {
	it('turns a map keyed by code into items, keeping the code', () => {
		expect(
			referenceRecords({
				success: true,
				sites: { shop: { name: 'Shop', code: 'shop' }, outlet: { name: 'Outlet' } },
			}),
		).toEqual([
			{ name: 'Shop', code: 'shop' },
			{ code: 'outlet', name: 'Outlet' },
		]);
	});

	it('passes arrays through and wraps bare codes', () => {
		expect(referenceRecords({ success: true, couriers: [{ id: 1 }] })).toEqual([{ id: 1 }]);
		expect(referenceRecords({ success: true, countriesIso: ['RU', 'ES'] })).toEqual([
			{ code: 'RU' },
			{ code: 'ES' },
		]);
	});
});
