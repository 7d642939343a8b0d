import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const batch = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'picklistBatch',
	operation,
	...extra,
});

/** Open picklists of the main warehouse, not in a batch yet. */
const openPicklists = () =>
	sandbox.picqer
		.data()
		.picklists.rows.filter(
			(p) => p.status === 'new' && p.idwarehouse === 18 && p.idpicklist_batch === null,
		);

describe('Picqer picklist batch', () => {
	it('creates a batch from picklists, adds and removes one, and assigns it', async () => {
		const [a, b, c] = openPicklists();
		const [created] = jsonOf(
			await runPicqer(
				sandbox,
				batch('create', { picklistIds: `${a.idpicklist}, ${b.idpicklist}` }),
			),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: '/picklists/batches',
			body: { idpicklists: [a.idpicklist, b.idpicklist] },
		});
		expect(created).toMatchObject({ status: 'open', total_picklists: 2 });
		const id = String(created.idpicklist_batch);

		const added = await runPicqer(
			sandbox,
			batch('addPicklist', { batchId: id, picklistId: String(c.idpicklist) }),
		);
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/picklists/batches/${id}/picklists`,
			body: { idpicklist: c.idpicklist },
		});
		expect(added[0].json.total_picklists).toBe(3);

		const removed = await runPicqer(
			sandbox,
			batch('removePicklist', { batchId: id, picklistId: String(a.idpicklist) }),
		);
		expect(sandbox.received.last({ method: 'DELETE' })?.path).toBe(
			`/picklists/batches/${id}/picklists/${a.idpicklist}`,
		);
		expect(removed[0].json).toEqual({ success: true });

		const user = sandbox.picqer.data().users.rows[2];
		await runPicqer(sandbox, batch('assign', { batchId: id, userId: user.iduser }));
		expect(sandbox.received.last({ method: 'POST' })).toMatchObject({
			path: `/picklists/batches/${id}/assign`,
			body: { iduser: user.iduser },
		});

		const [one] = jsonOf(await runPicqer(sandbox, batch('get', { batchId: id })));
		expect(one).toMatchObject({ total_picklists: 2, assigned_to: { iduser: user.iduser } });
		expect((one.picklists as { idpicklist: number }[]).map((p) => p.idpicklist)).toEqual([
			b.idpicklist,
			c.idpicklist,
		]);

		const listed = jsonOf(
			await runPicqer(
				sandbox,
				batch('getAll', {
					returnAll: true,
					filters: { assigned_to_iduser: user.iduser, status: 'open' },
				}),
			),
		);
		expect(listed.map((x) => x.idpicklist_batch)).toEqual([created.idpicklist_batch]);
		expect(sandbox.received.last({ method: 'GET', path: '/picklists/batches' })?.query).toEqual({
			assigned_to_iduser: String(user.iduser),
			status: 'open',
			offset: '0',
		});
	});

	it('outputs the batch PDF as a file, with the documents asked for', async () => {
		const [a] = openPicklists();
		const [created] = jsonOf(
			await runPicqer(sandbox, batch('create', { picklistIds: String(a.idpicklist) })),
		);
		const id = String(created.idpicklist_batch);
		const [item] = await runPicqer(
			sandbox,
			batch('getPdf', { batchId: id, includePicklists: true, includePackinglists: true }),
		);
		expect(sandbox.received.last({ method: 'GET' })).toMatchObject({
			path: `/picklists/batches/${id}/pdf`,
			query: { includePicklists: 'true', includePackinglists: 'true' },
		});
		expect(item.binary!.data).toMatchObject({
			fileName: `picklist-batch-${id}.pdf`,
			mimeType: 'application/pdf',
		});
		const text = Buffer.from(item.binary!.data.data, 'base64').toString('latin1');
		expect(text.startsWith('%PDF-1.4')).toBe(true);
		expect(text).toContain(`Packing list ${a.picklistid}`);

		await runPicqer(sandbox, batch('getPdf', { batchId: id }));
		expect(sandbox.received.last({ method: 'GET' })?.query).toEqual({});
	});

	it('refuses picklist IDs that are not numbers, naming the field, before sending', async () => {
		await expect(
			runPicqer(sandbox, batch('create', { picklistIds: '300001, P2024-1' })),
		).rejects.toThrow('"Picklist IDs" must be numeric IDs separated by commas');
		await expect(runPicqer(sandbox, batch('get', { batchId: '1/pdf' }))).rejects.toThrow(
			'"Picklist Batch ID" must be a numeric ID',
		);
		expect(sandbox.received.count({ vendor: 'picqer' })).toBe(0);
	});
});
