import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const picklist = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'picklist',
	operation,
	...extra,
});

/** An open picklist of the seed, with a product line that still has something to pick. */
function openPicklist() {
	const found = sandbox.picqer
		.data()
		.picklists.rows.find(
			(p) => p.status === 'new' && p.products.some((line) => line.amount - line.amount_picked >= 1),
		);
	if (!found) throw new Error('The seed has no open picklist');
	return found;
}

/** A product with free stock in the main warehouse, so processing an order makes a picklist. */
function productInStock() {
	const data = sandbox.picqer.data();
	const warehouse = data.warehouses.rows[0].idwarehouse;
	const product = data.products.rows.find(
		(p) =>
			p.type === 'normal' && p.stock.some((s) => s.idwarehouse === warehouse && s.freestock >= 5),
	);
	if (!product) throw new Error('The seed has no product in stock');
	return product;
}

describe('Picqer picklist', () => {
	it('gets many with filters as query parameters and stops at the limit', async () => {
		const out = await runPicqer(
			sandbox,
			picklist('getAll', {
				returnAll: false,
				limit: 5,
				filters: { status: 'closed', sincedate: '2020-01-01T00:00:00' },
			}),
		);
		expect(out).toHaveLength(5);
		expect(jsonOf(out).every((p) => p.status === 'closed')).toBe(true);
		const request = sandbox.received.last({ method: 'GET', path: '/picklists' });
		expect(request?.query).toMatchObject({
			status: 'closed',
			sincedate: '2020-01-01 00:00:00',
			offset: '0',
		});
		expect(sandbox.received.count({ method: 'GET', path: '/picklists' })).toBe(1);
		expect(out.map((item) => item.pairedItem)).toEqual(Array(5).fill({ item: 0 }));
	});

	it('returns every picklist of the seed with Return All', async () => {
		const total = sandbox.picqer.data().picklists.size;
		const out = await runPicqer(sandbox, picklist('getAll', { returnAll: true }));
		expect(out).toHaveLength(total);
		expect(sandbox.received.count({ method: 'GET', path: '/picklists' })).toBe(
			Math.floor(total / 100) + 1,
		);
	});

	it('picks a product by ID and by product code, sending product and amount', async () => {
		const open = openPicklist();
		const line = open.products.find((l) => l.amount - l.amount_picked >= 1)!;
		const before = line.amount_picked;
		const out = await runPicqer(
			sandbox,
			picklist('pick', {
				picklistId: String(open.idpicklist),
				product: { __rl: true, mode: 'id', value: String(line.idproduct) },
				amount: 1,
			}),
		);
		expect(out[0].json.idpicklist).toBe(open.idpicklist);
		const request = sandbox.received.last({ method: 'POST' });
		expect(request?.path).toBe(`/picklists/${open.idpicklist}/pick`);
		expect(request?.body).toEqual({ product: line.idproduct, amount: 1 });
		expect(line.amount_picked).toBe(before + 1);

		if (line.amount - line.amount_picked >= 1) {
			await runPicqer(
				sandbox,
				picklist('pick', {
					picklistId: String(open.idpicklist),
					product: { __rl: true, mode: 'code', value: line.productcode },
					amount: 1,
				}),
			);
			expect(sandbox.received.last({ method: 'POST' })?.body).toEqual({
				product: line.productcode,
				amount: 1,
			});
		}
	});

	it('surfaces Picqer’s error when picking more than is left', async () => {
		const open = openPicklist();
		const line = open.products[0];
		const run = runPicqer(
			sandbox,
			picklist('pick', {
				picklistId: String(open.idpicklist),
				product: { __rl: true, mode: 'id', value: String(line.idproduct) },
				amount: line.amount + 1,
			}),
		);
		await expect(run).rejects.toMatchObject({
			message: expect.stringMatching(/^Picqer: Cannot pick/),
			httpCode: '400',
		});
	});

	it('assigns to a user, unassigns, and snoozes until a Picqer date', async () => {
		const open = openPicklist();
		const user = sandbox.picqer.data().users.rows[1];
		await runPicqer(
			sandbox,
			picklist('assign', { picklistId: String(open.idpicklist), userId: user.iduser }),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/picklists/${open.idpicklist}/assign`,
			body: { iduser: user.iduser },
		});
		expect(open.assigned_to_iduser).toBe(user.iduser);

		await runPicqer(sandbox, picklist('unassign', { picklistId: String(open.idpicklist) }));
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe(
			`/picklists/${open.idpicklist}/unassign`,
		);
		expect(open.assigned_to_iduser).toBeNull();

		const out = await runPicqer(
			sandbox,
			picklist('snooze', {
				picklistId: String(open.idpicklist),
				snoozeUntil: '2030-05-01T08:30:00.000Z',
			}),
		);
		expect(sandbox.received.last({ method: 'POST' })?.body).toEqual({
			snooze_until: '2030-05-01 08:30:00',
		});
		expect(out[0].json.status).toBe('snoozed');
	});

	it('creates a shipment with the chosen profile and weight, then lists it', async () => {
		const open = openPicklist();
		const profile = (
			sandbox.picqer.data().shippingproviders.rows[1].profiles as {
				idshippingprovider_profile: number;
			}[]
		)[0];
		const methods = await runPicqer(
			sandbox,
			picklist('getShippingMethods', { picklistId: String(open.idpicklist) }),
		);
		expect(jsonOf(methods).map((m) => m.idshippingprovider_profile)).toContain(
			profile.idshippingprovider_profile,
		);

		const created = await runPicqer(
			sandbox,
			picklist('createShipment', {
				picklistId: String(open.idpicklist),
				shippingProfileId: profile.idshippingprovider_profile,
				weight: 1250,
				shipmentFields: { idpackaging: '7' },
			}),
		);
		const request = sandbox.received.last({ method: 'POST' });
		expect(request).toMatchObject({
			path: `/picklists/${open.idpicklist}/shipments`,
			query: { return: 'shipment' },
		});
		expect(request?.body).toEqual({
			idshippingprofile: profile.idshippingprovider_profile,
			weight: 1250,
			idpackaging: 7,
		});
		// ?return=shipment: the shipment itself comes back, not the picklist.
		expect(created[0].json).toMatchObject({
			idpicklist: open.idpicklist,
			idshippingprovider_profile: profile.idshippingprovider_profile,
			weight: 1250,
		});
		expect(created[0].json.idshipment).toEqual(expect.any(Number));

		const listed = await runPicqer(
			sandbox,
			picklist('getShipments', { picklistId: String(open.idpicklist) }),
		);
		expect(jsonOf(listed).map((s) => s.idshipment)).toEqual([created[0].json.idshipment]);
	});

	it('needs a shipping profile and a weight before anything is sent', async () => {
		const open = openPicklist();
		await expect(
			runPicqer(sandbox, picklist('createShipment', { picklistId: String(open.idpicklist) })),
		).rejects.toThrow('"Shipping Profile Name or ID" is empty or not a valid ID');
		await expect(
			runPicqer(
				sandbox,
				picklist('createShipment', {
					picklistId: String(open.idpicklist),
					shippingProfileId: 1,
					weight: 0,
				}),
			),
		).rejects.toThrow('"Weight" must be a whole number of at least 1');
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});

	it('cancels a shipment within five minutes, and Picqer refuses it later', async () => {
		const open = openPicklist();
		const profile = (
			sandbox.picqer.data().shippingproviders.rows[0].profiles as {
				idshippingprovider_profile: number;
			}[]
		)[0];
		const [shipment] = jsonOf(
			await runPicqer(
				sandbox,
				picklist('createShipment', {
					picklistId: String(open.idpicklist),
					shippingProfileId: profile.idshippingprovider_profile,
					weight: 800,
				}),
			),
		);
		const cancel = { picklistId: String(open.idpicklist), shipmentId: String(shipment.idshipment) };
		const out = await runPicqer(sandbox, picklist('cancelShipment', cancel));
		expect(sandbox.received.last({ method: 'DELETE' })?.path).toBe(
			`/picklists/${open.idpicklist}/shipments/${String(shipment.idshipment)}`,
		);
		expect(out[0].json).toEqual({ success: true });
		expect(sandbox.picqer.data().shipments.get(Number(shipment.idshipment))?.cancelled).toBe(true);

		const [second] = jsonOf(
			await runPicqer(
				sandbox,
				picklist('createShipment', {
					picklistId: String(open.idpicklist),
					shippingProfileId: profile.idshippingprovider_profile,
					weight: 800,
				}),
			),
		);
		sandbox.picqer.data().shipments.get(Number(second.idshipment))!.created = '2020-01-01 00:00:00';
		await expect(
			runPicqer(
				sandbox,
				picklist('cancelShipment', { ...cancel, shipmentId: String(second.idshipment) }),
			),
		).rejects.toMatchObject({
			message: expect.stringMatching(/within 5 minutes/),
			httpCode: '400',
		});
	});

	it('pauses with a reason, resumes and updates a picklist', async () => {
		const open = openPicklist();
		const id = String(open.idpicklist);
		const paused = await runPicqer(
			sandbox,
			picklist('pause', { picklistId: id, reason: 'Damaged box' }),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/picklists/${id}/pause`,
			body: { reason: 'Damaged box' },
		});
		expect(paused[0].json).toMatchObject({ status: 'paused', paused_reason: 'Damaged box' });
		await expect(runPicqer(sandbox, picklist('pause', { picklistId: id }))).rejects.toThrow(
			'"Reason" is required',
		);

		const resumed = await runPicqer(sandbox, picklist('resume', { picklistId: id }));
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe(`/picklists/${id}/resume`);
		expect(resumed[0].json.status).toBe('new');

		const profile = (
			sandbox.picqer.data().shippingproviders.rows[0].profiles as {
				idshippingprovider_profile: number;
			}[]
		)[0];
		const updated = await runPicqer(
			sandbox,
			picklist('update', {
				picklistId: id,
				updateFields: {
					urgent: true,
					idshippingprovider_profile: String(profile.idshippingprovider_profile),
				},
			}),
		);
		expect(sandbox.received.last({ method: 'PUT' })).toMatchObject({
			path: `/picklists/${id}`,
			body: { urgent: true, idshippingprovider_profile: profile.idshippingprovider_profile },
		});
		expect(updated[0].json).toMatchObject({
			urgent: true,
			idshippingprovider_profile: profile.idshippingprovider_profile,
		});
	});

	it('outputs the picklist and packing list PDFs as binary files', async () => {
		const open = openPicklist();
		const id = String(open.idpicklist);
		for (const [operation, suffix, name] of [
			['getPdf', 'picklistpdf', `picklist-${id}.pdf`],
			['getPackingListPdf', 'packinglistpdf', `packinglist-${id}.pdf`],
		]) {
			const [item] = await runPicqer(
				sandbox,
				picklist(operation, { picklistId: id, binaryPropertyName: 'document' }),
			);
			expect(sandbox.received.last({ method: 'GET' })?.path).toBe(`/picklists/${id}/${suffix}`);
			const file = item.binary!.document;
			expect(file).toMatchObject({
				fileName: name,
				mimeType: 'application/pdf',
				fileExtension: 'pdf',
			});
			const bytes = Buffer.from(file.data, 'base64');
			expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
			expect(bytes.toString('latin1')).toContain(open.picklistid);
			expect(item.json).toEqual({
				fileName: name,
				mimeType: 'application/pdf',
				fileSize: bytes.length,
			});
			expect(item.pairedItem).toEqual({ item: 0 });
		}
	});

	it('refuses a non-numeric picklist ID before any request', async () => {
		const run = runPicqer(sandbox, picklist('close', { picklistId: '12/../../orders' }));
		await expect(run).rejects.toThrow('"Picklist ID" must be a numeric ID');
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});

	it('refuses a non-numeric user and a fractional amount, naming the field', async () => {
		const open = openPicklist();
		await expect(
			runPicqer(
				sandbox,
				picklist('assign', { picklistId: String(open.idpicklist), userId: 'bob' }),
			),
		).rejects.toThrow('"User Name or ID" must be a numeric ID');
		await expect(
			runPicqer(
				sandbox,
				picklist('pick', {
					picklistId: String(open.idpicklist),
					product: { __rl: true, mode: 'id', value: '1' },
					amount: 1.5,
				}),
			),
		).rejects.toThrow('"Amount" must be a whole number');
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});

	it('keeps going with continueOnFail and pairs every output with its item', async () => {
		const open = openPicklist();
		const out = await runPicqer(
			sandbox,
			(itemIndex) =>
				picklist('get', { picklistId: itemIndex === 1 ? 'abc' : String(open.idpicklist) }),
			{ items: [{ json: {} }, { json: {} }], continueOnFail: true },
		);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.idpicklist).toBe(open.idpicklist);
		expect(out[1].json.error).toContain('"Picklist ID" must be a numeric ID');
	});

	it('runs an order through: create, process, its picklist appears, pick all, close', async () => {
		const product = productInStock();
		const [order] = jsonOf(
			await runPicqer(sandbox, {
				resource: 'order',
				operation: 'create',
				customerId: { __rl: true, mode: 'list', value: '' },
				products: { product: [{ idproduct: String(product.idproduct), amount: 2 }] },
			}),
		);
		expect(order.status).toBe('concept');
		const idorder = String(order.idorder);

		const newest = Math.max(...sandbox.picqer.data().picklists.rows.map((p) => p.idpicklist));
		await runPicqer(sandbox, { resource: 'order', operation: 'process', orderId: idorder });

		const found = jsonOf(
			await runPicqer(
				sandbox,
				picklist('getAll', {
					returnAll: true,
					filters: { sinceid: String(newest), status: 'new' },
				}),
			),
		);
		expect(found).toHaveLength(1);
		expect(found[0].idorder).toBe(order.idorder);
		expect(sandbox.received.last({ method: 'GET', path: '/picklists' })?.query).toMatchObject({
			sinceid: String(newest),
			status: 'new',
		});
		const idpicklist = String(found[0].idpicklist);

		const picked = await runPicqer(sandbox, picklist('pickAll', { picklistId: idpicklist }));
		expect(picked[0].json.totalpicked).toBe(2);

		const closed = await runPicqer(sandbox, picklist('close', { picklistId: idpicklist }));
		expect(closed[0].json.status).toBe('closed');

		const finished = await runPicqer(sandbox, {
			resource: 'order',
			operation: 'get',
			orderId: idorder,
		});
		expect(finished[0].json.status).toBe('completed');
		expect(
			sandbox.received.filter({ vendor: 'picqer', method: 'POST' }).map((r) => r.path),
		).toEqual([
			'/orders',
			`/orders/${idorder}/process`,
			`/picklists/${idpicklist}/pickall`,
			`/picklists/${idpicklist}/close`,
		]);
	});

	it('cancels an open picklist', async () => {
		const open = openPicklist();
		const out = await runPicqer(
			sandbox,
			picklist('cancel', { picklistId: String(open.idpicklist) }),
		);
		expect(sandbox.received.last({ method: 'POST' })?.path).toBe(
			`/picklists/${open.idpicklist}/cancel`,
		);
		expect(out[0].json.status).toBe('cancelled');
	});
});
