import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.picqer.data();
const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });

const supplier = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'supplier',
	operation,
	...extra,
});

describe('Picqer supplier', () => {
	it('creates a supplier with the fields given', async () => {
		const out = await runPicqer(
			sandbox,
			supplier('create', {
				name: 'Acme Mugs',
				additionalFields: { country: 'NL', emailaddress: 'sales@acme.example', language: 'nl' },
			}),
		);
		expect(sandbox.received.last()).toMatchObject({
			method: 'POST',
			path: '/suppliers',
			body: {
				name: 'Acme Mugs',
				country: 'NL',
				emailaddress: 'sales@acme.example',
				language: 'nl',
			},
		});
		expect(out[0].json).toMatchObject({ name: 'Acme Mugs', country: 'NL' });
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses a create without a name', async () => {
		const run = runPicqer(sandbox, supplier('create', { name: '  ' }));
		await expect(run).rejects.toThrow('"Name" is required');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('gets and updates a supplier', async () => {
		const row = data().suppliers.rows[3];
		const got = await runPicqer(sandbox, supplier('get', { supplierId: row.idsupplier }));
		expect(got[0].json).toEqual(row);
		expect(sandbox.received.last()?.path).toBe(`/suppliers/${row.idsupplier}`);

		const updated = await runPicqer(
			sandbox,
			supplier('update', {
				supplierId: String(row.idsupplier),
				useJsonBody: true,
				jsonBody: { remarks: 'Call before noon' },
			}),
		);
		expect(sandbox.received.last()).toMatchObject({
			method: 'PUT',
			body: { remarks: 'Call before noon' },
		});
		expect(updated[0].json.remarks).toBe('Call before noon');
	});

	it('refuses a JSON body that is not an object', async () => {
		const run = runPicqer(
			sandbox,
			supplier('update', { supplierId: 901, useJsonBody: true, jsonBody: '[1, 2]' }),
		);
		await expect(run).rejects.toThrow('"JSON Body" must be a JSON object');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('gets the active suppliers, or the inactive ones with the inactive flag', async () => {
		const rows = data().suppliers.rows;
		rows[4].active = false;
		const active = await runPicqer(sandbox, supplier('getAll', { returnAll: true }));
		expect(jsonOf(active).map((s) => s.idsupplier)).toEqual(
			rows.filter((s) => s.active !== false).map((s) => s.idsupplier),
		);
		expect(sandbox.received.last()?.query).toEqual({ offset: '0' });

		const inactive = await runPicqer(
			sandbox,
			supplier('getAll', { limit: 5, filters: { inactive: true } }),
		);
		expect(sandbox.received.last()?.query).toEqual({ inactive: 'true', offset: '0' });
		const expected = rows.filter((s) => s.active === false).map((s) => s.idsupplier);
		expect(expected).toContain(rows[4].idsupplier);
		expect(jsonOf(inactive).map((s) => s.idsupplier)).toEqual(expected.slice(0, 5));
	});

	it('adds a comment and reads it back', async () => {
		const id = data().suppliers.rows[0].idsupplier;
		await runPicqer(sandbox, supplier('addComment', { supplierId: id, comment: 'New price list' }));
		expect(sandbox.received.last()).toMatchObject({
			method: 'POST',
			path: `/suppliers/${id}/comments`,
			body: { body: 'New price list' },
		});
		const comments = await runPicqer(sandbox, supplier('getComments', { supplierId: id }));
		expect(jsonOf(comments).map((c) => c.body)).toEqual(['New price list']);
	});
});
