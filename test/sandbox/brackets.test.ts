import { parseBrackets } from '../../sandbox/brackets';
import { parseQuery } from '../../sandbox/http';

const parse = (query: string) => parseBrackets(parseQuery(new URLSearchParams(query)));

describe('PHP bracket decoding', () => {
	it('turns [] keys into lists in order', () => {
		expect(parse('filter[ids][]=3&filter[ids][]=1')).toEqual({ filter: { ids: ['3', '1'] } });
	});

	it('turns indexed [0] keys into the same lists', () => {
		expect(parse('filter%5Bids%5D%5B0%5D=3&filter%5Bids%5D%5B1%5D=1')).toEqual({
			filter: { ids: ['3', '1'] },
		});
	});

	it('keeps named keys as maps, nested as deep as sent', () => {
		expect(parse('filter[customFields][nps][min]=5&filter[email]=a@b.c&page=2')).toEqual({
			filter: { customFields: { nps: { min: '5' } }, email: 'a@b.c' },
			page: '2',
		});
	});

	it('keeps sparse or non-zero-based indexes as maps', () => {
		expect(parse('a[1]=x&a[3]=y')).toEqual({ a: { '1': 'x', '3': 'y' } });
	});

	it('decodes lists of objects', () => {
		expect(parse('p[0][code]=base&p[0][price]=1&p[1][code]=sale')).toEqual({
			p: [{ code: 'base', price: '1' }, { code: 'sale' }],
		});
	});
});
