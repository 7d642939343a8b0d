import { picqerListSearch } from '../../nodes/Picqer/methods';
import type { Sandbox } from '../../sandbox/server';
import { loadOptionsContext } from '../helpers/n8nContext';
import { picqerOptions } from '../helpers/picqer';
import { useSandbox } from '../helpers/useSandbox';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const search = (token?: string, filter?: string) =>
	picqerListSearch.searchCustomers.call(
		loadOptionsContext(picqerOptions(sandbox, {})),
		filter,
		token,
	);

describe('resource locator paging tokens', () => {
	it('carry only where the next page starts, and walk the whole list with it', async () => {
		const first = await search();
		expect(JSON.parse(first.paginationToken!)).toEqual({ qs: { offset: 100 } });
		const second = await search(first.paginationToken);
		expect(second.results.length).toBeGreaterThan(0);
		expect(second.results[0].value).not.toBe(first.results[0].value);
		expect(sandbox.received.last()).toMatchObject({
			method: 'GET',
			path: '/customers',
			query: { offset: '100' },
		});
	});

	it('keep the filter the node builds, whatever the token says', async () => {
		const token = JSON.stringify({ qs: { offset: 100 } });
		await search(token, 'Jansen');
		expect(sandbox.received.last()?.query).toEqual({ offset: '100', search: 'Jansen' });
	});

	it.each([
		['a whole request', { method: 'DELETE', path: '/customers/1', body: { x: 1 } }],
		['another parameter', { qs: { offset: 0, search: 'x' } }],
		['a path', { qs: { offset: 0 }, path: '/users' }],
		['an object value', { qs: { offset: { $gt: 1 } } }],
		['a relative link', { link: '/hooks' }],
	])('refuse %s before any request', async (_case, token) => {
		await expect(search(JSON.stringify(token))).rejects.toThrow(
			'The list could not load more results',
		);
		expect(sandbox.received.length).toBe(0);
	});

	it('refuse a token that is not JSON', async () => {
		await expect(search('{"method":')).rejects.toThrow('could not load more results');
		expect(sandbox.received.length).toBe(0);
	});
});
