import { PelcroApi } from '../../credentials/PelcroApi.credentials';
import { pelcroBaseUrl, pelcroError } from '../../nodes/Pelcro/PelcroProfile';

/** Evaluates the credential test's `={{ … }}` base URL as plain JavaScript. */
function testBaseUrl(credentials: Record<string, unknown>): string {
	const expression = String(new PelcroApi().test.request.baseURL);
	const body = /^=\{\{([\s\S]*)\}\}$/.exec(expression)?.[1];
	if (!body) throw new Error('The base URL is not an expression');
	return new Function('$credentials', `return (${body});`)(credentials) as string;
}

const valid = { apiKey: 'key-1234', siteId: '1025', environment: 'production', baseUrl: '' };

describe('Pelcro credential', () => {
	it('tests against the environment the node would use', () => {
		expect(testBaseUrl(valid)).toBe('https://www.pelcro.com/api/v1/core');
		expect(testBaseUrl({ ...valid, environment: 'staging' })).toBe(
			'https://staging.pelcro.com/api/v1/core',
		);
		expect(
			testBaseUrl({
				...valid,
				environment: 'custom',
				baseUrl: 'http://127.0.0.1:5680/pelcro/api/v1/core/',
			}),
		).toBe('http://127.0.0.1:5680/pelcro/api/v1/core');
		expect(
			pelcroBaseUrl({ ...valid, environment: 'custom', baseUrl: 'http://localhost:1/x' }),
		).toBe('http://localhost:1/x');
	});

	it.each([
		['http://evil.example/api', 'base-url'],
		['https://user@evil.example/api', 'base-url'],
		['https://evil.example/api?x=1', 'base-url'],
		['https://evil.example#', 'base-url'],
		['javascript:alert(1)', 'base-url'],
	])('sends the test for base URL %s nowhere but a .invalid host', (baseUrl, refusal) => {
		const url = testBaseUrl({ ...valid, environment: 'custom', baseUrl });
		expect(new URL(url).hostname).toMatch(new RegExp(`^${refusal}.*\\.invalid$`));
		expect(() => pelcroBaseUrl({ ...valid, environment: 'custom', baseUrl })).toThrow('"Base URL"');
	});

	it.each([
		[{ siteId: '12 ' }, 'site-id'],
		[{ siteId: '1&x=2' }, 'site-id'],
		[{ siteId: '' }, 'site-id'],
		[{ apiKey: '  ' }, 'api-key'],
	])('refuses %p before the key is sent', (change, refusal) => {
		const credentials = { ...valid, ...change };
		expect(new URL(testBaseUrl(credentials)).hostname).toMatch(
			new RegExp(`^${refusal}.*\\.invalid$`),
		);
		expect(() => pelcroBaseUrl(credentials)).toThrow(
			refusal === 'site-id' ? '"Site ID"' : '"API Key"',
		);
	});
});

it('keeps a backslash "user info" URL out of the credential test as well', () => {
	const baseUrl = 'https://evil.example\\@good.example';
	expect(new URL(testBaseUrl({ ...valid, environment: 'custom', baseUrl })).hostname).toMatch(
		/\.invalid$/,
	);
});

describe('Pelcro error bodies', () => {
	it('names every field of a validation answer', () => {
		expect(
			pelcroError({
				errors: { email: ['The email field is required.'], 'items.0.sku_id': ['Bad.', 'Worse.'] },
			}),
		).toEqual({
			message: 'email: The email field is required.; items.0.sku_id: Bad. Worse.',
			details: ['email: The email field is required.', 'items.0.sku_id: Bad. Worse.'],
		});
	});

	it('reads a message, with field errors after it when both come', () => {
		expect(pelcroError({ message: 'Unauthenticated.' }).message).toBe('Unauthenticated.');
		expect(
			pelcroError({ message: 'The given data was invalid.', errors: { x: ['y'] } }).message,
		).toBe('The given data was invalid. (x: y)');
		expect(pelcroError({}).message).toBeUndefined();
	});
});
