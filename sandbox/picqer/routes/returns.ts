import type { Router } from '../../router';
import { registerComments } from '../attachments';
import { created, ok, type Ctx, type Handler } from '../context';
import { accepting, isMissing, lineFields } from '../contract';
import { ErrorCode, PicqerError, missing, notFound } from '../errors';
import { equals, search, since } from '../filters';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Row } from '../types';
import { positiveAmount, requireCountry } from './validation';

/** Name and address attributes of a return (picqer.com/en/api/returns, attributes table). */
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

/** Everything else one may write on a return (same table). */
const RETURN_EXTRA_FIELDS = ['tracking_code', 'received_at', 'idfulfilment_customer'];

/**
 * A returned product line: `idreturn_reason`, `idproduct` and `price` "required"
 * (picqer.com/en/api/returns); `amount` (Picqer WMS MCP server: {idreturn_reason, idproduct,
 * price, amount}).
 */
const LINE_FIELDS = ['idproduct', 'idreturn_reason', 'price', 'amount'];
const LINE_REQUIRED = ['idreturn_reason', 'idproduct', 'price'];

/** Where a return's field comes from on the order it belongs to. */
function orderField(field: string): string {
	return ['telephone', 'emailaddress', 'reference', 'language'].includes(field)
		? field
		: `delivery${field}`;
}

function returnedProduct(ctx: Ctx, input: Row): Row {
	const absent = LINE_REQUIRED.filter((field) => isMissing(input, field));
	if (absent.length > 0) {
		throw new PicqerError(
			400,
			ErrorCode.productLineIncomplete,
			`Every returned product needs ${absent.join(', ')}`,
		);
	}
	const product = ctx.data.products.get(Number(input.idproduct));
	if (!product) throw notFound('Product');
	if (!ctx.data.returnReasons.get(Number(input.idreturn_reason))) throw notFound('Return reason');
	return {
		idreturn_product: ctx.data.seq.returnProduct.next(),
		idorder_product: null,
		idproduct: product.idproduct,
		idreturn_reason: Number(input.idreturn_reason),
		productcode: product.productcode,
		name: product.name,
		price: Number(input.price),
		amount: positiveAmount(input.amount ?? 1, 'amount'),
		amount_received: 0,
	};
}

const returns: ResourceSpec = {
	path: '/returns',
	label: 'Return',
	table: (data) => data.returns,
	// Picqer WMS MCP server (third party): "search, status, emailaddress, idcustomer,
	// created_after, updated_after". What `search` matches: no vendor source. `status` is left
	// out: no source says what value it takes.
	filters: {
		search: search('returnid', 'orderid', 'name', 'emailaddress', 'reference'),
		emailaddress: equals('emailaddress'),
		idcustomer: equals('idcustomer'),
		created_after: since('created'),
		updated_after: since('updated'),
	},
	create: {
		fields: [
			'idcustomer',
			'idorder',
			'idreturn_status',
			'idtemplate',
			...RETURN_FIELDS,
			...RETURN_EXTRA_FIELDS,
			'returned_products',
			'replacement_products',
		],
		// "required" (picqer.com/en/api/returns).
		required: ['idreturn_status', 'idtemplate'],
		validate(ctx) {
			if (ctx.body.idorder != null && !ctx.data.orders.get(Number(ctx.body.idorder))) {
				throw new PicqerError(400, ErrorCode.notFound, 'Order not found');
			}
			if (!ctx.data.returnStatuses.get(Number(ctx.body.idreturn_status)))
				throw notFound('Return status');
			if (!ctx.data.templates.get(Number(ctx.body.idtemplate))) throw notFound('Template');
			if (ctx.body.country != null) requireCountry(ctx.body.country, 'country');
			const lines = ctx.body.returned_products;
			if (lines !== undefined && !Array.isArray(lines)) throw missing(['returned_products']);
			lineFields((lines as Row[] | undefined) ?? [], LINE_FIELDS, 'returned_products');
		},
		event: 'returns.created',
		build(ctx, idreturn) {
			const order =
				ctx.body.idorder == null ? undefined : ctx.data.orders.get(Number(ctx.body.idorder));
			const status = ctx.data.returnStatuses.get(Number(ctx.body.idreturn_status))!;
			const time = picqerTime();
			const number = ctx.data.seq.returnid.next();
			const row: Row = {
				idreturn,
				idorder: order?.idorder ?? null,
				idcustomer: order?.idcustomer ?? ctx.body.idcustomer ?? null,
				idtemplate: Number(ctx.body.idtemplate),
				returnid: `RET${time.slice(0, 4)}-${String(number).padStart(4, '0')}`,
				orderid: order?.orderid ?? null,
			};
			// "If you provide the params idorder or idcustomer, the name and address fields will be
			// copied from the linked order or customer if these fields are not given."
			for (const field of RETURN_FIELDS)
				row[field] = ctx.body[field] ?? order?.[orderField(field)] ?? null;
			for (const field of RETURN_EXTRA_FIELDS) row[field] = ctx.body[field] ?? null;
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
	update: { fields: [...RETURN_FIELDS, ...RETURN_EXTRA_FIELDS], event: 'returns.changed' },
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

export function registerReturns(router: Router<Handler>): void {
	registerResource(router, returns);
	// picqer-php Client.php `getReturnLogAndComments`, `addReturnLogOrChangeStatus`
	// (`{idreturn_status, message, notify_customer}`, Picqer WMS MCP server), `getReturnedProducts`,
	// `addReturnedProducts`, `getReplacementProducts`.
	router.add(
		'GET',
		'/returns/:id/logs',
		accepting({}, (ctx) => {
			const ret = findOr404(returns, ctx);
			return ok(ctx.data.returnLogs.rows.filter((l) => l.idreturn === ret.idreturn));
		}),
	);
	router.add(
		'POST',
		'/returns/:id/logs',
		accepting({ body: ['idreturn_status', 'message', 'notify_customer'] }, addLog),
	);
	router.add(
		'GET',
		'/returns/:id/returned_products',
		accepting({}, (ctx) => ok(findOr404(returns, ctx).returned_products)),
	);
	router.add(
		'POST',
		'/returns/:id/returned_products',
		accepting({ body: LINE_FIELDS }, (ctx) => {
			const ret = findOr404(returns, ctx);
			const line = returnedProduct(ctx, ctx.body);
			(ret.returned_products as Row[]).push(line);
			return created(line);
		}),
	);
	router.add(
		'GET',
		'/returns/:id/replacement_products',
		accepting({}, (ctx) => ok(findOr404(returns, ctx).replacement_products)),
	);
	registerComments(router, {
		path: '/returns',
		type: 'return',
		label: 'Return',
		table: returns.table,
	});
}
