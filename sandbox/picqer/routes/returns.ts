import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { created, ok, type Ctx, type Handler } from '../context';
import { ErrorCode, PicqerError, missing, notFound } from '../errors';
import { equals, search, since, sinceId } from '../filters';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Row } from '../types';
import { positiveAmount, requireCountry } from './validation';

const RETURN_FIELDS = [
	'name',
	'contactname',
	'address',
	'address2',
	'zipcode',
	'city',
	'region',
	'country',
	'telephone',
	'emailaddress',
	'reference',
	'language',
];

/** Where a return's field comes from on the order it belongs to. */
function orderField(field: string): string {
	return ['telephone', 'emailaddress', 'reference', 'language'].includes(field)
		? field
		: `delivery${field}`;
}

function returnedProduct(ctx: Ctx, input: Row): Row {
	if (input.idproduct === undefined && input.idorder_product === undefined) {
		throw new PicqerError(
			400,
			ErrorCode.productLineIncomplete,
			'Every returned product needs idproduct or idorder_product',
		);
	}
	const product = ctx.data.products.get(Number(input.idproduct));
	if (input.idproduct !== undefined && !product) throw notFound('Product');
	return {
		idreturn_product: ctx.data.seq.returnProduct.next(),
		idorder_product: input.idorder_product ?? null,
		idproduct: product?.idproduct ?? null,
		idreturn_reason: input.idreturn_reason ?? null,
		productcode: product?.productcode ?? null,
		name: product?.name ?? null,
		price: input.price ?? product?.price ?? 0,
		amount: positiveAmount(input.amount ?? 1, 'amount'),
		amount_received: 0,
	};
}

const returns: ResourceSpec = {
	path: '/returns',
	label: 'Return',
	table: (data) => data.returns,
	filters: {
		idorder: equals('idorder'),
		idcustomer: equals('idcustomer'),
		returnid: equals('returnid'),
		idreturn_status: equals('idreturn_status'),
		search: search('returnid', 'orderid', 'name', 'emailaddress', 'reference'),
		sinceid: sinceId('idreturn'),
		sincedate: since('updated'),
	},
	create: {
		required: [],
		validate(ctx) {
			if (ctx.body.idorder == null && !ctx.body.name) throw missing(['idorder or name']);
			if (ctx.body.idorder != null && !ctx.data.orders.get(Number(ctx.body.idorder))) {
				throw new PicqerError(400, ErrorCode.notFound, 'Order not found');
			}
			if (ctx.body.country != null) requireCountry(ctx.body.country, 'country');
		},
		event: 'returns.created',
		build(ctx, idreturn) {
			const order =
				ctx.body.idorder == null ? undefined : ctx.data.orders.get(Number(ctx.body.idorder));
			const status =
				ctx.data.returnStatuses.rows.find((s) => s.default) ?? ctx.data.returnStatuses.rows[0];
			const time = picqerTime();
			const number = ctx.data.seq.returnid.next();
			const row: Row = {
				idreturn,
				idorder: order?.idorder ?? null,
				idcustomer: order?.idcustomer ?? ctx.body.idcustomer ?? null,
				idtemplate: order?.idtemplate ?? null,
				returnid: `RET${time.slice(0, 4)}-${String(number).padStart(4, '0')}`,
				orderid: order?.orderid ?? null,
			};
			for (const field of RETURN_FIELDS)
				row[field] = ctx.body[field] ?? order?.[orderField(field)] ?? null;
			Object.assign(row, {
				idreturn_status: status.idreturn_status,
				status: status.name,
				returned_products: ((ctx.body.returned_products as Row[] | undefined) ?? []).map((p) =>
					returnedProduct(ctx, p),
				),
				replacement_products: [],
				created: time,
				updated: time,
			});
			return row;
		},
	},
	update: { fields: RETURN_FIELDS, event: 'returns.changed' },
};

/** POST logs: a comment, or (with idreturn_status) a status change. */
const addLog: Handler = (ctx) => {
	const ret = findOr404(returns, ctx);
	const wanted = ctx.body.idreturn_status;
	if (wanted == null && !ctx.body.message) throw missing(['message or idreturn_status']);
	const status = wanted == null ? undefined : ctx.data.returnStatuses.get(Number(wanted));
	if (wanted != null && !status) throw notFound('Return status');
	const log = ctx.data.returnLogs.create((idreturn_log) => ({
		idreturn_log,
		idreturn: ret.idreturn,
		iduser: ctx.data.users.rows[0].iduser,
		idreturn_status: status?.idreturn_status ?? null,
		message: ctx.body.message ?? null,
		notify_customer: Boolean(ctx.body.notify_customer ?? false),
		created: picqerTime(),
	}));
	if (status && status.idreturn_status !== ret.idreturn_status) {
		ret.idreturn_status = status.idreturn_status;
		ret.status = status.name;
		ret.updated = picqerTime();
		ctx.emit('returns.status_changed', ret);
	}
	return created(log);
};

/** POST receive: `{returned_products: [{idreturn_product, amount}]}`, or everything when empty. */
const receive: Handler = (ctx) => {
	const ret = findOr404(returns, ctx);
	const lines = ret.returned_products as Row[];
	const wanted =
		(ctx.body.returned_products as Row[] | undefined) ??
		lines.map((l) => ({
			idreturn_product: l.idreturn_product,
			amount: (l.amount as number) - (l.amount_received as number),
		}));
	for (const item of wanted) {
		const line = lines.find((l) => l.idreturn_product === Number(item.idreturn_product));
		if (!line) throw notFound('Returned product');
		const amount = Number(item.amount ?? 0);
		if ((line.amount_received as number) + amount > (line.amount as number)) {
			throw new PicqerError(
				400,
				ErrorCode.wrongStatus,
				`Cannot receive more than ${String(line.amount)} of ${String(line.productcode)}`,
			);
		}
		line.amount_received = (line.amount_received as number) + amount;
	}
	ret.updated = picqerTime();
	ctx.emit('returns.products_received', ret);
	return ok(ret);
};

export function registerReturns(router: Router<Handler>): void {
	registerResource(router, returns);
	router.add('POST', '/returns/:id/receive', receive);
	router.add('GET', '/returns/:id/logs', (ctx) => {
		const ret = findOr404(returns, ctx);
		return ok(ctx.data.returnLogs.rows.filter((l) => l.idreturn === ret.idreturn));
	});
	router.add('POST', '/returns/:id/logs', addLog);
	router.add('GET', '/returns/:id/returned_products', (ctx) =>
		ok(findOr404(returns, ctx).returned_products),
	);
	router.add('POST', '/returns/:id/returned_products', (ctx) => {
		const ret = findOr404(returns, ctx);
		const line = returnedProduct(ctx, ctx.body);
		(ret.returned_products as Row[]).push(line);
		return created(line);
	});
	router.add('GET', '/returns/:id/replacement_products', (ctx) =>
		ok(findOr404(returns, ctx).replacement_products),
	);
	registerComments(router, {
		path: '/returns',
		type: 'return',
		label: 'Return',
		table: returns.table,
	});
}
