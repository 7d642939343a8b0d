import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.picqer.data();
const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });

const history = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'stockHistory',
	operation,
	...extra,
});

describe('Picqer stock history', () => {
	it('gets one entry by ID', async () => {
		const entry = data().stockhistory.rows[3];
		const out = await runPicqer(
			sandbox,
			history('get', { stockHistoryId: String(entry.idproduct_stock_history) }),
		);
		expect(out[0].json).toEqual(entry);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(sandbox.received.last()?.path).toBe(`/stockhistory/${entry.idproduct_stock_history}`);
	});

	it('refuses a non-numeric ID before sending anything', async () => {
		const run = runPicqer(sandbox, history('get', { stockHistoryId: '12?x=1' }));
		await expect(run).rejects.toThrow('"Stock History ID" must be a numeric ID, got "12?x=1"');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('pages through the whole history with Return All', async () => {
		const out = await runPicqer(sandbox, history('getAll', { returnAll: true }));
		const total = data().stockhistory.size;
		expect(out).toHaveLength(total);
		const pages = sandbox.received.filter({ method: 'GET', path: '/stockhistory' });
		expect(pages).toHaveLength(Math.floor(total / 100) + 1);
	});

	it('sends product, warehouse, user and date filters in Picqer form', async () => {
		const sample = data().stockhistory.rows[0];
		const out = await runPicqer(
			sandbox,
			history('getAll', {
				returnAll: true,
				filters: {
					idproduct: String(sample.idproduct),
					idwarehouse: sample.idwarehouse,
					iduser: sample.iduser,
					sincedate: '2024-01-01T00:00:00',
				},
			}),
		);
		expect(sandbox.received.last()?.query).toEqual({
			idproduct: String(sample.idproduct),
			idwarehouse: String(sample.idwarehouse),
			iduser: String(sample.iduser),
			sincedate: '2024-01-01 00:00:00',
			offset: '0',
		});
		expect(out.length).toBeGreaterThan(0);
		for (const row of jsonOf(out)) {
			expect(row).toMatchObject({
				idproduct: sample.idproduct,
				idwarehouse: sample.idwarehouse,
				iduser: sample.iduser,
			});
		}
	});

	it('refuses a product filter that is not an ID', async () => {
		const run = runPicqer(sandbox, history('getAll', { filters: { idproduct: 'MUG-01' } }));
		await expect(run).rejects.toThrow('"Product ID" must be a numeric ID, got "MUG-01"');
		expect(picqerRequests()).toHaveLength(0);
	});

	it('sends the until date, and keeps only the changes up to it', async () => {
		const until = String(data().stockhistory.rows[5].changed_at);
		const out = await runPicqer(
			sandbox,
			history('getAll', { returnAll: true, filters: { untildate: until.replace(' ', 'T') } }),
		);
		expect(sandbox.received.last()?.query).toEqual({ untildate: until, offset: '0' });
		expect(out.length).toBeGreaterThan(0);
		expect(jsonOf(out).every((row) => String(row.changed_at) <= until)).toBe(true);
	});
});
