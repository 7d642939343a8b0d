import type { SandboxResponse } from '../types';
import type { Customer, Order, ServiceData } from './store';
import { customerV1, customerV2, orderV1, orderV2, productOut } from './store';
import { ValidationFailure } from './validation';

/** The service's error body (no vendor source; notes.md asks for a JSON error body). */
export function serviceError(
	status: number,
	code: string,
	message: string,
	errors?: Array<{ field: string; message: string }>,
): SandboxResponse {
	return { status, json: { code, message, ...(errors && errors.length > 0 ? { errors } : {}) } };
}

export interface RouteCtx {
	data: ServiceData;
	params: Record<string, string>;
	query: Record<string, unknown>;
	body: Record<string, unknown>;
	/** The absolute address of the route's version root, for links: http://host/openapi-service. */
	root: string;
}

export type Handler = (ctx: RouteCtx) => SandboxResponse;

const okJson = (json: unknown, status = 200): SandboxResponse => ({ status, json });
const now = () => new Date().toISOString();

function customerOf(ctx: RouteCtx): Customer {
	const id = Number(ctx.params.customerId);
	const found = ctx.data.customers.find((c) => c.id === id);
	if (!found)
		throw new ValidationFailure('not_found', `Customer ${ctx.params.customerId} not found`);
	return found;
}

function filtered<T>(rows: T[], filters: Array<[unknown, (row: T) => unknown]>): T[] {
	return rows.filter((row) =>
		filters.every(([wanted, get]) => wanted === undefined || get(row) === wanted),
	);
}

function splitName(name: string): { firstName: string; lastName: string | null } {
	const [firstName, ...rest] = name.trim().split(/\s+/);
	return { firstName, lastName: rest.length > 0 ? rest.join(' ') : null };
}

function query(params: Record<string, unknown>): string {
	return Object.entries(params)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
		.join('&');
}

function newOrder(ctx: RouteCtx): Order {
	const customerId = Number(ctx.body.customer_id);
	if (!ctx.data.customers.some((c) => c.id === customerId)) {
		throw new ValidationFailure(
			'validation_failed',
			'The request is invalid: customer_id does not exist',
			[{ field: 'customer_id', message: `no customer ${customerId}` }],
		);
	}
	const lines = (ctx.body.lines as Array<{ product_id: string; quantity: number }>).map(
		(line, index) => {
			const product = ctx.data.products.find((p) => p.id === line.product_id);
			if (!product) {
				throw new ValidationFailure(
					'validation_failed',
					'The request is invalid: unknown product',
					[{ field: `lines[${index}].product_id`, message: `no product ${line.product_id}` }],
				);
			}
			return { product_id: product.id, quantity: line.quantity, price: product.price };
		},
	);
	const stamp = now();
	return {
		id: ctx.data.nextOrderId++,
		customerId,
		status: 'pending',
		currency: typeof ctx.body.currency === 'string' ? ctx.body.currency : 'EUR',
		lines,
		...(typeof ctx.body.note === 'string' ? { note: ctx.body.note } : {}),
		createdAt: stamp,
		updatedAt: stamp,
	};
}

const CURSOR_PREFIX = 'c1:';
const cursorFor = (id: number) => Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
function idFromCursor(cursor: string): number {
	const text = Buffer.from(cursor, 'base64url').toString('utf8');
	if (!text.startsWith(CURSOR_PREFIX) || !/^\d+$/.test(text.slice(CURSOR_PREFIX.length))) {
		throw new ValidationFailure(
			'invalid_cursor',
			'The cursor is not valid; start again without one',
		);
	}
	return Number(text.slice(CURSOR_PREFIX.length));
}

/** Handlers by `METHOD specPath`; the spec's own paths route the requests. */
export const handlers: Record<string, Handler> = {
	'GET /v1/customers'(ctx) {
		const page = Number(ctx.query.page ?? 1);
		const perPage = Number(ctx.query.per_page ?? 25);
		const rows = filtered(ctx.data.customers, [
			[ctx.query.status, (c) => c.status],
			[ctx.query.email, (c) => c.email],
		]);
		const last = Math.max(1, Math.ceil(rows.length / perPage));
		return okJson({
			data: rows.slice((page - 1) * perPage, page * perPage).map(customerV1),
			meta: { current_page: page, last_page: last, per_page: perPage, total: rows.length },
		});
	},
	'POST /v1/customers'(ctx) {
		const stamp = now();
		const customer: Customer = {
			id: ctx.data.nextCustomerId++,
			...splitName(String(ctx.body.name)),
			email: String(ctx.body.email),
			phone: (ctx.body.phone as string | null | undefined) ?? null,
			status: (ctx.body.status as Customer['status'] | undefined) ?? 'active',
			tags: [],
			createdAt: stamp,
			updatedAt: stamp,
		};
		ctx.data.customers.push(customer);
		return okJson(customerV1(customer), 201);
	},
	'GET /v1/customers/search'(ctx) {
		const q = String(ctx.query.q).toLowerCase();
		return okJson(
			ctx.data.customers
				.filter((c) => customerV1(c).name.toLowerCase().includes(q))
				.slice(0, 50)
				.map(customerV1),
		);
	},
	'GET /v1/customers/{customerId}': (ctx) => okJson(customerV1(customerOf(ctx))),
	'PUT /v1/customers/{customerId}'(ctx) {
		const customer = customerOf(ctx);
		if (typeof ctx.body.name === 'string') Object.assign(customer, splitName(ctx.body.name));
		if (typeof ctx.body.email === 'string') customer.email = ctx.body.email;
		if (ctx.body.phone !== undefined) customer.phone = ctx.body.phone as string | null;
		if (ctx.body.status !== undefined) customer.status = ctx.body.status as Customer['status'];
		customer.updatedAt = now();
		return okJson(customerV1(customer));
	},
	'DELETE /v1/customers/{customerId}'(ctx) {
		const customer = customerOf(ctx);
		ctx.data.customers.splice(ctx.data.customers.indexOf(customer), 1);
		return { status: 204 };
	},
	'GET /v2/customers'(ctx) {
		const limit = Number(ctx.query.limit ?? 20);
		const after = typeof ctx.query.cursor === 'string' ? idFromCursor(ctx.query.cursor) : 0;
		const rows = filtered(ctx.data.customers, [[ctx.query.status, (c) => c.status]]).filter(
			(c) => c.id > after,
		);
		const page = rows.slice(0, limit);
		const more = rows.length > limit;
		return okJson({
			data: page.map(customerV2),
			next_cursor: more ? cursorFor(page[page.length - 1].id) : null,
		});
	},
	'POST /v2/customers'(ctx) {
		const stamp = now();
		const customer: Customer = {
			id: ctx.data.nextCustomerId++,
			firstName: String(ctx.body.first_name),
			lastName: (ctx.body.last_name as string | null | undefined) ?? null,
			email: String(ctx.body.email),
			phone: (ctx.body.phone as string | null | undefined) ?? null,
			status: (ctx.body.status as Customer['status'] | undefined) ?? 'active',
			tags: (ctx.body.tags as string[] | undefined) ?? [],
			createdAt: stamp,
			updatedAt: stamp,
		};
		ctx.data.customers.push(customer);
		return okJson(customerV2(customer), 201);
	},
	'GET /v2/customers/{customerId}': (ctx) => okJson(customerV2(customerOf(ctx))),
	'PATCH /v2/customers/{customerId}'(ctx) {
		const customer = customerOf(ctx);
		const b = ctx.body;
		if (typeof b.first_name === 'string') customer.firstName = b.first_name;
		if (b.last_name !== undefined) customer.lastName = b.last_name as string | null;
		if (typeof b.email === 'string') customer.email = b.email;
		if (b.phone !== undefined) customer.phone = b.phone as string | null;
		if (b.status !== undefined) customer.status = b.status as Customer['status'];
		if (b.tags !== undefined) customer.tags = b.tags as string[];
		customer.updatedAt = now();
		return okJson(customerV2(customer));
	},
	'DELETE /v2/customers/{customerId}'(ctx) {
		const customer = customerOf(ctx);
		ctx.data.customers.splice(ctx.data.customers.indexOf(customer), 1);
		return { status: 204 };
	},
	'GET /v1/orders'(ctx) {
		const page = Number(ctx.query.page ?? 1);
		const perPage = Number(ctx.query.per_page ?? 25);
		const rows = filtered(ctx.data.orders, [
			[ctx.query.status, (o) => o.status],
			[ctx.query.customer_id, (o) => o.customerId],
		]);
		const last = Math.max(1, Math.ceil(rows.length / perPage));
		const link = (n: number, rel: string) =>
			`<${ctx.root}/v1/orders?${query({ ...ctx.query, page: n, per_page: perPage })}>; rel="${rel}"`;
		// GitHub-style: next only while there is one, last always.
		const links = [...(page < last ? [link(page + 1, 'next')] : []), link(last, 'last')];
		return {
			status: 200,
			headers: { Link: links.join(', ') },
			json: rows.slice((page - 1) * perPage, page * perPage).map(orderV1),
		};
	},
	'POST /v1/orders'(ctx) {
		const order = newOrder(ctx);
		ctx.data.orders.push(order);
		return okJson(orderV1(order), 201);
	},
	'GET /v1/orders/{orderId}'(ctx) {
		const order = ctx.data.orders.find((o) => o.id === Number(ctx.params.orderId));
		if (!order) throw new ValidationFailure('not_found', `Order ${ctx.params.orderId} not found`);
		return okJson(orderV1(order));
	},
	'GET /v2/orders'(ctx) {
		const size = 25;
		const after = Number(ctx.query.after ?? 0);
		const rows = filtered(ctx.data.orders, [[ctx.query.status, (o) => o.status]]).filter(
			(o) => o.id > after,
		);
		const page = rows.slice(0, size);
		const next =
			rows.length > size
				? `${ctx.root}/v2/orders?${query({ status: ctx.query.status, after: page[page.length - 1].id })}`
				: null;
		return okJson({ orders: page.map(orderV2), links: { next } });
	},
	'GET /v1/products'(ctx) {
		const offset = Number(ctx.query.offset ?? 0);
		const limit = Number(ctx.query.limit ?? 50);
		const rows = filtered(ctx.data.products, [[ctx.query.active, (p) => p.active]]);
		return okJson({
			items: rows.slice(offset, offset + limit).map(productOut),
			total: rows.length,
			offset,
			limit,
		});
	},
	'GET /v1/products/{productId}'(ctx) {
		const product = ctx.data.products.find((p) => p.id === ctx.params.productId);
		if (!product)
			throw new ValidationFailure('not_found', `Product ${ctx.params.productId} not found`);
		return okJson(productOut(product));
	},
};
