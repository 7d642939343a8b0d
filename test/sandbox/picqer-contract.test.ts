import { PICQER_DEMO_KEY, PICQER_MOUNT } from '../../sandbox/picqer';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { basicAuth, picqer } from './helpers';

let sandbox: Sandbox;
let call: ReturnType<typeof picqer>;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
	call = picqer(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

const data = () => sandbox.picqer.data();

/** The bytes of a Picqer document endpoint. */
async function pdfAt(path: string) {
	const response = await fetch(`${sandbox.url}${PICQER_MOUNT}${path}`, {
		headers: { authorization: basicAuth(PICQER_DEMO_KEY), 'user-agent': 'SandboxTests' },
	});
	return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Checks the PDF's structure: header, every cross-reference offset at its object, trailer. */
function expectValidPdf(bytes: Buffer, text: string) {
	const body = bytes.toString('latin1');
	expect(body.startsWith('%PDF-1.4\n')).toBe(true);
	expect(body.trimEnd().endsWith('%%EOF')).toBe(true);
	const xref = Number(/startxref\n(\d+)\n/.exec(body)?.[1]);
	expect(body.slice(xref, xref + 4)).toBe('xref');
	const entries = body.slice(xref).split('\n').slice(3, 8);
	entries.forEach((entry, i) => {
		const offset = Number(entry.slice(0, 10));
		expect(body.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
	});
	const stream = /\/Length (\d+) >>\nstream\n/.exec(body)!;
	const start = stream.index + stream[0].length;
	expect(body.slice(start + Number(stream[1]), start + Number(stream[1]) + 10)).toBe('\nendstream');
	expect(body).toContain(text);
}

describe('Picqer simulator refuses what it does not know', () => {
	it('answers an unknown query parameter with 400 and Picqer’s error body', async () => {
		const reply = await call('GET', '/orders?idorders=1');
		expect(reply.status).toBe(400);
		expect(reply.json).toEqual({
			error: true,
			error_code: 1,
			error_message: 'Unknown query parameter: idorders',
		});
		expect((await call('GET', '/picklists?idorder=1')).status).toBe(400);
		expect((await call('GET', '/products?barcode=1')).status).toBe(400);
		expect((await call('GET', '/suppliers?search=x')).status).toBe(400);
		expect((await call('GET', '/orders?status=processing&offset=0')).status).toBe(200);
	});

	it('answers an unknown body field, also inside a product line, with 400', async () => {
		const misspelt = await call('POST', '/customers', { name: 'Acme', emailadress: 'a@b.c' });
		expect(misspelt.status).toBe(400);
		expect(misspelt.json.error_message).toBe('Unknown field: emailadress');
		const idproduct = data().products.rows[0].idproduct;
		const line = await call('POST', '/orders', { products: [{ idproduct, amount: 1, qty: 1 }] });
		expect(line.status).toBe(400);
		expect(line.json.error_message).toBe('Unknown field in products: qty');
		// A field Picqer documents is taken (remarks, per picqer.com/en/api/customers).
		expect((await call('POST', '/customers', { name: 'Acme', remarks: 'VIP' })).status).toBe(201);
	});

	it('needs what Picqer marks required: tags all three, returns status and template', async () => {
		const tag = await call('POST', '/tags', { title: 'Fragile' });
		expect(tag.json).toEqual({
			error: true,
			error_code: 5,
			error_message: 'Missing required fields: color, inherit',
		});
		const order = data().orders.rows.find((o) => o.status === 'completed')!;
		const ret = await call('POST', '/returns', {
			idorder: order.idorder,
			idreturn_status: data().returnStatuses.rows[0].idreturn_status,
			idtemplate: data().templates.rows[0].idtemplate,
			returned_products: [{ idproduct: order.products[0].idproduct, amount: 1 }],
		});
		expect(ret.status).toBe(400);
		expect(ret.json.error_message).toBe('Every returned product needs idreturn_reason, price');
	});

	it('takes plain dates only where Picqer documents yyyy-mm-dd', async () => {
		const order = data().orders.rows.find((o) => o.status === 'concept')!;
		const timed = await call('PUT', `/orders/${order.idorder}`, {
			preferred_delivery_date: '2030-05-01 00:00:00',
		});
		expect(timed.status).toBe(400);
		expect(timed.json.error_message).toMatch(/yyyy-mm-dd/);
		const dated = await call('PUT', `/orders/${order.idorder}`, {
			preferred_delivery_date: '2030-05-01',
		});
		expect(dated.json.preferred_delivery_date).toBe('2030-05-01');
	});

	it('answers a supplier create with 200, as Picqer documents for that endpoint', async () => {
		const created = await call('POST', '/suppliers', { name: 'Acme' });
		expect(created.status).toBe(200);
		expect(created.json).toMatchObject({ name: 'Acme', active: true });
	});
});

describe('Picqer simulator documents, batches, stock moves and receiving', () => {
	it('serves picklist, packing list and batch PDFs as real PDF bytes', async () => {
		const picklist = data().picklists.rows.find((p) => p.status === 'new')!;
		for (const suffix of ['picklistpdf', 'packinglistpdf']) {
			const { response, bytes } = await pdfAt(`/picklists/${picklist.idpicklist}/${suffix}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/pdf');
			expectValidPdf(bytes, picklist.picklistid);
		}
		const batch = await call('POST', '/picklists/batches', { idpicklists: [picklist.idpicklist] });
		expect(batch.status).toBe(201);
		const { bytes } = await pdfAt(
			`/picklists/batches/${batch.json.idpicklist_batch}/pdf?includePicklists=true`,
		);
		expectValidPdf(bytes, `Picklist batch ${batch.json.picklist_batchid}`);
		expect(bytes.toString('latin1')).toContain(picklist.products[0].productcode);
	});

	it('keeps a batch’s picklists, counts and assignee', async () => {
		const open = data().picklists.rows.filter((p) => p.status === 'new' && p.idwarehouse === 18);
		const [a, b] = open;
		const batch = await call('POST', '/picklists/batches', { idpicklists: [a.idpicklist] });
		const id = batch.json.idpicklist_batch;
		expect(batch.json).toMatchObject({ status: 'open', total_picklists: 1, idwarehouse: 18 });
		const added = await call('POST', `/picklists/batches/${id}/picklists`, {
			idpicklist: b.idpicklist,
		});
		expect(added.json.total_picklists).toBe(2);
		expect(b.idpicklist_batch).toBe(id);
		const twice = await call('POST', '/picklists/batches', { idpicklists: [b.idpicklist] });
		expect(twice.status).toBe(400);
		const user = data().users.rows[1];
		const assigned = await call('POST', `/picklists/batches/${id}/assign`, { iduser: user.iduser });
		expect(assigned.json.assigned_to).toMatchObject({ iduser: user.iduser });
		expect(
			(await call('GET', `/picklists/batches?assigned_to_iduser=${user.iduser}`)).json.map(
				(x: { idpicklist_batch: number }) => x.idpicklist_batch,
			),
		).toEqual([id]);
		expect(
			(await call('DELETE', `/picklists/batches/${id}/picklists/${a.idpicklist}`)).status,
		).toBe(204);
		expect((await call('GET', `/picklists/batches/${id}`)).json).toMatchObject({
			total_picklists: 1,
			picklists: [expect.objectContaining({ idpicklist: b.idpicklist })],
		});
		expect((await call('GET', `/picklists?idpicklist_batch=${id}`)).json).toHaveLength(1);
	});

	it('moves stock between two locations of one warehouse', async () => {
		const product = data().products.rows.find((p) => p.stock.some((s) => s.stock >= 3))!;
		const entry = product.stock.find((s) => s.stock >= 3)!;
		const [from, to] = data().locations.rows.filter((l) => l.idwarehouse === entry.idwarehouse);
		const path = `/products/${product.idproduct}/stock/${entry.idwarehouse}/move`;
		const moved = await call('POST', path, {
			from_idlocation: from.idlocation,
			to_idlocation: to.idlocation,
			amount: 2,
		});
		expect(moved.status).toBe(200);
		expect(moved.json).toMatchObject({ amount: 2, to_idlocation: to.idlocation });
		expect(entry.stock).toBeGreaterThanOrEqual(3);
		expect(
			(await call('POST', path, { from_idlocation: from.idlocation })).json.error_message,
		).toBe('Missing required fields: to_idlocation, amount');
	});
});
