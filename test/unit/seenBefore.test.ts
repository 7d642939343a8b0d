import type { IDataObject } from 'n8n-workflow';

import { seenBefore } from '../../nodes/shared/webhookSignature';

describe('seenBefore', () => {
	it('accepts an id once and keeps only the latest ones', () => {
		const data: IDataObject = {};
		expect(seenBefore(data, 'ids', 'evt_1', 2)).toBe(false);
		expect(seenBefore(data, 'ids', 'evt_1', 2)).toBe(true);
		expect(seenBefore(data, 'ids', 'evt_2', 2)).toBe(false);
		expect(seenBefore(data, 'ids', 'evt_3', 2)).toBe(false);
		expect(data.ids).toEqual(['evt_2', 'evt_3']);
		// The oldest fell out of the window, so it counts as new again.
		expect(seenBefore(data, 'ids', 'evt_1', 2)).toBe(false);
	});
});
