import { inspect } from 'node:util';
import { NodeApiError } from 'n8n-workflow';

import { request, send } from '../../nodes/shared/request';
import type { Reply } from '../helpers/fakeTransport';
import { failure } from '../helpers/failure';
import { FakeTransport, fakeClient, ok, status, testProfile } from '../helpers/fakeTransport';

const KEY = 'sk_live_SECRETKEY123';

/** Plays the replies in order and repeats the last one. */
const replies = (...list: Reply[]) =>
	new FakeTransport((_r, i) => list[Math.min(i, list.length - 1)]);

const get = { method: 'GET' as const, path: '/orders' };
const post = { method: 'POST' as const, path: '/orders', body: { reference: 'A1' } };

describe('send: rate limits', () => {
	it('retries a rate-limited create, which the vendor ignored, and waits the Retry-After', async () => {
		const transport = replies(status(429, {}, { 'retry-after': '2' }), ok({ id: 1 }));
		const body = await request(fakeClient(testProfile, transport), post);
		expect(body).toEqual({ id: 1 });
		expect(transport.sent).toHaveLength(2);
		expect(transport.sent[1].at - transport.sent[0].at).toBe(2000);
	});

	it('waits until the reset header when there is no Retry-After', async () => {
		const transport = replies(status(429, {}, { 'x-ratelimit-reset': '5' }), ok([]));
		await send(fakeClient(testProfile, transport), get);
		expect(transport.sent[1].at - transport.sent[0].at).toBe(5000);
	});

	it('uses the retry time the vendor puts in the body', async () => {
		const transport = replies(status(429, { retry_in_ms: 1500 }), ok([]));
		await send(fakeClient(testProfile, transport), get);
		expect(transport.sent[1].at - transport.sent[0].at).toBe(1500);
	});

	it('backs off exponentially with jitter when the vendor gives no hint', async () => {
		const transport = replies(status(429), status(429), status(429), ok([]));
		transport.randomValue = 1;
		await send(fakeClient(testProfile, transport), get);
		const gaps = transport.sent.slice(1).map((r, i) => r.at - transport.sent[i].at);
		expect(gaps).toEqual([500, 1000, 2000]);
	});

	it('fails at once, saying when to retry, when asked to wait longer than the cap', async () => {
		const transport = replies(status(429, {}, { 'retry-after': '600' }));
		const error = await failure(send(fakeClient(testProfile, transport), get));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Vendor asks to wait 600 s before the next request');
		expect(error.description).toMatch(
			/longer than the 120 s this node waits\. Run the workflow again after 20\d\d-/,
		);
		expect(transport.sent).toHaveLength(1);
	});

	it('gives up after the rate-limit budget with a clear message', async () => {
		const transport = replies(status(429, { message: 'Too many requests' }));
		const error = await failure(send(fakeClient(testProfile, transport), get));
		expect(transport.sent).toHaveLength(11);
		expect(error.message).toBe('Vendor: Too many requests');
		expect(error.description).toContain('still asked to slow down after 10 retries');
	});
});

describe('send: failures', () => {
	it('never sends a create twice after a 5xx, and says the outcome is unknown', async () => {
		const transport = replies(status(500, { message: 'Internal error' }), ok({ id: 1 }));
		const error = await failure(send(fakeClient(testProfile, transport), post, 4));
		expect(transport.sent).toHaveLength(1);
		expect(error.message).toBe('Vendor: Internal error');
		expect(error.httpCode).toBe('500');
		expect(error.description).toContain('The outcome is unknown');
		// n8n's Retry On Fail would send every item again: the user is told to check first.
		expect(error.description).toContain(
			"n8n's Retry On Fail runs the whole node again, every item included",
		);
		expect(error.context.itemIndex).toBe(4);
	});

	it('never sends a create twice after the connection broke mid-request', async () => {
		const transport = replies({ networkError: 'ECONNRESET' }, ok({ id: 1 }));
		const error = await failure(send(fakeClient(testProfile, transport), post));
		expect(transport.sent).toHaveLength(1);
		expect(error.message).toBe(
			'The outcome of this POST to Vendor is unknown: the connection was dropped',
		);
		expect(error.description).toContain('POST /orders failed (ECONNRESET).');
		expect(error.description).toContain('It was not sent again, to avoid a duplicate');
		expect(error.description).toContain("n8n's Retry On Fail runs the whole node again");
	});

	it('resends a create whose connection was refused: nothing reached the vendor', async () => {
		const transport = replies({ networkError: 'ECONNREFUSED' }, ok({ id: 7 }));
		expect(await request(fakeClient(testProfile, transport), post)).toEqual({ id: 7 });
		expect(transport.sent).toHaveLength(2);
	});

	it('retries idempotent calls after 5xx, resets and unreadable bodies', async () => {
		const transport = replies(
			status(502, '<html><body><h1>Bad gateway</h1></body></html>'),
			{ networkError: 'ECONNRESET' },
			ok('{"trunc'),
			ok([{ id: 1 }]),
		);
		expect(await request(fakeClient(testProfile, transport), get)).toEqual([{ id: 1 }]);
		expect(transport.sent).toHaveLength(4);
	});

	it('retries a POST marked idempotent after a 5xx and a reset, and still never a create', async () => {
		const edit = { ...post, path: '/orders/1/edit', idempotent: true };
		const transport = replies(status(500), { networkError: 'ECONNRESET' }, ok({ id: 1 }));
		expect(await request(fakeClient(testProfile, transport), edit)).toEqual({ id: 1 });
		expect(transport.sent).toHaveLength(3);

		const create = replies(status(500), ok({ id: 1 }));
		await failure(send(fakeClient(testProfile, create), post));
		expect(create.sent).toHaveLength(1);
	});

	it('says nothing of an unknown outcome for a marked POST whose connection broke', async () => {
		const edit = { ...post, path: '/orders/1/edit', idempotent: true };
		const error = await failure(
			send(fakeClient(testProfile, replies({ networkError: 'ECONNRESET' })), edit),
		);
		expect(error.message).toBe('Vendor could not be reached: the connection was dropped');
	});

	it('stops retrying idempotent calls after three retries', async () => {
		const transport = replies(
			status(503, '<html><title>Service Unavailable</title><p>Try later</p></html>'),
		);
		const error = await failure(send(fakeClient(testProfile, transport), get));
		expect(transport.sent).toHaveLength(4);
		expect(error.message).toBe('Vendor answered 503: a server error');
		expect(error.description).toContain('Response: Service Unavailable Try later');
		expect(error.description).toContain('Gave up after 3 retries');
	});

	it('reports a create whose answer was garbled as of unknown outcome', async () => {
		const transport = replies(ok('{"id": 4'));
		const error = await failure(send(fakeClient(testProfile, transport), post));
		expect(transport.sent).toHaveLength(1);
		expect(error.message).toContain('unknown: an unreadable answer');
	});

	it('maps the vendor error body: message, code, details and HTTP code', async () => {
		const transport = replies(
			status(422, { message: 'Validation failed', code: 'E_VALID', errors: ['name: is required'] }),
		);
		const error = await failure(send(fakeClient(testProfile, transport), post, 2));
		expect(error.message).toBe('Vendor: Validation failed');
		expect(error.httpCode).toBe('422');
		expect(error.description).toBe(
			'POST /orders → HTTP 422, error code E_VALID\nname: is required',
		);
		expect(error.context.itemIndex).toBe(2);
	});
});

describe('send: statuses a call handles itself', () => {
	it('returns an accepted error status (a partial batch failure) instead of throwing', async () => {
		const transport = replies(status(460, { uploaded: [1], failed: [2] }));
		const response = await send(fakeClient(testProfile, transport), { ...post, accept: [460] });
		expect(response.statusCode).toBe(460);
		expect(response.body).toEqual({ uploaded: [1], failed: [2] });
		expect(transport.sent).toHaveLength(1);
	});
});

describe('send: files', () => {
	const download = { method: 'GET' as const, path: '/files/1/download', binary: true };

	it('hands back the bytes of a file with its headers, and asks for them as bytes', async () => {
		const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1');
		const headers = { 'content-type': 'application/pdf' };
		const transport = replies(ok(pdf, headers));
		const response = await send(fakeClient(testProfile, transport), download);
		expect(Buffer.isBuffer(response.body)).toBe(true);
		expect((response.body as Buffer).equals(pdf)).toBe(true);
		expect(response.headers).toEqual(headers);
		expect(transport.sent[0]).toMatchObject({ encoding: 'arraybuffer', json: false });
	});

	it('reads the error body of a failed file request as the vendor error', async () => {
		const body = Buffer.from(JSON.stringify({ message: 'Not found' }));
		const error = await failure(
			send(fakeClient(testProfile, replies(status(404, body))), download),
		);
		expect(error.message).toBe('Vendor: Not found');
	});
});

describe('send: secrets', () => {
	it('masks the key wherever the vendor echoes it, in every form', async () => {
		const basic = Buffer.from(`${KEY}:`).toString('base64');
		const transport = replies(
			status(401, {
				message: `Invalid key ${KEY}`,
				code: encodeURIComponent(KEY),
				errors: [`Authorization: Basic ${basic}`],
			}),
		);
		const error = await failure(send(fakeClient(testProfile, transport), get));
		const everything = inspect(error, { depth: 20, showHidden: true }) + JSON.stringify(error);
		expect(everything).not.toContain(KEY);
		expect(everything).not.toContain(basic.replace(/=+$/, ''));
		expect(error.message).toBe('Vendor: Invalid key [redacted]');
	});

	it.each([
		['the key as user name', (key: string) => `${key}:`],
		['the key as password', (key: string) => `api:${key}`],
	])("masks the whole Basic header value of the vendor's form (%s)", async (_form, basicAuth) => {
		const header = `Basic ${Buffer.from(basicAuth(KEY)).toString('base64')}`;
		const transport = replies(status(401, { message: 'Refused', errors: [header] }));
		const profile = { ...testProfile, basicAuth };
		const error = await failure(send(fakeClient(profile, transport), get));
		// Without the profile's form only the key's own base64 run is masked, and the
		// characters around it, which also encode part of the key, stay.
		expect(error.description).toMatch(/Basic \[redacted\]$/);
	});
});
