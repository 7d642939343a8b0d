import { createHmac } from 'node:crypto';

import { PELCRO_DEMO_KEY, PELCRO_DEMO_SITE, PELCRO_MOUNT, PELCRO_SEED } from '../../sandbox/pelcro';
import type { Sandbox } from '../../sandbox/server';
import { startReceiver } from '../helpers/webhookReceiver';
import { useSandbox } from '../helpers/useSandbox';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

type Parsed = ReturnType<typeof JSON.parse>;

/** Calls the Pelcro mount with the demo key; `site_id` is added unless the query names it. */
async function pelcro(method: string, path: string, body?: unknown, key = PELCRO_DEMO_KEY) {
	const url = new URL(`${sandbox.url}${PELCRO_MOUNT}${path}`);
	if (!url.searchParams.has('site_id') && !path.includes('nosite'))
		url.searchParams.set('site_id', String(PELCRO_DEMO_SITE));
	url.searchParams.delete('nosite');
	const response = await fetch(url, {
		method,
		headers: {
			authorization: `Bearer ${key}`,
			accept: 'application/json',
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		json: (text ? JSON.parse(text) : undefined) as Parsed,
	};
}

describe('Pelcro simulator: admission', () => {
	it('wants a Bearer key', async () => {
		const reply = await pelcro('GET', '/customers', undefined, 'wrong');
		expect(reply.status).toBe(401);
		expect(reply.json).toEqual({ message: 'Unauthenticated.' });
	});

	it('wants the site_id of the key account, with a validation body', async () => {
		expect((await pelcro('GET', '/customers?nosite=1')).json).toEqual({
			errors: { site_id: ['The site id field is required.'] },
		});
		const other = await pelcro('GET', '/customers?site_id=99');
		expect(other.status).toBe(400);
		expect(other.json.errors.site_id).toEqual(['The selected site id is invalid.']);
	});

	it('answers 429 with no rate-limit headers beyond 120 a minute', async () => {
		sandbox.setRateLimits(true);
		sandbox.setTimeScale(1);
		try {
			const replies = [];
			for (let i = 0; i < 121; i++) replies.push(await pelcro('GET', '/plans?limit=1'));
			expect(replies.slice(0, 120).every((r) => r.status === 200)).toBe(true);
			const last = replies[120];
			expect(last.status).toBe(429);
			expect(last.json).toEqual({ message: 'Too Many Attempts.' });
			expect([...last.headers.keys()].filter((h) => /rate|retry/i.test(h))).toEqual([]);
		} finally {
			sandbox.setRateLimits(false);
		}
	});
});

describe('Pelcro simulator: lists', () => {
	it('pages in the Laravel envelope and ends with a null next link', async () => {
		const page = await pelcro('GET', '/customers?page=3&limit=100');
		expect(page.json.data).toHaveLength(PELCRO_SEED.customers - 200);
		expect(page.json.links.next).toBeNull();
		expect(page.json.meta).toMatchObject({
			current_page: 3,
			last_page: 3,
			per_page: 100,
			total: PELCRO_SEED.customers,
		});
		const firstPage = await pelcro('GET', '/customers');
		expect(firstPage.json.data).toHaveLength(10);
		expect(firstPage.json.links.next).toMatch(/\/customers\?page=2$/);
	});

	it('refuses a page size above 100 and unknown parameters, naming them', async () => {
		expect((await pelcro('GET', '/customers?limit=101')).json.errors.limit).toBeDefined();
		expect((await pelcro('GET', '/customers?per_page=5')).json.errors).toHaveProperty('per_page');
		expect((await pelcro('GET', '/charges?filter[email]=eq:x')).status).toBe(400);
	});

	it('filters with filter[attr]=op:value and sorts', async () => {
		const customer = sandbox.pelcro.data().customers.all()[4];
		const byEmail = await pelcro('GET', `/customers?filter[email]=eq:${String(customer.email)}`);
		expect(byEmail.json.data.map((c: Parsed) => c.id)).toEqual([customer.id]);
		const like = await pelcro('GET', '/customers?filter[email]=like:.12@&limit=100');
		expect(like.json.data.every((c: Parsed) => String(c.email).includes('.12@'))).toBe(true);
		const sorted = await pelcro('GET', '/customers?sort=-id&limit=2');
		expect(sorted.json.data[0].id).toBeGreaterThan(sorted.json.data[1].id);
		expect((await pelcro('GET', '/customers?sort=first_name')).status).toBe(400);
	});

	it('expands relations only when asked', async () => {
		const id = sandbox.pelcro.data().customers.all()[0].id;
		const plain = await pelcro('GET', `/customers/${String(id)}`);
		expect(plain.json.data.addresses).toBeUndefined();
		const expanded = await pelcro('GET', `/customers/${String(id)}?expand=addresses`);
		expect(expanded.json.data.addresses).toHaveLength(1);
	});
});

describe('Pelcro simulator: writes', () => {
	it('answers a validation failure with the errors body, field by field', async () => {
		const reply = await pelcro('POST', '/subscriptions', { plan_id: 1, quantity: 0, colour: 'x' });
		expect(reply.status).toBe(400);
		expect(reply.json.errors).toEqual({
			user_id: ['The user id field is required.'],
			quantity: ['The quantity must be at least 1.'],
			colour: ['The colour field is prohibited.'],
		});
	});

	it('creates a subscription with its first invoice, cancels and renews', async () => {
		const data = sandbox.pelcro.data();
		const customer = data.customers.all()[0];
		const plan = data.plans.all()[0];
		const created = await pelcro('POST', '/subscriptions', {
			plan_id: plan.id,
			user_id: customer.id,
			quantity: 2,
			collection_method: 'send_invoice',
		});
		expect(created.status).toBe(201);
		const id = created.json.data.id;
		const invoices = await pelcro('GET', `/invoices?customer_id=${String(customer.id)}&limit=100`);
		expect(
			invoices.json.data.some(
				(i: Parsed) => i.subscription_id === id && i.total === Number(plan.amount) * 2,
			),
		).toBe(true);

		const renewed = await pelcro('POST', `/subscriptions/renew?user_id=${String(customer.id)}`, {
			subscription_id: id,
			plan_id: plan.id,
			quantity: 1,
			source: 'Web',
		});
		expect(renewed.status).toBe(200);
		expect(renewed.json.data.phases).toHaveLength(2);

		expect(
			(await pelcro('DELETE', `/subscriptions/${String(id)}`, {})).json.errors.mode,
		).toBeDefined();
		const canceled = await pelcro('DELETE', `/subscriptions/${String(id)}`, {
			mode: 'now',
			reason: 'moving',
		});
		expect(canceled.json.data).toMatchObject({ status: 'canceled', cancel_reason: 'moving' });
		const again = await pelcro('POST', `/subscriptions/renew?user_id=${String(customer.id)}`, {
			subscription_id: id,
			plan_id: plan.id,
			quantity: 1,
			source: 'Web',
		});
		expect(again.status).toBe(400);
	});

	it('pays an open invoice offline once, then refuses to void it', async () => {
		const invoice = sandbox.pelcro
			.data()
			.invoices.all()
			.find((i) => i.status === 'open') as Parsed;
		const paid = await pelcro('POST', `/invoices/${String(invoice.id)}/pay_offline`, {
			reference: 'CHK-1',
			payment_category: 2,
		});
		expect(paid.json.data).toMatchObject({ status: 'paid', amount_due: 0 });
		expect((await pelcro('POST', `/invoices/${String(invoice.id)}/void`)).status).toBe(400);
		expect(
			(await pelcro('POST', `/invoices/${String(invoice.id)}/pay_offline`, { reference: 'CHK-2' }))
				.status,
		).toBe(400);
	});

	it('merges customer metadata and removes keys set to null', async () => {
		const customer = sandbox.pelcro.data().customers.all()[8];
		customer.metadata = { a: 1, b: 2 };
		const updated = await pelcro('PUT', `/customers/${String(customer.id)}`, {
			metadata: { b: null, c: 3 },
		});
		expect(updated.json.data.metadata).toEqual({ a: 1, c: 3 });
	});

	it('keeps a coupon discount fixed after creation', async () => {
		const created = await pelcro('POST', '/coupons', {
			code: 'TEN',
			name: 'Ten',
			duration: 'once',
			percent_off: 10,
		});
		expect(created.status).toBe(201);
		const updated = await pelcro('PUT', `/coupons/${String(created.json.data.id)}`, {
			percent_off: 90,
			name: 'Ten off',
		});
		expect(updated.json.data).toMatchObject({ percent_off: 10, name: 'Ten off' });
	});

	it('wants site_id in the body of a new address as well', async () => {
		const customer = sandbox.pelcro.data().customers.all()[0];
		const body = { customer_id: customer.id, type: 'shipping', line1: '1 Road', country: 'GB' };
		expect((await pelcro('POST', '/addresses', body)).json.errors.site_id).toBeDefined();
		expect(
			(await pelcro('POST', '/addresses', { ...body, site_id: PELCRO_DEMO_SITE })).status,
		).toBe(201);
		expect(
			(await pelcro('POST', '/addresses', { ...body, site_id: PELCRO_DEMO_SITE, country: 'US' }))
				.json.errors.state,
		).toBeDefined();
	});
});

describe('Pelcro simulator: webhooks', () => {
	it('returns the secret once, signs deliveries with it and stops at 10 webhooks', async () => {
		const receiver = await startReceiver();
		try {
			const created = await pelcro('POST', '/webhooks', {
				url: `${receiver.url}/0`,
				all_events_enabled: false,
				events_enabled: ['customer_created'],
			});
			expect(created.status).toBe(201);
			const secret = created.json.data.secret;
			expect(typeof secret).toBe('string');
			expect(
				(await pelcro('GET', `/webhooks/${String(created.json.data.id)}`)).json.data.secret,
			).toBeUndefined();

			receiver.calls.length = 0;
			await pelcro('POST', '/customers', { email: 'new.person@example.com' });
			await new Promise((resolve) => setTimeout(resolve, 50));
			await sandbox.pelcro.settled();
			expect(receiver.calls).toHaveLength(1);
			const call = receiver.calls[0];
			expect(JSON.parse(call.rawBody.toString()).type).toBe('customer.created');
			expect(call.headers['x-pelcro-hmac-sha256']).toBe(
				createHmac('sha256', secret).update(call.rawBody).digest('base64'),
			);

			for (let i = 1; i < 10; i++) {
				const reply = await pelcro('POST', '/webhooks', {
					url: `${receiver.url}/${i}`,
					all_events_enabled: true,
				});
				expect(reply.status).toBe(201);
			}
			const full = await pelcro('POST', '/webhooks', {
				url: `${receiver.url}/10`,
				all_events_enabled: true,
			});
			expect(full.status).toBe(400);
			expect(full.json.message).toMatch(/maximum number of webhooks \(10\)/);
		} finally {
			await receiver.close();
		}
	});

	it('refuses unknown event names and a URL that does not answer 200', async () => {
		const receiver = await startReceiver(() => 404);
		try {
			const dotted = await pelcro('POST', '/webhooks', {
				url: receiver.url,
				all_events_enabled: false,
				events_enabled: ['customer.created'],
			});
			expect(dotted.json.errors['events_enabled.0']).toBeDefined();
			const silent = await pelcro('POST', '/webhooks', {
				url: receiver.url,
				all_events_enabled: true,
			});
			expect(silent.json.errors.url).toBeDefined();
		} finally {
			await receiver.close();
		}
	});
});
