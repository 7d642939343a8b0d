import { advance, SEEN_KEPT, startCursor, timeOf } from '../../nodes/OpenApiService/triggerCursor';

const at = (iso: string) => Date.parse(iso);

describe('the trigger cursor', () => {
	it('emits an item updated in the same second as the last one seen, and each only once', () => {
		const t = '2026-03-01T10:00:00Z';
		let cursor = startCursor([{ id: 1, updated_at: t }], 'changed', 'id', 'updated_at');
		expect(cursor).toEqual({ kind: 'changed', since: at(t), idsAtSince: ['1'] });
		// Item 2 was changed within that same second, after the poll.
		const next = advance(
			[
				{ id: 1, updated_at: t },
				{ id: 2, updated_at: t },
			],
			cursor,
			'id',
			'updated_at',
		);
		expect(next.emitted.map((r) => r.id)).toEqual([2]);
		cursor = next.cursor;
		expect(
			advance(
				[
					{ id: 1, updated_at: t },
					{ id: 2, updated_at: t },
				],
				cursor,
				'id',
				'updated_at',
			).emitted,
		).toEqual([]);
	});

	it('orders what it emits by time, then id, and skips records without the fields', () => {
		const cursor = startCursor(
			[{ id: 1, updated_at: '2026-01-01T00:00:00Z' }],
			'changed',
			'id',
			'updated_at',
		);
		const { emitted } = advance(
			[
				{ id: 3, updated_at: '2026-01-03T00:00:00Z' },
				{ id: 2, updated_at: '2026-01-02T00:00:00Z' },
				{ id: 4 },
				{ updated_at: '2026-01-04T00:00:00Z' },
			],
			cursor,
			'id',
			'updated_at',
		);
		expect(emitted.map((r) => r.id)).toEqual([2, 3]);
	});

	it('reads updated-at as ISO text, epoch seconds or epoch milliseconds', () => {
		expect(timeOf('2026-01-01T00:00:00Z')).toBe(at('2026-01-01T00:00:00Z'));
		expect(timeOf(1767225600)).toBe(at('2026-01-01T00:00:00Z'));
		expect(timeOf('1767225600000')).toBe(at('2026-01-01T00:00:00Z'));
		expect(timeOf('soon')).toBeUndefined();
	});

	it('keeps the highest numeric id, and switches to seen ids when a text id appears', () => {
		let cursor = startCursor([{ id: 5 }, { id: 7 }], 'new', 'id', '');
		expect(cursor).toEqual({ kind: 'new', maxId: 7 });
		const mixed = advance([{ id: 5 }, { id: 7 }, { id: 'x-1' }], cursor, 'id', '');
		expect(mixed.emitted.map((r) => r.id)).toEqual(['x-1']);
		cursor = mixed.cursor;
		expect(advance([{ id: 5 }, { id: 7 }, { id: 'x-1' }], cursor, 'id', '').emitted).toEqual([]);
	});

	it('keeps a bounded number of seen ids', () => {
		const many = Array.from({ length: SEEN_KEPT + 5 }, (_, i) => ({ id: `u${i}` }));
		const cursor = startCursor(many, 'new', 'id', '');
		expect(cursor.kind === 'new' && cursor.seen?.length).toBe(SEEN_KEPT);
	});
});
