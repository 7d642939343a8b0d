import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { precoroListSearch } from '../../../nodes/Precoro/methods';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { TIME_SCALE, precoroLoadOptions } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started), { timeScale: TIME_SCALE });

const searches = () =>
	sandbox.received.filter({ vendor: 'precoro', path: '/suppliers' }).map((r) => r.query);

async function search(filter?: string) {
	const ctx = precoroLoadOptions(sandbox) as unknown as ILoadOptionsFunctions;
	return await precoroListSearch.searchSuppliers.call(ctx, filter);
}

describe('Precoro supplier search (resource locator)', () => {
	it('answers a search typed again within the minute from the first answer, sending it once', async () => {
		const first = await search('a');
		const started = Date.now();
		const again = await search('a');
		// Precoro refuses the same GET within a minute: a second request would have waited for it.
		expect(Date.now() - started).toBeLessThan(1000);
		expect(again).toEqual(first);
		expect(first.results.length).toBeGreaterThan(0);
		expect(searches()).toEqual([{ searchQuery: 'a', page: '1', per_page: '200' }]);
		expect(sandbox.received.count({ vendor: 'precoro', rateLimited: true })).toBe(0);
	});

	it('sends each different search', async () => {
		await search('b');
		await search('c');
		expect(searches().map((query) => query.searchQuery)).toEqual(['b', 'c']);
	});
});
