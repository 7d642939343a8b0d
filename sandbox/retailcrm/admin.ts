import { json } from '../http';
import { Router } from '../router';
import type { SandboxResponse } from '../types';
import { CrmError } from './errors';
import type { ChangeOptions, RetailCrmHandle } from './handle';
import type { Row } from './types';

type AdminBody = ChangeOptions & {
	order?: Row;
	customer?: Row;
	site?: string;
	perSecond?: number;
};
type AdminHandler = (handle: RetailCrmHandle, body: AdminBody, id: number) => SandboxResponse;

const router = new Router<AdminHandler>()
	.add('POST', '/orders', (h, b) => json(201, h.createOrder(b.order ?? {}, String(b.site), b)))
	.add('POST', '/orders/:id', (h, b, id) => json(200, h.editOrder(id, b.order ?? {}, b)))
	.add('POST', '/customers', (h, b) =>
		json(201, h.createCustomer(b.customer ?? {}, String(b.site), b)),
	)
	.add('POST', '/customers/:id', (h, b, id) => json(200, h.editCustomer(id, b.customer ?? {}, b)))
	.add('GET', '/history/orders', (h) => json(200, h.history('orders')))
	.add('GET', '/history/customers', (h) => json(200, h.history('customers')))
	.add('POST', '/ratelimit', (h, b) => {
		h.setRateLimit(b.perSecond);
		return json(200, { perSecond: h.rateLimit });
	});

/**
 * `/__sandbox/retailcrm/...`: make changes as a CRM user (`userId`) or another
 * key (`key`), read history, and set the rate limit, from another process.
 */
export function retailCrmAdmin(
	handle: RetailCrmHandle,
	method: string,
	path: string,
	body: unknown,
): SandboxResponse | undefined {
	const match = router.match(method, path);
	if (!match) return undefined;
	try {
		return match.handler(handle, (body ?? {}) as AdminBody, Number(match.params.id));
	} catch (error) {
		if (error instanceof CrmError) return error.toResponse();
		return json(400, { error: (error as Error).message });
	}
}
