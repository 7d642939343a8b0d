import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

const product = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'product',
	operation,
	...extra,
});

const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });
const data = () => sandbox.picqer.data();
/** The n-th seeded product and its ID as text. */
const seeded = (n: number) => data().products.rows[n];
const idOf = (n: number) => String(seeded(n).idproduct);
const vatGroup = (n: number) => data().vatgroups.rows[n].idvatgroup as number;
const supplier = (n: number) => data().suppliers.rows[n].idsupplier as number;

describe('Picqer product', () => {
	it('creates a product with numeric IDs in the body', async () => {
		const out = await runPicqer(
			sandbox,
			product('create', {
				vatGroupId: vatGroup(1),
				name: 'Travel mug',
				price: 12.5,
				productcode: 'MUG-TRAVEL-1',
				additionalFields: {
					idsupplier: String(supplier(2)),
					weight: 350,
					type: 'normal',
					barcode: '871000',
				},
			}),
		);
		const sent = sandbox.received.last({ method: 'POST', path: '/products' });
		expect(sent?.body).toEqual({
			idvatgroup: vatGroup(1),
			name: 'Travel mug',
			price: 12.5,
			productcode: 'MUG-TRAVEL-1',
			idsupplier: supplier(2),
			weight: 350,
			type: 'normal',
			barcode: '871000',
		});
		expect(out).toHaveLength(1);
		expect(out[0].json).toMatchObject({
			productcode: 'MUG-TRAVEL-1',
			idsupplier: supplier(2),
			active: true,
		});
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(data().products.get(out[0].json.idproduct as number)?.name).toBe('Travel mug');
	});

	it('sends a raw JSON body as given', async () => {
		const body = { idvatgroup: vatGroup(0), name: 'Raw', price: 1, productcode: 'RAW-1' };
		await runPicqer(
			sandbox,
			product('create', { useJsonBody: true, jsonBody: JSON.stringify(body) }),
		);
		expect(sandbox.received.last({ method: 'POST', path: '/products' })?.body).toEqual(body);
	});

	it('refuses a supplier that is not a numeric ID before sending anything', async () => {
		const run = runPicqer(
			sandbox,
			product('create', {
				vatGroupId: vatGroup(0),
				name: 'X',
				price: 1,
				productcode: 'X-1',
				additionalFields: { idsupplier: 'acme' },
			}),
		);
		await expect(run).rejects.toThrow('"Supplier Name or ID" must be a numeric ID, got "acme"');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('passes Picqer refusing a duplicate product code through with its message', async () => {
		const run = runPicqer(
			sandbox,
			product('create', {
				vatGroupId: vatGroup(0),
				name: 'Dup',
				price: 1,
				productcode: seeded(0).productcode,
			}),
		);
		await expect(run).rejects.toMatchObject({
			message: expect.stringContaining('must be unique'),
			httpCode: '400',
		});
	});

	it('gets a product picked from the list, and refuses a path-like ID', async () => {
		const out = await runPicqer(sandbox, product('get', { productId: fromList(idOf(6)) }));
		expect(out[0].json.idproduct).toBe(seeded(6).idproduct);
		expect(sandbox.received.last()?.path).toBe(`/products/${idOf(6)}`);

		sandbox.received.clear();
		const run = runPicqer(sandbox, product('get', { productId: byId(`${idOf(6)}/../orders`) }));
		await expect(run).rejects.toThrow('"Product" must be a numeric ID');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('pages through all active products with Return All', async () => {
		const inactive = seeded(10);
		inactive.active = false;
		const out = await runPicqer(sandbox, product('getAll', { returnAll: true }));
		const active = data().products.rows.filter((p) => p.active).length;
		expect(out).toHaveLength(active);
		expect(new Set(jsonOf(out).map((p) => p.idproduct)).size).toBe(active);
		expect(jsonOf(out).some((p) => p.idproduct === inactive.idproduct)).toBe(false);
		const pages = sandbox.received.filter({ method: 'GET', path: '/products' });
		expect(pages.map((r) => Number(r.query.offset))).toEqual(
			Array.from({ length: Math.floor(active / 100) + 1 }, (_, i) => i * 100),
		);
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('sends the filters as Picqer query parameters', async () => {
		seeded(2).active = false;
		const wanted = [0, 2, 4].map(idOf);
		const out = await runPicqer(
			sandbox,
			product('getAll', {
				limit: 10,
				filters: {
					inactive: true,
					idproducts: ` ${wanted[0]}, ${wanted[1]} ,${wanted[2]}`,
					search: '',
				},
			}),
		);
		expect(jsonOf(out).map((p) => String(p.idproduct))).toEqual(wanted);
		const sent = sandbox.received.last({ method: 'GET', path: '/products' });
		expect(sent?.query).toEqual({ inactive: 'true', idproducts: wanted.join(','), offset: '0' });
	});

	it('stops at the limit without fetching a further page', async () => {
		const out = await runPicqer(sandbox, product('getAll', { limit: 120 }));
		expect(out).toHaveLength(120);
		expect(sandbox.received.count({ method: 'GET', path: '/products' })).toBe(2);
	});

	it('refuses a malformed Product IDs filter', async () => {
		const run = runPicqer(sandbox, product('getAll', { filters: { idproducts: '1,two' } }));
		await expect(run).rejects.toThrow('"Product IDs" must be numeric IDs separated by commas');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('updates only the fields given', async () => {
		const out = await runPicqer(
			sandbox,
			product('update', {
				productId: byId(idOf(4)),
				updateFields: { name: 'Renamed', price: 3.3, idvatgroup: String(vatGroup(1)) },
			}),
		);
		const sent = sandbox.received.last({ method: 'PUT' });
		expect(sent?.path).toBe(`/products/${idOf(4)}`);
		expect(sent?.body).toEqual({ name: 'Renamed', price: 3.3, idvatgroup: vatGroup(1) });
		expect(out[0].json).toMatchObject({ name: 'Renamed', idvatgroup: vatGroup(1) });
	});

	it('inactivates and activates a product', async () => {
		const id = idOf(9);
		const off = await runPicqer(sandbox, product('inactivate', { productId: byId(id) }));
		expect(off[0].json.active).toBe(false);
		expect(sandbox.received.last()).toMatchObject({
			method: 'POST',
			path: `/products/${id}/inactivate`,
		});
		const on = await runPicqer(sandbox, product('activate', { productId: byId(id) }));
		expect(on[0].json.active).toBe(true);
		expect(sandbox.received.last()?.path).toBe(`/products/${id}/activate`);
	});

	it('gets the stock of every warehouse and of one', async () => {
		const stored = seeded(1);
		const id = idOf(1);
		const all = await runPicqer(sandbox, product('getStock', { productId: byId(id) }));
		expect(jsonOf(all)).toEqual(stored.stock);
		expect(sandbox.received.last()?.path).toBe(`/products/${id}/stock`);

		const warehouse = stored.stock[1].idwarehouse;
		const one = await runPicqer(
			sandbox,
			product('getWarehouseStock', { productId: byId(id), warehouseId: warehouse }),
		);
		expect(one).toHaveLength(1);
		expect(one[0].json).toMatchObject({ idwarehouse: warehouse, stock: stored.stock[1].stock });
		expect(sandbox.received.last()?.path).toBe(`/products/${id}/stock/${warehouse}`);
	});

	it('changes stock relatively on no specific location, sending idlocation null', async () => {
		const stored = seeded(3);
		const warehouse = stored.stock[0].idwarehouse;
		const before = stored.stock[0].stock;
		const out = await runPicqer(
			sandbox,
			product('changeStock', {
				productId: byId(idOf(3)),
				warehouseId: warehouse,
				change: 5,
				reason: 'Found in the back',
			}),
		);
		const sent = sandbox.received.last({ method: 'POST' });
		expect(sent?.path).toBe(`/products/${idOf(3)}/stock/${warehouse}`);
		expect(sent?.body).toEqual({ change: 5, idlocation: null, reason: 'Found in the back' });
		expect(out[0].json).toMatchObject({ idwarehouse: warehouse, stock: before + 5 });
		expect(data().stockhistory.rows.at(-1)).toMatchObject({
			idproduct: stored.idproduct,
			stock_change: 5,
			reason: 'Found in the back',
		});
	});

	it('sets an absolute amount on a location', async () => {
		const location = data().locations.rows[0];
		await runPicqer(
			sandbox,
			product('changeStock', {
				productId: byId(idOf(3)),
				warehouseId: String(location.idwarehouse),
				mode: 'amount',
				amount: 40,
				locationId: location.idlocation,
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })?.body).toEqual({
			amount: 40,
			idlocation: location.idlocation,
		});
		const entry = seeded(3).stock.find((s) => s.idwarehouse === location.idwarehouse);
		expect(entry?.stock).toBe(40);
	});

	it('refuses a fractional change and a non-numeric warehouse before sending', async () => {
		const fraction = runPicqer(
			sandbox,
			product('changeStock', { productId: byId(idOf(3)), warehouseId: 18, change: 1.5 }),
		);
		await expect(fraction).rejects.toThrow('"Change" must be a whole number, got 1.5');
		const warehouse = runPicqer(
			sandbox,
			product('changeStock', { productId: byId(idOf(3)), warehouseId: 'main', change: 1 }),
		);
		await expect(warehouse).rejects.toThrow(
			'"Warehouse Name or ID" must be a numeric ID, got "main"',
		);
		expect(picqerRequests()).toHaveLength(0);
	});

	it('reports Picqer refusing negative stock, and continues with continueOnFail', async () => {
		const entry = seeded(3).stock[0];
		const warehouse = entry.idwarehouse;
		const target = entry.reserved + 2;
		const out = await runPicqer(
			sandbox,
			(itemIndex) =>
				product('changeStock', {
					productId: byId(idOf(3)),
					warehouseId: warehouse,
					mode: 'amount',
					amount: itemIndex === 0 ? -1 : target,
				}),
			{ items: [{ json: {} }, { json: {} }], continueOnFail: true },
		);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.error).toMatch(/negative/);
		expect(out[0].json.httpCode).toBe('400');
		expect(out[1].json).toMatchObject({ idwarehouse: warehouse, stock: target });
	});

	it('adds, lists and removes a tag', async () => {
		const target = seeded(20);
		const id = idOf(20);
		const tag = data().tags.rows.find((t) => !target.tags.some((own) => own.idtag === t.idtag))!;
		await runPicqer(sandbox, product('addTag', { productId: byId(id), tagId: tag.idtag }));
		expect(sandbox.received.last()).toMatchObject({
			method: 'POST',
			path: `/products/${id}/tags`,
			body: { idtag: tag.idtag },
		});
		const tags = await runPicqer(sandbox, product('getTags', { productId: byId(id) }));
		expect(jsonOf(tags).map((t) => t.idtag)).toContain(tag.idtag);

		const removed = await runPicqer(
			sandbox,
			product('removeTag', { productId: byId(id), tagId: String(tag.idtag) }),
		);
		expect(removed[0].json).toEqual({ success: true });
		expect(sandbox.received.last()).toMatchObject({
			method: 'DELETE',
			path: `/products/${id}/tags/${tag.idtag}`,
		});
		expect(seeded(20).tags.some((t) => t.idtag === tag.idtag)).toBe(false);
	});

	it('adds a comment and reads it back', async () => {
		const id = idOf(5);
		const added = await runPicqer(
			sandbox,
			product('addComment', { productId: byId(id), comment: 'Check the label' }),
		);
		expect(sandbox.received.last()?.body).toEqual({ body: 'Check the label' });
		expect(added[0].json.body).toBe('Check the label');
		const comments = await runPicqer(sandbox, product('getComments', { productId: byId(id) }));
		expect(jsonOf(comments).map((c) => c.body)).toEqual(['Check the label']);
		expect(sandbox.received.last()?.path).toBe(`/products/${id}/comments`);
	});

	it('refuses an empty comment', async () => {
		const run = runPicqer(
			sandbox,
			product('addComment', { productId: byId(idOf(5)), comment: ' ' }),
		);
		await expect(run).rejects.toThrow('"Comment" is required');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('gets the parts of a composition, nested when asked', async () => {
		await runPicqer(sandbox, product('getParts', { productId: byId(idOf(6)), nested: true }));
		expect(sandbox.received.last()).toMatchObject({
			method: 'GET',
			path: `/products/${idOf(6)}/parts`,
			query: { nested: 'true' },
			status: 200,
		});
	});

	it('links a product to a location, lists and unlinks it', async () => {
		const id = idOf(8);
		const location = data().locations.rows[2];
		await runPicqer(
			sandbox,
			product('linkLocation', { productId: byId(id), locationId: location.idlocation }),
		);
		expect(sandbox.received.last()).toMatchObject({
			method: 'POST',
			path: `/products/${id}/locations`,
			body: { idlocation: location.idlocation },
		});
		const linked = await runPicqer(sandbox, product('getLocations', { productId: byId(id) }));
		expect(jsonOf(linked).map((l) => l.idlocation)).toEqual([location.idlocation]);

		await runPicqer(
			sandbox,
			product('unlinkLocation', { productId: byId(id), locationId: location.idlocation }),
		);
		expect(sandbox.received.last()).toMatchObject({
			method: 'DELETE',
			path: `/products/${id}/locations/${location.idlocation}`,
		});
		const after = await runPicqer(sandbox, product('getLocations', { productId: byId(id) }));
		expect(after).toHaveLength(0);
	});

	it('moves stock between two locations of one warehouse', async () => {
		const item = data().products.rows.find((p) => p.stock.some((s) => s.stock >= 2))!;
		const entry = item.stock.find((s) => s.stock >= 2)!;
		const [from, to] = data().locations.rows.filter((l) => l.idwarehouse === entry.idwarehouse);
		const out = await runPicqer(
			sandbox,
			product('moveStock', {
				productId: byId(String(item.idproduct)),
				warehouseId: entry.idwarehouse,
				fromLocationId: from.idlocation,
				toLocationId: String(to.idlocation),
				amount: 2,
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/products/${item.idproduct}/stock/${entry.idwarehouse}/move`,
		});
		expect(sandbox.received.last({ method: 'POST' })?.body).toEqual({
			from_idlocation: from.idlocation,
			to_idlocation: to.idlocation,
			amount: 2,
		});
		expect(out[0].json).toMatchObject({ amount: 2, to_idlocation: to.idlocation });
		await expect(
			runPicqer(
				sandbox,
				product('moveStock', {
					productId: byId(String(item.idproduct)),
					warehouseId: entry.idwarehouse,
					fromLocationId: 'A-01',
					toLocationId: to.idlocation,
					amount: 2,
				}),
			),
		).rejects.toThrow('"From Location Name or ID" must be a numeric ID');
	});
});
