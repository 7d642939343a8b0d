import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { picqer } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const customerCount = () => sandbox.picqer.data().customers.size;

describe('fault injection', () => {
	it('answers a status fault once, then serves normally', async () => {
		sandbox.faults.add({ vendor: 'picqer', path: '/users/me', kind: 'status', status: 502 });
		const call = picqer(sandbox);
		const faulted = await call('GET', '/users/me');
		expect(faulted.status).toBe(502);
		expect(faulted.json).toMatchObject({ error: true });
		expect((await call('GET', '/users/me')).status).toBe(200);
		expect(sandbox.received.count({ path: '/users/me' })).toBe(2);
		expect(sandbox.received.all[0].fault).toBe('status');
	});

	it('sends a status fault’s own body and headers', async () => {
		sandbox.faults.add({
			kind: 'status',
			status: 503,
			headers: { 'Retry-After': '7' },
			body: 'down',
		});
		const reply = await picqer(sandbox)('GET', '/orders');
		expect(reply.status).toBe(503);
		expect(reply.headers.get('retry-after')).toBe('7');
		expect(reply.text).toBe('down');
	});

	it('matches method and path (string or RegExp), in order, for the given number of times', async () => {
		sandbox.faults.add({
			method: 'POST',
			path: /^\/customers/,
			kind: 'status',
			status: 500,
			times: 2,
		});
		sandbox.faults.add({ method: 'GET', path: '/orders', kind: 'status', status: 504 });
		const call = picqer(sandbox);
		expect((await call('GET', '/customers')).status).toBe(200);
		expect((await call('POST', '/customers', { name: 'A' })).status).toBe(500);
		expect((await call('POST', '/customers', { name: 'B' })).status).toBe(500);
		expect((await call('POST', '/customers', { name: 'C' })).status).toBe(201);
		expect((await call('GET', '/orders')).status).toBe(504);
		expect(sandbox.faults.pending).toHaveLength(0);
	});

	it('rateLimit answers exactly what Picqer sends when over budget, without applying the request', async () => {
		const before = customerCount();
		sandbox.faults.add({ kind: 'rateLimit' });
		const reply = await picqer(sandbox)('POST', '/customers', { name: 'Ignored' });
		expect(reply.status).toBe(429);
		expect(reply.json).toMatchObject({ error: true, error_code: 28 });
		expect(reply.headers.get('x-ratelimit-remaining')).toBe('0');
		expect(customerCount()).toBe(before);
		expect(sandbox.received.last()?.rateLimited).toBe(true);
	});

	it('resetBefore destroys the socket and applies nothing', async () => {
		const before = customerCount();
		sandbox.faults.add({ kind: 'resetBefore' });
		await expect(picqer(sandbox)('POST', '/customers', { name: 'Never' })).rejects.toThrow();
		expect(customerCount()).toBe(before);
		expect(sandbox.received.count({ method: 'POST' })).toBe(1);
	});

	it('resetAfter applies the request, then destroys the socket without a response', async () => {
		const before = customerCount();
		sandbox.faults.add({ kind: 'resetAfter' });
		await expect(picqer(sandbox)('POST', '/customers', { name: 'Applied' })).rejects.toThrow();
		expect(customerCount()).toBe(before + 1);
		expect(sandbox.picqer.data().customers.rows.at(-1)?.name).toBe('Applied');
	});

	it('delay waits, then answers normally', async () => {
		sandbox.faults.add({ kind: 'delay', ms: 300 });
		const started = Date.now();
		const reply = await picqer(sandbox)('GET', '/users/me');
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
		expect(reply.status).toBe(200);
	});

	it('html answers a proxy’s error page', async () => {
		sandbox.faults.add({ kind: 'html', status: 502 });
		const reply = await picqer(sandbox)('GET', '/orders');
		expect(reply.status).toBe(502);
		expect(reply.headers.get('content-type')).toMatch(/text\/html/);
		expect(reply.text).toMatch(/<html>/);
	});

	it('malformed answers 200 with a body that is not JSON', async () => {
		sandbox.faults.add({ kind: 'malformed' });
		const reply = await picqer(sandbox)('GET', '/orders');
		expect(reply.status).toBe(200);
		expect(() => JSON.parse(reply.text)).toThrow();
	});

	it('truncated answers 200 with the real JSON cut in half', async () => {
		const whole = await picqer(sandbox)('GET', '/orders');
		sandbox.faults.add({ kind: 'truncated' });
		const reply = await picqer(sandbox)('GET', '/orders');
		expect(reply.status).toBe(200);
		expect(reply.text).toBe(whole.text.slice(0, Math.floor(whole.text.length / 2)));
		expect(() => JSON.parse(reply.text)).toThrow();
	});

	it('refuses a fault it cannot use', () => {
		expect(() => sandbox.faults.add({ kind: 'nope' as never })).toThrow(/Unknown fault kind/);
		expect(() => sandbox.faults.add({ kind: 'delay' })).toThrow(/ms/);
	});
});
