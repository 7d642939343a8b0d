import type { Run } from './harness';
import { expectNoSecrets, expectNoSecretsInUrls, leakForms } from './leaks';

const KEY = 'sk_live_0123456789abcdef';
const clean: Run = { logs: [], sent: [], output: [{ json: { ok: true } }] };

/** The leak check itself: if it could not fail, every "no leak" above would prove nothing. */
describe('the leak check', () => {
	const basic = `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`;
	const shown: Array<[string, Run]> = [
		['raw in output', { ...clean, output: [{ json: { note: `key ${KEY}` } }] }],
		[
			'URL-encoded in a log',
			{ ...clean, logs: [{ level: 'debug', message: encodeURIComponent(`a=${KEY}&`) }] },
		],
		[
			'in a Basic header in an error description',
			{
				...clean,
				error: Object.assign(new Error('failed'), { description: `sent ${basic}`, context: {} }),
			},
		],
		[
			'in an error cause',
			{
				...clean,
				error: Object.assign(new Error('failed', { cause: { headers: { 'x-api-key': KEY } } }), {
					context: {},
				}),
			},
		],
	];

	it.each(shown)('finds a key %s', (_where, run) => {
		expect(() => expectNoSecrets(run, [KEY])).toThrow(/leaked/);
	});

	it('passes a run that shows no key', () => {
		expect(() => expectNoSecrets(clean, [KEY])).not.toThrow();
	});

	it('finds a key in a URL or query string', () => {
		expect(() =>
			expectNoSecretsInUrls([{ url: `https://x.test/a?apiKey=${KEY}` }], [KEY]),
		).toThrow();
		expect(() =>
			expectNoSecretsInUrls([{ url: 'https://x.test/a', qs: { apiKey: KEY } }], [KEY]),
		).toThrow();
		expect(() => expectNoSecretsInUrls([{ url: 'https://x.test/a' }], [KEY])).not.toThrow();
	});

	it('covers base64 at every alignment', () => {
		const forms = leakForms([KEY]);
		for (const prefix of ['', 'u', 'us', 'user:']) {
			const encoded = Buffer.from(`${prefix}${KEY}:pw`).toString('base64');
			expect(forms.some((form) => encoded.includes(form))).toBe(true);
		}
	});
});
