import { PICQER_DEMO_KEY, PICQER_MOUNT, PICQER_SECOND_KEY } from '../../sandbox/picqer';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { basicAuth, picqer, rawRequest } from './helpers';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('Picqer authentication', () => {
	it('answers 401 with Picqer’s error body when the key is missing', async () => {
		const reply = await picqer(sandbox)('GET', '/users/me', undefined, { authorization: '' });
		expect(reply.status).toBe(401);
		expect(reply.json).toMatchObject({ error: true, error_code: expect.any(Number) });
		expect(reply.json.error_message).toMatch(/API key/);
	});

	it('answers 401 for a key no account has', async () => {
		const reply = await picqer(sandbox, 'not-a-key')('GET', '/users/me');
		expect(reply.status).toBe(401);
		expect(reply.json.error).toBe(true);
	});

	it('ignores the password, as Picqer does', async () => {
		const reply = await picqer(sandbox)('GET', '/users/me', undefined, {
			authorization: `Basic ${Buffer.from(`${PICQER_DEMO_KEY}:anything`).toString('base64')}`,
		});
		expect(reply.status).toBe(200);
		expect(reply.json).toMatchObject({ iduser: expect.any(Number), username: 'api' });
	});

	it('answers 400 when the User-Agent header is missing', async () => {
		const reply = await rawRequest(`${sandbox.url}${PICQER_MOUNT}/users/me`, {
			authorization: basicAuth(PICQER_DEMO_KEY),
		});
		expect(reply.status).toBe(400);
		const body = JSON.parse(reply.body);
		expect(body.error).toBe(true);
		expect(body.error_message).toMatch(/User-Agent/);
	});

	it('keeps the second account’s data apart', async () => {
		const created = await picqer(sandbox)('POST', '/customers', { name: 'Only In Demo' });
		expect(created.status).toBe(201);
		const demo = await picqer(sandbox)('GET', `/customers/${created.json.idcustomer}`);
		const second = await picqer(sandbox, PICQER_SECOND_KEY)(
			'GET',
			'/customers?search=Only%20In%20Demo',
		);
		expect(demo.json.name).toBe('Only In Demo');
		expect(second.status).toBe(200);
		expect(second.json).toEqual([]);
	});

	it('answers 404 with Picqer’s body for an unknown route', async () => {
		const reply = await picqer(sandbox)('GET', '/nothing-here');
		expect(reply.status).toBe(404);
		expect(reply.json).toMatchObject({ error: true, error_code: 20 });
	});

	it('answers 400 with error_code 22 for a body that is not JSON', async () => {
		const reply = await picqer(sandbox)('POST', '/customers', '{"name": ');
		expect(reply.status).toBe(400);
		expect(reply.json.error_code).toBe(22);
	});
});
