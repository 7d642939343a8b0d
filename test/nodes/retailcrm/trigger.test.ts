import type { IDataObject } from 'n8n-workflow';

import { MAX_CHANGES_PER_POLL } from '../../../nodes/RetailCrm/retailCrmHistory';
import { RetailCrmTrigger } from '../../../nodes/RetailCrm/RetailCrmTrigger.node';
import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_OTHER_KEY,
	RETAILCRM_SITE_MAIN,
} from '../../../sandbox/retailcrm/keys';
import { startSandbox } from '../../../sandbox/server';
import type { Sandbox } from '../../../sandbox/server';
import type { ContextOptions } from '../../helpers/n8nContext';
import { pollContext, retailCrmCredentials, runRetailCrm } from './helpers';

let sandbox: Sandbox;
let staticData: IDataObject;
const trigger = new RetailCrmTrigger();

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => {
	sandbox.reset();
	staticData = {};
});

const runPoll = async (
	parameters: IDataObject,
	mode: 'manual' | 'trigger' = 'trigger',
	extra: Partial<ContextOptions> = {},
) => await trigger.poll.call(pollContext(sandbox, parameters as never, staticData, mode, extra));
const emitted = (result: Awaited<ReturnType<typeof runPoll>>) =>
	(result?.[0] ?? []).map((item) => item.json as IDataObject);
const received = (path: string | RegExp) => sandbox.received.filter({ vendor: 'retailcrm', path });

/** A status the order does not have yet, so setting it is a change. */
const otherStatus = (id: number) =>
	sandbox.retailcrm.data().orders.get(id)?.status === 'complete' ? 'new' : 'complete';

describe('RetailCRM Trigger', () => {
	it('starts from now: the first poll emits nothing and the next only what is new', async () => {
		expect(await runPoll({ event: 'orderCreated' })).toBeNull();
		expect(await runPoll({ event: 'orderCreated' })).toBeNull();

		const order = sandbox.retailcrm.createOrder(
			{ firstName: 'New', items: [{ offer: { id: 5001 }, quantity: 1 }] },
			RETAILCRM_SITE_MAIN,
		);
		const out = emitted(await runPoll({ event: 'orderCreated' }));
		expect(out.map((o) => o.id)).toEqual([order.id]);
		expect(out[0]).toMatchObject({ firstName: 'New', site: RETAILCRM_SITE_MAIN });
		expect((out[0].changes as IDataObject[]).length).toBeGreaterThan(1);
		expect(await runPoll({ event: 'orderCreated' })).toBeNull();
	});

	it('groups many field changes into one item per order, fetching each order once', async () => {
		await runPoll({ event: 'orderChanged' });
		sandbox.retailcrm.editOrder(1001, { firstName: 'A', lastName: 'B', managerComment: 'x' });
		sandbox.retailcrm.editOrder(1002, { firstName: 'C' });
		const status = otherStatus(1001);
		sandbox.retailcrm.editOrder(1001, { status });
		sandbox.received.clear();

		const out = emitted(await runPoll({ event: 'orderChanged' }));
		expect(out.map((o) => o.id)).toEqual([1001, 1002]);
		expect(out[0].status).toBe(status);
		expect((out[0].changes as IDataObject[]).map((c) => c.field)).toEqual(
			expect.arrayContaining(['first_name', 'last_name', 'manager_comment', 'status']),
		);
		// One history read and one read of the two orders, however many fields changed.
		const lists = received('/api/v5/orders');
		expect(lists).toHaveLength(1);
		expect(lists[0].query['filter[ids][]']).toEqual(['1001', '1002']);
		expect(received(/^\/api\/v5\/orders\/\d+$/)).toHaveLength(0);
		expect(await runPoll({ event: 'orderChanged' })).toBeNull();
	});

	it('emits each status change once across runs, and no field change that is not a status', async () => {
		await runPoll({ event: 'orderStatusChanged' });
		sandbox.retailcrm.editOrder(1003, { managerComment: 'not a status' });
		expect(await runPoll({ event: 'orderStatusChanged' })).toBeNull();
		const status = otherStatus(1003);
		sandbox.retailcrm.editOrder(1003, { status });
		const first = emitted(await runPoll({ event: 'orderStatusChanged' }));
		expect(first.map((o) => [o.id, o.status])).toEqual([[1003, status]]);
		sandbox.retailcrm.editOrder(1004, { status: otherStatus(1004) });
		const second = emitted(await runPoll({ event: 'orderStatusChanged' }));
		expect(second.map((o) => o.id)).toEqual([1004]);
	});

	it("skips changes made with this credential's key by default, not another key's", async () => {
		await runPoll({ event: 'orderChanged' });
		sandbox.retailcrm.editOrder(
			1005,
			{ managerComment: 'by this key' },
			{ key: RETAILCRM_DEMO_KEY },
		);
		sandbox.retailcrm.editOrder(
			1006,
			{ managerComment: 'by another' },
			{ key: RETAILCRM_OTHER_KEY },
		);
		const out = emitted(await runPoll({ event: 'orderChanged' }));
		expect(out.map((o) => o.id)).toEqual([1006]);

		sandbox.retailcrm.editOrder(1005, { managerComment: 'again' }, { key: RETAILCRM_DEMO_KEY });
		const all = emitted(
			await runPoll({ event: 'orderChanged', options: { ignoreOwnChanges: false } }),
		);
		expect(all.map((o) => o.id)).toEqual([1005]);
	});

	it("does not echo the node's own writes", async () => {
		await runPoll({ event: 'orderChanged' });
		await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'update',
			by: 'id',
			orderId: '1007',
			updateFields: { managerComment: 'written by a workflow' },
		});
		expect(await runPoll({ event: 'orderChanged' })).toBeNull();
	});

	it('reports new and changed customers', async () => {
		await runPoll({ event: 'customerCreated' });
		const customer = sandbox.retailcrm.createCustomer(
			{ firstName: 'Cleo', email: 'cleo@example.com' },
			RETAILCRM_SITE_MAIN,
		);
		expect(emitted(await runPoll({ event: 'customerCreated' })).map((c) => c.id)).toEqual([
			customer.id,
		]);
		// The cursor belongs to the customer history, so switching the event keeps it.
		sandbox.retailcrm.editCustomer(customer.id as number, { lastName: 'Stone' });
		const changed = emitted(await runPoll({ event: 'customerChanged' }));
		expect(changed.map((c) => [c.id, c.lastName])).toEqual([[customer.id, 'Stone']]);
	});

	it('finds now with two small requests, without walking the pages of the history', async () => {
		sandbox.received.clear();
		expect(await runPoll({ event: 'orderChanged' })).toBeNull();
		const reads = received('/api/v5/orders/history');
		expect(reads.map((r) => r.query)).toEqual([
			{ limit: '20' },
			{ limit: '100', 'filter[startDate]': expect.stringMatching(/^\d{4}-/) },
		]);
		// The seeded history is long, so the cursor is the account's clock at the first run.
		expect(JSON.stringify(staticData)).toMatch(/"startDate":"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"/);

		sandbox.retailcrm.editOrder(1011, { managerComment: 'after the start' });
		sandbox.received.clear();
		expect(emitted(await runPoll({ event: 'orderChanged' })).map((o) => o.id)).toEqual([1011]);
		const [next] = received('/api/v5/orders/history');
		expect(next.query['filter[startDate]']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
		expect(next.query.page).toBeUndefined();
	});

	it('walks a backlog by moving filter[sinceId], never with page, and reads each change once', async () => {
		await runPoll({ event: 'orderChanged' });
		for (let id = 1001; id < 1001 + 150; id++) {
			sandbox.retailcrm.editOrder(id, { managerComment: `note ${id}` });
		}
		sandbox.received.clear();
		const out = emitted(await runPoll({ event: 'orderChanged' }));
		expect(out.map((o) => o.id)).toEqual(Array.from({ length: 150 }, (_, i) => 1001 + i));
		const reads = received('/api/v5/orders/history');
		expect(reads).toHaveLength(2);
		for (const read of reads) expect(read.query.page).toBeUndefined();
		// The second read starts after the last record of the first.
		const history = sandbox.retailcrm.history('orders');
		const lastOfFirst = history.filter((r) => (r.order as IDataObject).id === 1100).at(-1);
		expect(reads[1].query['filter[sinceId]']).toBe(String(lastOfFirst?.id));
		expect(await runPoll({ event: 'orderChanged' })).toBeNull();
	});

	it('reads a large backlog over several polls, at most the cap each, every change once', async () => {
		await runPoll({ event: 'orderChanged' });
		const edited = Array.from({ length: MAX_CHANGES_PER_POLL + 150 }, (_, i) => 1001 + i);
		for (const id of edited) sandbox.retailcrm.editOrder(id, { managerComment: `late ${id}` });
		sandbox.received.clear();

		const first = emitted(await runPoll({ event: 'orderChanged' }));
		expect(first.map((o) => o.id)).toEqual(edited.slice(0, MAX_CHANGES_PER_POLL));
		expect(received('/api/v5/orders/history')).toHaveLength(MAX_CHANGES_PER_POLL / 100);
		const second = emitted(await runPoll({ event: 'orderChanged' }));
		expect(second.map((o) => o.id)).toEqual(edited.slice(MAX_CHANGES_PER_POLL));
		const changes = [...first, ...second].flatMap((o) => o.changes as IDataObject[]);
		expect(new Set(changes.map((c) => c.id)).size).toBe(edited.length);
		expect(await runPoll({ event: 'orderChanged' })).toBeNull();
	});

	it('keeps the cursor per account: another credential starts from now, and no key is stored', async () => {
		await runPoll({ event: 'orderChanged' });
		sandbox.retailcrm.editOrder(1012, { managerComment: 'seen by the first account' });
		const other = { credentials: retailCrmCredentials(sandbox, { apiKey: RETAILCRM_OTHER_KEY }) };
		// The first poll on the other account only notes where now is there.
		expect(await runPoll({ event: 'orderChanged' }, 'trigger', other)).toBeNull();
		sandbox.retailcrm.editOrder(1013, { managerComment: 'after the switch' });
		expect(
			emitted(await runPoll({ event: 'orderChanged' }, 'trigger', other)).map((o) => o.id),
		).toEqual([1013]);
		const stored = JSON.stringify(staticData);
		expect(stored).not.toContain(RETAILCRM_OTHER_KEY);
		expect(stored).not.toContain(RETAILCRM_DEMO_KEY);
	});

	it('returns one sample item in manual mode without touching the cursor', async () => {
		const newest = sandbox.retailcrm.createOrder(
			{ firstName: 'Sample', items: [{ offer: { id: 5001 }, quantity: 1 }] },
			RETAILCRM_SITE_MAIN,
		);
		sandbox.retailcrm.editOrder(newest.id, { status: otherStatus(newest.id) });
		sandbox.received.clear();
		const out = emitted(await runPoll({ event: 'orderStatusChanged' }, 'manual'));
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({ id: newest.id, firstName: 'Sample' });
		expect((out[0].changes as IDataObject[]).map((c) => c.field)).toEqual(['status']);
		// The newest order and its own changes: no walk through the history's pages.
		const reads = received('/api/v5/orders/history');
		expect(reads.map((r) => r.query['filter[orderId]'])).toEqual([String(newest.id)]);
		expect(staticData).toEqual({});
	});
});
