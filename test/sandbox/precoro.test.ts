import {
	PRECORO_BUYER,
	PRECORO_FIRST_APPROVER,
	PRECORO_SECOND_APPROVER,
	PRECORO_STATUS,
	type PrecoroUser,
} from '../../sandbox/precoro';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { startReceiver } from './helpers';
import { precoroCaller } from './precoroClient';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => {
	sandbox.reset();
	sandbox.setRateLimits(false);
	sandbox.setTimeScale(1);
});

/** Calls the Precoro mount as `user`, with its token and email. */
const precoro = (user: PrecoroUser = PRECORO_BUYER, headers: Record<string, string> = {}) =>
	precoroCaller(sandbox, user, headers);

const pos = () => sandbox.precoro.data().documents.purchaseorders.rows;

describe('Precoro sandbox: auth', () => {
	it('wants the token and the email of its user on every call', async () => {
		expect((await precoro()('GET', '/users')).status).toBe(200);
		const noEmail = await precoro(PRECORO_BUYER, { email: '' })('GET', '/users');
		expect(noEmail.status).toBe(401);
		const otherEmail = await precoro(PRECORO_BUYER, { email: PRECORO_FIRST_APPROVER.email })(
			'GET',
			'/users',
		);
		expect(otherEmail.status).toBe(401);
		const badToken = await precoro({ ...PRECORO_BUYER, token: 'nope-nope' })('GET', '/users');
		expect(badToken.json).toEqual({ message: 'Invalid API token' });
	});
});

describe('Precoro sandbox: lists', () => {
	it('pages purchase orders by 200 with has_next_page, and the older envelope on request', async () => {
		const get = precoro();
		const first = await get('GET', '/purchaseorders?per_page=200&page=1');
		expect(first.json.data).toHaveLength(200);
		expect(first.json.meta.pagination).toMatchObject({ current_page: 1, has_next_page: true });
		const last = await get('GET', '/purchaseorders?per_page=200&page=3');
		expect(last.json.data).toHaveLength(30);
		expect(last.json.meta.pagination.has_next_page).toBe(false);
		sandbox.precoro.setLegacyPagination(true);
		const legacy = await get('GET', '/purchaseorders?per_page=200&page=3');
		expect(legacy.json.meta.pagination).toMatchObject({ current_page: 3, total_pages: 3 });
		expect(legacy.json.meta.pagination.has_next_page).toBeUndefined();
	});

	it('refuses a page size Precoro does not offer and a parameter the list does not take', async () => {
		const get = precoro();
		const size = await get('GET', '/purchaseorders?per_page=25');
		expect(size.status).toBe(400);
		expect(size.json.errors.errors.per_page).toMatch(/10, 20, 50, 100, 200/);
		const unknown = await get('GET', '/purchaseorders?statuses=2');
		expect(unknown.json).toEqual({
			errors: { errors: { statuses: 'This field was not expected.' } },
		});
		// A list-only parameter of invoices is not one of purchase orders.
		expect((await get('GET', '/purchaseorders?sumPaid%5Bleft_number%5D=1')).status).toBe(400);
		expect((await get('GET', '/invoices?sumPaid%5Bleft_number%5D=1')).status).toBe(200);
	});

	it('filters on status[], modifiedSince and dd.mm.yyyy date ranges', async () => {
		const get = precoro();
		const approved = await get('GET', '/purchaseorders?status%5B%5D=2&per_page=200');
		expect(approved.json.data.every((po: { status: number }) => po.status === 2)).toBe(true);
		const future = new Date(Date.now() + 3_600_000).toISOString().slice(0, 19);
		expect((await get('GET', `/purchaseorders?modifiedSince=${future}`)).json.data).toEqual([]);
		const bad = await get('GET', '/purchaseorders?createDate%5Bleft_date%5D=2024-01-01');
		expect(bad.json.errors.errors['createDate[left_date]']).toMatch(/dd\.mm\.yyyy/);
	});
});

describe('Precoro sandbox: approvals per approver', () => {
	it('lists what waits for the token user, and moves the order on with each approval', async () => {
		const waitingFor = async (user: PrecoroUser) =>
			(await precoro(user)('GET', '/purchaseorders?waitingForApprove=yes&per_page=200')).json
				.data as Array<{ idn: number }>;
		const forBob = await waitingFor(PRECORO_FIRST_APPROVER);
		expect(forBob.length).toBeGreaterThan(0);
		const { idn } = forBob[0];
		expect((await waitingFor(PRECORO_SECOND_APPROVER)).map((d) => d.idn)).not.toContain(idn);

		// The second approver may not approve before the first.
		const early = await precoro(PRECORO_SECOND_APPROVER)('POST', `/purchaseorders/${idn}/approve`);
		expect(early.status).toBe(422);
		const first = await precoro(PRECORO_FIRST_APPROVER)('POST', `/purchaseorders/${idn}/approve`);
		expect(first.json).toMatchObject({ idn, status: PRECORO_STATUS.pending });
		expect((await waitingFor(PRECORO_SECOND_APPROVER)).map((d) => d.idn)).toContain(idn);
		const second = await precoro(PRECORO_SECOND_APPROVER)('POST', `/purchaseorders/${idn}/approve`);
		expect(second.json).toMatchObject({ idn, status: PRECORO_STATUS.approved });
		expect(second.json.approvalDate).toEqual(expect.any(String));
		// Approved: no further action of an approver fits.
		const again = await precoro(PRECORO_SECOND_APPROVER)('POST', `/purchaseorders/${idn}/approve`);
		expect(again.status).toBe(422);
	});

	it('rejects only with a comment, and confirms only drafts', async () => {
		const [waiting] = pos().filter(
			(po) => po.status === PRECORO_STATUS.pending && po.idn % 100 !== 17,
		);
		const bob = precoro(PRECORO_FIRST_APPROVER);
		const bare = await bob('POST', `/purchaseorders/${waiting.idn}/reject`, {});
		expect(bare.json).toEqual({
			errors: { errors: { comment: 'This value should not be blank.' } },
		});
		const rejected = await bob('POST', `/purchaseorders/${waiting.idn}/reject`, {
			comment: 'Over budget',
		});
		expect(rejected.json.status).toBe(PRECORO_STATUS.rejected);
		const draft = pos().find((po) => po.status === PRECORO_STATUS.open)!;
		expect((await precoro()('POST', `/purchaseorders/${waiting.idn}/confirm`)).status).toBe(422);
		const confirmed = await precoro()('POST', `/purchaseorders/${draft.idn}/confirm`);
		expect(confirmed.json.status).toBe(PRECORO_STATUS.pending);
	});
});

describe('Precoro sandbox: writes', () => {
	it('creates a draft order from SubmitPurchaseOrderDto fields and refuses others', async () => {
		const post = precoro();
		const created = await post('POST', '/purchaseorders', {
			supplier: { id: 3 },
			location: { id: 1 },
			currency: 'GBP',
			items: [{ name: 'Paper', ordered: 5, price: 4.5 }],
		});
		expect(created.status).toBe(201);
		expect(Object.keys(created.json).sort()).toEqual(['id', 'idn']);
		const stored = pos().find((po) => po.idn === created.json.idn)!;
		expect(stored).toMatchObject({ status: PRECORO_STATUS.open, sum: 22.5 });
		const unknown = await post('POST', '/purchaseorders', { supplierId: 3 });
		expect(unknown.json.errors.errors).toEqual({ supplierId: 'This field was not expected.' });
		const missing = await post('POST', '/purchaseorders', { currency: 'GBP' });
		expect(missing.json.errors.errors).toEqual({ supplier: 'This value should not be blank.' });
	});

	it('sets an externalId with PATCH, at most 255 characters', async () => {
		const patch = precoro();
		const ok = await patch('PATCH', '/purchaseorders/5', { externalId: 'PQ-77' });
		expect(ok.json.externalId).toBe('PQ-77');
		const long = await patch('PATCH', '/invoices/5', { externalId: 'x'.repeat(256) });
		expect(long.status).toBe(400);
		expect((await patch('PATCH', '/invoices/5', { supplier: { id: 1 } })).status).toBe(400);
	});

	it('creates and renames custom field options', async () => {
		const post = precoro();
		const created = await post('POST', '/documentcustomfields/1/options', {
			name: 'Legal',
			code: 'LEG',
			enable: true,
		});
		expect(created.status).toBe(201);
		const renamed = await post('PUT', `/documentcustomfields/1/options/${created.json.id}`, {
			name: 'Legal & Compliance',
		});
		expect(renamed.json).toMatchObject({ name: 'Legal & Compliance', code: 'LEG' });
		const options = await post('GET', '/documentcustomfields/1/options?per_page=200');
		expect(options.json.data.map((o: { name: string }) => o.name)).toContain('Legal & Compliance');
		expect(
			(await post('PUT', `/documentcustomfields/2/options/${created.json.id}`, { name: 'x' }))
				.status,
		).toBe(404);
	});
});

describe('Precoro sandbox: rate limits', () => {
	beforeEach(() => sandbox.setRateLimits(true));

	it('refuses a second request within a second with the documented 429 body', async () => {
		const get = precoro();
		const [a, b] = await Promise.all([get('GET', '/users'), get('GET', '/units')]);
		const limited = [a, b].find((r) => r.status === 429)!;
		expect(limited.json).toMatchObject({
			error: 'Too many requests for this endpoint',
			'RateLimit-Limit': 1,
		});
		expect(limited.json['RateLimit-Retry-After']).toMatch(
			/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/,
		);
	});

	it('refuses the same GET within a minute, whatever the parameter order; a POST is exempt', async () => {
		sandbox.precoro.setLimits({ perSecond: 100 });
		const get = precoro();
		expect((await get('GET', '/purchaseorders?per_page=10&page=1')).status).toBe(200);
		const again = await get('GET', '/purchaseorders?page=1&per_page=10');
		expect(again.status).toBe(429);
		expect(again.json['RateLimit-Type']).toBe('Route based limiter by minute');
		expect((await get('GET', '/purchaseorders?page=2&per_page=10')).status).toBe(200);
		expect((await get('POST', '/purchaseorders/1/cancel')).status).not.toBe(429);
		expect((await get('POST', '/purchaseorders/1/cancel')).status).not.toBe(429);
	});

	it('counts refused requests too, and names the daily limit', async () => {
		sandbox.precoro.setLimits({ perSecond: 100, perDay: 2 });
		const get = precoro();
		await get('GET', '/users');
		await get('GET', '/units');
		const daily = await get('GET', '/taxes');
		expect(daily.json['RateLimit-Type']).toBe('Daily limiter');
		sandbox.precoro.setLimits({ perDay: 3 });
		// The refused request counted: three are in the day now.
		expect((await get('GET', '/locations')).status).toBe(429);
	});
});

describe('Precoro sandbox: webhooks', () => {
	it('posts the thin unsigned payload for a created and an approved order', async () => {
		const receiver = await startReceiver();
		try {
			sandbox.precoro.addWebhook(receiver.url, [2]);
			const created = await precoro()('POST', '/purchaseorders', {
				supplier: { id: 3 },
				location: { id: 1 },
				currency: 'GBP',
				items: [{ name: 'Paper', ordered: 1, price: 1 }],
			});
			await precoro()('POST', `/purchaseorders/${created.json.idn}/confirm`);
			await receiver.waitFor(2);
			expect(receiver.requests.map((r) => JSON.parse(r.body))).toEqual([
				{ id: created.json.id, type: 2, action: 0, idn: created.json.idn },
				{ id: created.json.id, type: 2, action: 1, idn: created.json.idn },
			]);
			expect(Object.keys(receiver.requests[0].headers)).not.toContain('x-signature');
			for (let i = 0; i < 4; i++) sandbox.precoro.addWebhook(receiver.url);
			expect(() => sandbox.precoro.addWebhook(receiver.url)).toThrow('at most 5');
		} finally {
			await receiver.close();
		}
	});
});
