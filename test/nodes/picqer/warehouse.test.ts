import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.picqer.data();
const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });

describe('Picqer warehouse', () => {
	it('gets a warehouse chosen from the dropdown', async () => {
		const warehouse = data().warehouses.rows[1];
		const out = await runPicqer(sandbox, {
			resource: 'warehouse',
			operation: 'get',
			warehouseId: warehouse.idwarehouse as number,
		});
		expect(out).toHaveLength(1);
		expect(out[0].json).toEqual(warehouse);
		expect(sandbox.received.last()).toMatchObject({
			method: 'GET',
			path: `/warehouses/${warehouse.idwarehouse}`,
		});
	});

	it('gets many warehouses up to the limit', async () => {
		const out = await runPicqer(sandbox, { resource: 'warehouse', operation: 'getAll', limit: 2 });
		expect(jsonOf(out).map((w) => w.idwarehouse)).toEqual(
			data()
				.warehouses.rows.slice(0, 2)
				.map((w) => w.idwarehouse),
		);
		expect(sandbox.received.last()?.query).toEqual({ offset: '0' });
	});

	it('returns every warehouse with one request when they fit on a page', async () => {
		const out = await runPicqer(sandbox, {
			resource: 'warehouse',
			operation: 'getAll',
			returnAll: true,
		});
		expect(out).toHaveLength(data().warehouses.size);
		expect(sandbox.received.count({ path: '/warehouses' })).toBe(1);
		expect(out.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('pairs an unknown warehouse error with its item under continueOnFail', async () => {
		const known = data().warehouses.rows[0].idwarehouse as number;
		const out = await runPicqer(
			sandbox,
			(itemIndex) => ({
				resource: 'warehouse',
				operation: 'get',
				warehouseId: itemIndex === 0 ? 999 : known,
			}),
			{ items: [{ json: {} }, { json: {} }], continueOnFail: true },
		);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json).toMatchObject({ httpCode: '404' });
		expect(out[1].json.idwarehouse).toBe(known);
	});

	it('refuses a warehouse name typed where an ID belongs', async () => {
		const run = runPicqer(sandbox, {
			resource: 'warehouse',
			operation: 'get',
			warehouseId: 'Main warehouse',
		});
		await expect(run).rejects.toThrow('"Warehouse Name or ID" must be a numeric ID');
		expect(picqerRequests()).toHaveLength(0);
	});
});
