import { startSandbox, type Sandbox } from '../../sandbox/server';
import { picqer } from './helpers';

let sandbox: Sandbox;
let call: ReturnType<typeof picqer>;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
	call = picqer(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function newProduct(stock: number) {
	const product = await call('POST', '/products', {
		idvatgroup: sandbox.picqer.data().vatgroups.rows[0].idvatgroup,
		name: 'Test Widget',
		price: 9.95,
		productcode: `TEST-${Date.now()}-${Math.round(performance.now() * 1000)}`,
	});
	expect(product.status).toBe(201);
	const idwarehouse = product.json.stock[0].idwarehouse;
	const changed = await call('POST', `/products/${product.json.idproduct}/stock/${idwarehouse}`, {
		amount: stock,
		idlocation: null,
	});
	expect(changed.status).toBe(200);
	return { idproduct: product.json.idproduct as number, idwarehouse: idwarehouse as number };
}

describe('Picqer products', () => {
	it('requires idvatgroup, name, price and productcode, with a unique productcode', async () => {
		const missing = await call('POST', '/products', { name: 'x' });
		expect(missing.status).toBe(400);
		expect(missing.json.error_message).toMatch(/idvatgroup.*price.*productcode/);
		const existing = sandbox.picqer.data().products.rows[0];
		const duplicate = await call('POST', '/products', {
			idvatgroup: existing.idvatgroup,
			name: 'y',
			price: 1,
			productcode: existing.productcode,
		});
		expect(duplicate.status).toBe(400);
		expect(duplicate.json.error_message).toMatch(/unique/);
	});

	it('changes stock by delta or absolute amount and refuses negative stock', async () => {
		const { idproduct, idwarehouse } = await newProduct(10);
		const path = `/products/${idproduct}/stock/${idwarehouse}`;
		expect((await call('POST', path, { change: -3, idlocation: null })).json.stock).toBe(7);
		const refused = await call('POST', path, { change: -8, idlocation: null });
		expect(refused.status).toBe(400);
		expect(refused.json.error).toBe(true);
		expect((await call('GET', path)).json).toMatchObject({ stock: 7, freestock: 7 });
	});

	it('hides inactive products unless asked for them', async () => {
		const { idproduct } = await newProduct(0);
		expect((await call('POST', `/products/${idproduct}/inactivate`)).json.active).toBe(false);
		const hidden = await call('GET', `/products?idproducts=${idproduct}`);
		expect(hidden.json).toEqual([]);
		const shown = await call('GET', `/products?idproducts=${idproduct}&inactive=true`);
		expect(shown.json).toHaveLength(1);
	});
});

describe('Picqer order lifecycle', () => {
	it('creates a concept order, processes it into a picklist and completes it on close', async () => {
		const { idproduct, idwarehouse } = await newProduct(5);
		const customer = sandbox.picqer.data().customers.rows[0];
		const order = await call('POST', '/orders', {
			idcustomer: customer.idcustomer,
			reference: 'REF-1',
			products: [{ idproduct, amount: 2 }],
		});
		expect(order.status).toBe(201);
		expect(order.json).toMatchObject({
			status: 'concept',
			idcustomer: customer.idcustomer,
			reference: 'REF-1',
		});
		expect(order.json.deliveryname).toBe(customer.addresses.find((a) => a.defaultdelivery)?.name);
		const id = order.json.idorder;

		const processed = await call('POST', `/orders/${id}/process`);
		expect(processed.json.status).toBe('processing');
		const again = await call('POST', `/orders/${id}/process`);
		expect(again.status).toBe(400);
		expect(again.json.error_code).toBe(33);

		const picklist = sandbox.picqer.data().picklists.rows.find((p) => p.idorder === id)!;
		expect(picklist).toMatchObject({ status: 'new', totalproducts: 2, idwarehouse });
		expect((await call('GET', `/products/${idproduct}/stock/${idwarehouse}`)).json).toMatchObject({
			stock: 5,
			reserved: 2,
			freestock: 3,
		});

		const closed = await call('POST', `/picklists/${picklist.idpicklist}/close`);
		expect(closed.json.status).toBe('closed');
		expect((await call('GET', `/orders/${id}`)).json.status).toBe('completed');
		expect((await call('GET', `/products/${idproduct}/stock/${idwarehouse}`)).json).toMatchObject({
			stock: 3,
			reserved: 0,
		});
		const status = await call('GET', `/orders/${id}/productstatus`);
		expect(status.json[0]).toMatchObject({ amount: 2, amount_picked: 2, amount_shipped: 2 });
	});

	it('backorders what is not in stock', async () => {
		const { idproduct } = await newProduct(1);
		const order = await call('POST', '/orders', { products: [{ idproduct, amount: 3 }] });
		await call('POST', `/orders/${order.json.idorder}/process`);
		const backorders = await call('GET', `/backorders?idorder=${order.json.idorder}`);
		expect(backorders.json).toEqual([expect.objectContaining({ idproduct, amount: 2 })]);
	});

	it('adds products only to concept orders, pauses, resumes and cancels', async () => {
		const { idproduct } = await newProduct(10);
		const order = await call('POST', '/orders', {});
		const id = order.json.idorder;
		expect((await call('POST', `/orders/${id}/products`, { idproduct, amount: 1 })).status).toBe(
			201,
		);
		await call('POST', `/orders/${id}/process`);
		expect((await call('POST', `/orders/${id}/products`, { idproduct, amount: 1 })).status).toBe(
			400,
		);
		const unexplained = await call('POST', `/orders/${id}/pause`);
		expect(unexplained.status).toBe(400);
		expect(unexplained.json).toEqual({
			error: true,
			error_code: 5,
			error_message: 'Missing required field: reason',
		});
		const paused = await call('POST', `/orders/${id}/pause`, { reason: 'Address check' });
		expect(paused.json).toMatchObject({ status: 'paused', paused_reason: 'Address check' });
		expect((await call('POST', `/orders/${id}/resume`)).json.status).toBe('processing');
		expect((await call('DELETE', `/orders/${id}`)).status).toBe(204);
		expect((await call('GET', `/orders/${id}`)).json.status).toBe('cancelled');
	});

	it('needs idproduct and amount on every product line (error 23) and a valid country (error 9)', async () => {
		expect((await call('POST', '/orders', { products: [{ amount: 1 }] })).json.error_code).toBe(23);
		expect(
			(await call('POST', '/orders', { deliverycountry: 'Netherlands' })).json.error_code,
		).toBe(9);
	});

	it('filters orders by reference, tag and customer', async () => {
		const orders = sandbox.picqer.data().orders.rows;
		const tagged = orders.find((o) => Object.keys(o.tags).length > 0)!;
		const title = Object.keys(tagged.tags)[0];
		const byTag = await call('GET', `/orders?tag=${encodeURIComponent(title)}`);
		expect(byTag.json.length).toBeGreaterThan(0);
		expect(byTag.json.every((o: { tags: object }) => title in o.tags)).toBe(true);
		const withRef = orders.find((o) => o.reference)!;
		const byRef = await call('GET', `/orders?reference=${withRef.reference}`);
		expect(byRef.json.map((o: { idorder: number }) => o.idorder)).toEqual([withRef.idorder]);
	});
});

describe('Picqer picklists and other resources', () => {
	it('picks, assigns, snoozes and creates shipments', async () => {
		const picklist = sandbox.picqer.data().picklists.rows.find((p) => p.status === 'new')!;
		const path = `/picklists/${picklist.idpicklist}`;
		const item = picklist.products[0];
		const picked = await call('POST', `${path}/pick`, {
			product: item.productcode,
			amount: item.amount,
		});
		expect(picked.json.products[0].amount_picked).toBe(item.amount);
		expect(
			(await call('POST', `${path}/pick`, { product: item.productcode, amount: 1 })).json
				.error_code,
		).toBe(17);
		const user = sandbox.picqer.data().users.rows[2];
		expect(
			(await call('POST', `${path}/assign`, { iduser: user.iduser })).json.assigned_to_iduser,
		).toBe(user.iduser);
		const methods = await call('GET', `${path}/shippingmethods`);
		// The attribute's name on picklists is not the parameter's: it is refused.
		const misnamed = await call('POST', `${path}/shipments`, {
			idshippingprovider_profile: methods.json[0].idshippingprovider_profile,
			weight: 500,
		});
		expect(misnamed.status).toBe(400);
		expect(misnamed.json.error_message).toBe('Unknown field: idshippingprovider_profile');
		const shipment = await call('POST', `${path}/shipments?return=shipment`, {
			idshippingprofile: methods.json[0].idshippingprovider_profile,
			weight: 500,
		});
		expect(shipment.status).toBe(201);
		expect(shipment.json.trackingcode).toEqual(expect.any(String));
		expect((await call('GET', `${path}/shipments`)).json).toHaveLength(1);
	});

	it('serves purchase orders, receipts, returns and lookups', async () => {
		const po = await call('POST', '/purchaseorders', {
			idsupplier: sandbox.picqer.data().suppliers.rows[0].idsupplier,
			products: [{ idproduct: sandbox.picqer.data().products.rows[0].idproduct, amount: 12 }],
		});
		expect(po.status).toBe(201);
		expect(po.json.status).toBe('concept');
		expect(
			(await call('POST', `/purchaseorders/${po.json.idpurchaseorder}/mark-as-purchased`)).json
				.status,
		).toBe('purchased');
		expect((await call('GET', '/receipts')).json.length).toBeGreaterThan(0);
		const ret = sandbox.picqer.data().returns.rows[0];
		const done = sandbox.picqer.data().returnStatuses.rows.find((s) => s.status === 'completed')!;
		expect(
			(
				await call('POST', `/returns/${ret.idreturn}/logs`, {
					idreturn_status: done.idreturn_status,
				})
			).status,
		).toBe(201);
		expect((await call('GET', `/returns/${ret.idreturn}`)).json.idreturn_status).toBe(
			done.idreturn_status,
		);
		for (const path of [
			'/return_statuses',
			'/return_reasons',
			'/vatgroups',
			'/templates',
			'/warehouses',
			'/users',
		]) {
			const reply = await call('GET', path);
			expect(reply.status).toBe(200);
			expect(reply.json.length).toBeGreaterThan(0);
		}
	});

	it('adds and removes tags and comments', async () => {
		const customer = sandbox.picqer.data().customers.rows[5];
		const tag = sandbox.picqer.data().tags.rows.at(-1)!;
		expect(
			(await call('POST', `/customers/${customer.idcustomer}/tags`, { idtag: tag.idtag })).status,
		).toBe(201);
		expect((await call('GET', `/customers/${customer.idcustomer}/tags`)).json).toContainEqual(tag);
		expect(
			(await call('DELETE', `/customers/${customer.idcustomer}/tags/${tag.idtag}`)).status,
		).toBe(204);
		const comment = await call('POST', `/customers/${customer.idcustomer}/comments`, {
			body: 'Hello',
		});
		expect(comment.status).toBe(201);
		expect((await call('GET', `/comments/${comment.json.idcomment}`)).json.body).toBe('Hello');
	});
});
