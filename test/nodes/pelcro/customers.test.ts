import { NodeApiError } from 'n8n-workflow';

import { PELCRO_DEMO_SITE, PELCRO_SEED } from '../../../sandbox/pelcro';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { locator, pelcroRequests, runPelcro } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.pelcro.data();

describe('Pelcro customers', () => {
	it('creates a customer with the Bearer key and site_id in the query, and returns the record', async () => {
		const out = await runPelcro(sandbox, {
			resource: 'customer',
			operation: 'create',
			email: 'ana.lopez@example.com',
			additionalFields: { first_name: 'Ana', metadata: '{"tier":"gold"}' },
		});
		const sent = pelcroRequests(sandbox).at(-1)!;
		expect(sent).toMatchObject({
			method: 'POST',
			path: '/customers',
			query: { site_id: String(PELCRO_DEMO_SITE) },
			body: { email: 'ana.lopez@example.com', first_name: 'Ana', metadata: { tier: 'gold' } },
		});
		expect(sent.headers.authorization).toBe(`Bearer ${sandbox.pelcro.demoKey}`);
		expect(out).toHaveLength(1);
		expect(out[0].json).toMatchObject({
			email: 'ana.lopez@example.com',
			metadata: { tier: 'gold' },
		});
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(data().customers.get(out[0].json.id as number)?.first_name).toBe('Ana');
	});

	it('refuses a customer with neither email, display name nor old provider ID before sending', async () => {
		await expect(runPelcro(sandbox, { resource: 'customer', operation: 'create' })).rejects.toThrow(
			'"Email" is required unless a Display Name or Old Provider ID is given',
		);
		expect(pelcroRequests(sandbox)).toHaveLength(0);
	});

	it("names each field of Pelcro's validation answer", async () => {
		const run = runPelcro(sandbox, {
			resource: 'customer',
			operation: 'create',
			email: 'not-an-address',
			additionalFields: { first_name: 'x'.repeat(300) },
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toMatchObject({ httpCode: '400' });
		await expect(run).rejects.toThrow(
			'Pelcro: first_name: The first name may not be greater than 255 characters.; email: The email must be a valid email address.',
		);
	});

	it('reads all customers over three pages of 100, and a limit in one page', async () => {
		const all = await runPelcro(sandbox, {
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
		});
		expect(all).toHaveLength(PELCRO_SEED.customers);
		expect(new Set(all.map((item) => item.json.id)).size).toBe(PELCRO_SEED.customers);
		expect(pelcroRequests(sandbox).map((r) => [r.query.page, r.query.limit])).toEqual([
			['1', '100'],
			['2', '100'],
			['3', '100'],
		]);
		sandbox.received.clear();
		const few = await runPelcro(sandbox, { resource: 'customer', operation: 'getAll', limit: 7 });
		expect(few).toHaveLength(7);
		expect(pelcroRequests(sandbox).map((r) => r.query.limit)).toEqual(['7']);
	});

	it('filters with filter[attr]=op:value, sorts and expands', async () => {
		const target = data().customers.all()[3];
		const out = await runPelcro(sandbox, {
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { filter: [{ field: 'email', operator: 'eq', value: String(target.email) }] },
			sort: '-id',
			expand: ['addresses'],
		});
		expect(pelcroRequests(sandbox).at(-1)!.query).toMatchObject({
			'filter[email]': `eq:${String(target.email)}`,
			sort: '-id',
			expand: 'addresses',
		});
		expect(out.map((item) => item.json.id)).toEqual([target.id]);
		expect(out[0].json.addresses).toHaveLength(1);
	});

	it('filters on a metadata key', async () => {
		const out = await runPelcro(sandbox, {
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: {
				filter: [{ field: 'metadata', metadataKey: 'tier', operator: 'eq', value: 'gold' }],
			},
		});
		expect(pelcroRequests(sandbox).at(-1)!.query['filter[metadata.tier]']).toBe('eq:gold');
		expect(out.length).toBeGreaterThan(0);
		expect(out.every((item) => (item.json.metadata as { tier?: string }).tier === 'gold')).toBe(
			true,
		);
	});

	it('updates with metadata merged, and deletes, cancelling active subscriptions', async () => {
		const customer = data().customers.all()[0];
		customer.metadata = { keep: 1, drop: 2 };
		const [updated] = await runPelcro(sandbox, {
			resource: 'customer',
			operation: 'update',
			customerId: locator(customer.id),
			updateFields: { last_name: 'New', metadata: '{"drop": null, "add": 3}' },
		});
		expect(updated.json).toMatchObject({ last_name: 'New', metadata: { keep: 1, add: 3 } });

		const active = data()
			.subscriptions.all()
			.filter((s) => s.user_id === customer.id && s.status === 'active');
		const [deleted] = await runPelcro(sandbox, {
			resource: 'customer',
			operation: 'delete',
			customerId: locator(customer.id),
		});
		expect(deleted.json).toEqual({ success: true });
		expect(active.every((s) => s.status === 'canceled')).toBe(true);
		await expect(
			runPelcro(sandbox, {
				resource: 'customer',
				operation: 'get',
				customerId: locator(customer.id),
			}),
		).rejects.toMatchObject({ httpCode: '404' });
	});

	it('refuses an ID that is not numeric, naming the field', async () => {
		await expect(
			runPelcro(sandbox, { resource: 'customer', operation: 'get', customerId: locator('5/edit') }),
		).rejects.toThrow('"Customer" must be a numeric ID');
		expect(pelcroRequests(sandbox)).toHaveLength(0);
	});
});
