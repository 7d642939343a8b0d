import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { PollSource } from '../../nodes/shared/polling';
import { poll } from '../../nodes/shared/polling';

function pollContext(mode: 'manual' | 'trigger', staticData: IDataObject) {
	return {
		getMode: () => mode,
		getWorkflowStaticData: () => staticData,
		helpers: { returnJsonArray: (rows: IDataObject[]) => rows.map((json) => ({ json })) },
	} as unknown as IPollFunctions;
}

/** A log of records with increasing ids; the cursor is the last id seen. */
function source(log: IDataObject[], scope = 'orders') {
	const calls = { start: 0, fetch: [] as number[], sample: 0 };
	const src: PollSource<number> = {
		scope,
		async start() {
			calls.start += 1;
			return Number(log[log.length - 1]?.id ?? 0);
		},
		async fetch(cursor) {
			calls.fetch.push(cursor);
			const records = log.filter((r) => Number(r.id) > cursor);
			return { records, cursor: Number(records[records.length - 1]?.id ?? cursor) };
		},
		async sample() {
			calls.sample += 1;
			return log[log.length - 1];
		},
	};
	return { src, calls };
}

describe('poll', () => {
	it('starts from now on the first run, emitting nothing', async () => {
		const data: IDataObject = {};
		const { src, calls } = source([{ id: 1 }, { id: 2 }]);
		expect(await poll(pollContext('trigger', data), src)).toBeNull();
		expect(calls.start).toBe(1);
		expect(calls.fetch).toEqual([]);
		expect(data.pollCursor).toEqual({ scope: 'orders', cursor: 2 });
	});

	it('emits each new record once across runs and null when nothing is new', async () => {
		const data: IDataObject = {};
		const log: IDataObject[] = [{ id: 1 }];
		const { src } = source(log);
		await poll(pollContext('trigger', data), src);
		log.push({ id: 2 }, { id: 3 });
		expect(await poll(pollContext('trigger', data), src)).toEqual([
			[{ json: { id: 2 } }, { json: { id: 3 } }],
		]);
		expect(await poll(pollContext('trigger', data), src)).toBeNull();
		log.push({ id: 4 });
		expect(await poll(pollContext('trigger', data), src)).toEqual([[{ json: { id: 4 } }]]);
	});

	it('keeps the cursor when a poll fails, so the next one repeats it whole', async () => {
		const data: IDataObject = { pollCursor: { scope: 'orders', cursor: 1 } };
		const { src } = source([{ id: 1 }, { id: 2 }]);
		const failing = { ...src, fetch: async () => Promise.reject(new Error('down')) };
		await expect(poll(pollContext('trigger', data), failing)).rejects.toThrow('down');
		expect(data.pollCursor).toEqual({ scope: 'orders', cursor: 1 });
		expect(await poll(pollContext('trigger', data), src)).toEqual([[{ json: { id: 2 } }]]);
	});

	it('returns one sample in manual mode and leaves the cursor alone', async () => {
		const data: IDataObject = { pollCursor: { scope: 'orders', cursor: 1 } };
		const { src, calls } = source([{ id: 1 }, { id: 2 }]);
		expect(await poll(pollContext('manual', data), src)).toEqual([[{ json: { id: 2 } }]]);
		expect(calls.fetch).toEqual([]);
		expect(data.pollCursor).toEqual({ scope: 'orders', cursor: 1 });
	});

	it('returns null in manual mode when there is no sample', async () => {
		const { src } = source([]);
		expect(await poll(pollContext('manual', {}), src)).toBeNull();
	});

	it('starts over from now when the scope changed', async () => {
		const data: IDataObject = { pollCursor: { scope: 'customers', cursor: 1 } };
		const { src, calls } = source([{ id: 1 }, { id: 5 }], 'orders');
		expect(await poll(pollContext('trigger', data), src)).toBeNull();
		expect(calls.start).toBe(1);
		expect(data.pollCursor).toEqual({ scope: 'orders', cursor: 5 });
	});
});
