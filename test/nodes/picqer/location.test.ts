import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.picqer.data();
const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });

const location = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'location',
	operation,
	...extra,
});

describe('Picqer location', () => {
	it('creates a location with numeric IDs and auto-linking to its parent', async () => {
		const warehouse = data().warehouses.rows[0].idwarehouse as number;
		const parent = data().locations.rows[0].idlocation as number;
		const out = await runPicqer(
			sandbox,
			location('create', {
				warehouseId: String(warehouse),
				name: 'Z-99-1',
				autoLinkToParent: true,
				additionalFields: { parent_idlocation: String(parent), is_bulk_location: true },
			}),
		);
		const sent = sandbox.received.last({ method: 'POST', path: '/locations' });
		expect(sent?.query).toEqual({ auto_link_to_parent: '1' });
		expect(sent?.body).toEqual({
			idwarehouse: warehouse,
			name: 'Z-99-1',
			parent_idlocation: parent,
			is_bulk_location: true,
		});
		expect(out[0].json).toMatchObject({ idwarehouse: warehouse, name: 'Z-99-1' });
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses a parent location that is not an ID', async () => {
		const run = runPicqer(
			sandbox,
			location('create', {
				warehouseId: 18,
				name: 'Z-1',
				additionalFields: { parent_idlocation: 'A-01' },
			}),
		);
		await expect(run).rejects.toThrow(
			'"Parent Location Name or ID" must be a numeric ID, got "A-01"',
		);
		expect(picqerRequests()).toHaveLength(0);
	});

	it('gets, updates and deletes a location', async () => {
		const created = await runPicqer(
			sandbox,
			location('create', { warehouseId: data().warehouses.rows[1].idwarehouse, name: 'TMP-1' }),
		);
		const id = created[0].json.idlocation as number;

		const got = await runPicqer(sandbox, location('get', { locationId: id }));
		expect(got[0].json.name).toBe('TMP-1');
		expect(sandbox.received.last()?.path).toBe(`/locations/${id}`);

		const updated = await runPicqer(
			sandbox,
			location('update', { locationId: String(id), updateFields: { remarks: 'Top shelf' } }),
		);
		expect(sandbox.received.last()).toMatchObject({
			method: 'PUT',
			path: `/locations/${id}`,
			body: { remarks: 'Top shelf' },
		});
		expect(updated[0].json.remarks).toBe('Top shelf');

		const deleted = await runPicqer(sandbox, location('delete', { locationId: id }));
		expect(deleted[0].json).toEqual({ success: true });
		expect(sandbox.received.last()).toMatchObject({ method: 'DELETE', status: 204 });
		expect(data().locations.get(id)).toBeUndefined();
	});

	it('passes Picqer refusing to delete a location in use through', async () => {
		const seededLocation = data().locations.rows[0].idlocation;
		const run = runPicqer(sandbox, location('delete', { locationId: seededLocation }));
		await expect(run).rejects.toMatchObject({ httpCode: '400' });
	});

	it('pages through all locations of a warehouse', async () => {
		const warehouse = data().warehouses.rows[0].idwarehouse;
		const out = await runPicqer(
			sandbox,
			location('getAll', { returnAll: true, filters: { idwarehouse: warehouse, name: '' } }),
		);
		const expected = data().locations.rows.filter((l) => l.idwarehouse === warehouse);
		expect(jsonOf(out).map((l) => l.idlocation)).toEqual(expected.map((l) => l.idlocation));
		expect(sandbox.received.last()?.query).toEqual({
			idwarehouse: String(warehouse),
			offset: '0',
		});
	});

	it('sends only_available only when it is switched on', async () => {
		await runPicqer(sandbox, location('getAll', { limit: 5, filters: { only_available: false } }));
		expect(sandbox.received.last()?.query).toEqual({ offset: '0' });
		await runPicqer(sandbox, location('getAll', { limit: 5, filters: { only_available: true } }));
		expect(sandbox.received.last()?.query).toEqual({ only_available: 'true', offset: '0' });
	});

	it('lists the products on a location, page by page', async () => {
		const target = data().locations.rows[5];
		const products = data().products.rows.slice(0, 130);
		for (const product of products) {
			product.locations = [{ idlocation: target.idlocation, name: target.name }];
		}
		const out = await runPicqer(
			sandbox,
			location('getProducts', { locationId: target.idlocation, returnAll: true }),
		);
		expect(jsonOf(out).map((p) => p.idproduct)).toEqual(products.map((p) => p.idproduct));
		const pages = sandbox.received.filter({ path: `/locations/${target.idlocation}/products` });
		expect(pages.map((r) => r.query.offset)).toEqual(['0', '100']);

		sandbox.received.clear();
		const limited = await runPicqer(
			sandbox,
			location('getProducts', { locationId: target.idlocation, limit: 10 }),
		);
		expect(limited).toHaveLength(10);
		expect(sandbox.received.count({ path: `/locations/${target.idlocation}/products` })).toBe(1);
	});

	it('refuses a location ID with a path in it', async () => {
		const run = runPicqer(sandbox, location('getProducts', { locationId: '1/../../users' }));
		await expect(run).rejects.toThrow('"Location Name or ID" must be a numeric ID');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('creates a container, exclusive, and lists containers only when asked for', async () => {
		const warehouse = data().warehouses.rows[0].idwarehouse as number;
		const [container] = jsonOf(
			await runPicqer(
				sandbox,
				location('create', {
					warehouseId: String(warehouse),
					name: 'Cart 7',
					additionalFields: { type: 'container', is_exclusive_location: true },
				}),
			),
		);
		expect(sandbox.received.last({ method: 'POST', path: '/locations' })?.body).toEqual({
			idwarehouse: warehouse,
			name: 'Cart 7',
			type: 'container',
			is_exclusive_location: true,
		});
		expect(container).toMatchObject({ type: 'container', is_exclusive_location: true });

		const plain = await runPicqer(sandbox, location('getAll', { returnAll: true }));
		expect(jsonOf(plain).map((l) => l.idlocation)).not.toContain(container.idlocation);
		const containers = await runPicqer(
			sandbox,
			location('getAll', { returnAll: true, filters: { type: 'container' } }),
		);
		expect(jsonOf(containers).map((l) => l.idlocation)).toEqual([container.idlocation]);
		expect(sandbox.received.last({ path: '/locations' })?.query).toEqual({
			type: 'container',
			offset: '0',
		});
	});
});
