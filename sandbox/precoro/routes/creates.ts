import type { Router } from '../../router';
import type { Ctx, Handler } from '../context';
import { json } from '../context';
import { documentId, precoroTime } from '../data';
import type { DocType } from '../documentTypes';
import {
	EXPENSE_ITEM_FIELDS,
	INVOICE_ITEM_FIELDS,
	PAID,
	PURCHASE_ORDER_ITEM_FIELDS,
	PURCHASE_REQUISITION_ITEM_FIELDS,
	STATUS,
	SUBMIT_EXPENSE_FIELDS,
	SUBMIT_INVOICE_FIELDS,
	SUBMIT_PAYMENT_FIELDS,
	SUBMIT_PURCHASE_ORDER_FIELDS,
	SUBMIT_PURCHASE_REQUISITION_FIELDS,
	SUBMIT_RECEIPT_FIELDS,
	WAREHOUSE_REQUEST_FIELDS,
	WAREHOUSE_REQUEST_ITEM_FIELDS,
	WEBHOOK_TYPES,
} from '../documentTypes';
import { BLANK, invalid, notAllowed } from '../errors';
import { onlyFields, timeOf } from '../query';
import type { Doc, Row } from '../types';
import { noBody, objectBody, reference } from './body';
import type { BodyRules } from './documentBody';
import { documentFields, line } from './documentBody';
import { findDoc, touch } from './documents';

/*
 * The creates and money movements of Precoro's documents, each on the path and with the DTO of
 * Precoro's OpenAPI export (yliashenko-sdet/precoro-taf-wiki
 * `01-context/archive/precoro-openapi-2026-09-22.json`, "INT").
 */

interface CreateRule extends BodyRules {
	type: DocType;
	/** The DTO's properties: anything else is refused. */
	dto: ReadonlySet<string>;
	/** Fields the new document has before the body's. */
	base?: Row;
	/** What INT says the 201 holds. */
	answer: (doc: Doc) => unknown;
}

/** A new document from its DTO, stored as a draft and announced by a create webhook. */
export function createDocument(ctx: Ctx, rule: CreateRule, more: Row = {}): Doc {
	const body = objectBody(ctx);
	onlyFields(body, rule.dto);
	const fields = documentFields(ctx, body, rule);
	const table = ctx.data.documents[rule.type];
	const idn = ctx.data.nextIdn[rule.type]++;
	const doc = table.create(
		(id) =>
			({
				id: documentId(rule.type, id),
				idn,
				// A document made through the API is a draft until it is confirmed into approval (no
				// vendor source for the status; requisitions are drafts per the Precoro MCP docs).
				status: STATUS.open,
				createDate: precoroTime(ctx.now),
				updateDate: precoroTime(ctx.now),
				approvalDate: null,
				requiredDate: null,
				note: null,
				logicType: 0,
				externalId: null,
				integrationStatus: null,
				legalEntity: null,
				creator: { id: ctx.user.id, email: ctx.user.email },
				dataDocumentCustomFields: { data: [] },
				...rule.base,
				...fields,
				...more,
			}) as Doc,
	);
	ctx.notify(WEBHOOK_TYPES[rule.type], 0, doc.id, doc.idn);
	return doc;
}

const created =
	(rule: CreateRule): Handler =>
	(ctx) =>
		json(201, rule.answer(createDocument(ctx, rule)));

const round = (n: number) => Math.round(n * 100) / 100;
const idnAndId = (doc: Doc) => ({ idn: doc.idn, id: doc.id });
const idnOnly = (doc: Doc) => ({ idn: doc.idn });

/** POST /purchaseorders: SubmitPurchaseOrderDto, 201 with `{ idn, id }`. */
const purchaseOrder: CreateRule = {
	type: 'purchaseorders',
	dto: SUBMIT_PURCHASE_ORDER_FIELDS,
	itemFields: PURCHASE_ORDER_ITEM_FIELDS,
	required: ['supplier', 'location', 'currency', 'items'],
	base: { purchaseRequisitions: [] },
	answer: idnAndId,
};

/**
 * POST /invoices (post_api_post_invoice): SubmitInvoiceDto, 201 with `{ idn, id }`. An invoice
 * needs its supplier, location, currency, the supplier's number and issue date, and lines.
 */
const invoice: CreateRule = {
	type: 'invoices',
	dto: SUBMIT_INVOICE_FIELDS,
	itemFields: INVOICE_ITEM_FIELDS,
	required: ['supplier', 'location', 'currency', 'invoiceNumber', 'issueDate', 'items'],
	base: { sumPaid: 0, purchaseOrder: null },
	answer: idnAndId,
};

/**
 * POST /invoice/credit_note (post_api_post_credit_note): the same DTO, 201 with the whole credit
 * note (InvoiceTransformer). Credit notes are invoices of logicType 1 (hotgluexyz/tap-precoro).
 */
const creditNote: CreateRule = {
	...invoice,
	base: { ...invoice.base, logicType: 1 },
	answer: (doc) => doc,
};

/**
 * POST /purchaserequisitions (post_api_post_purchase_requisition): SubmitPurchaseRequisitionDto,
 * 201 with `{ idn, id }`. Location, required date and lines are required (Precoro MCP
 * create-requisition tool); the currency is each line's.
 */
const purchaseRequisition: CreateRule = {
	type: 'purchaserequisitions',
	dto: SUBMIT_PURCHASE_REQUISITION_FIELDS,
	itemFields: PURCHASE_REQUISITION_ITEM_FIELDS,
	required: ['location', 'requiredDate', 'items'],
	answer: idnAndId,
};

/** POST /warehouserequests (post_api_post_warehouse_requests): WarehouseRequestDto, 201 `{ idn }`. */
const warehouseRequest: CreateRule = {
	type: 'warehouserequests',
	dto: WAREHOUSE_REQUEST_FIELDS,
	itemFields: new Set(),
	required: ['location', 'warehouse'],
	base: { items: [], sum: 0 },
	answer: idnOnly,
};

/**
 * POST /warehouserequests/{idn}/items (post_api_post_warehouse_request_item): one
 * WarehouseRequestItemDto, 201 with the line (WarehouseRequestItemTransformer). That lines can be
 * added only to a draft or a request sent back has no vendor source; it follows the app, where
 * an approved request is read-only.
 */
function addWarehouseRequestItem(ctx: Ctx) {
	const doc = findDoc(ctx, 'warehouserequests');
	const added = line(ctx, objectBody(ctx), WAREHOUSE_REQUEST_ITEM_FIELDS);
	if (doc.status !== STATUS.open && doc.status !== STATUS.onRevision)
		throw notAllowed(`Lines can be added to a draft only (status ${doc.status}).`);
	const items = [...((doc.items as Row[]) ?? []), added];
	added.id = doc.idn * 100 + items.length;
	doc.items = items;
	doc.sum = round(items.reduce((t, l) => t + Number(l.ordered) * Number(l.price), 0));
	touch(ctx, 'warehouserequests', doc);
	return json(201, {
		...added,
		received: 0,
		notReceived: added.ordered,
		status: 0,
		warehouseRequest: { id: doc.id },
	});
}

/** POST /expenses (post_api_post_expense): SubmitExpenseDto, 201 with `{ idn }`. */
const expense: CreateRule = {
	type: 'expenses',
	dto: SUBMIT_EXPENSE_FIELDS,
	itemFields: EXPENSE_ITEM_FIELDS,
	required: ['location', 'currency', 'items'],
	base: { sumPaid: 0 },
	answer: idnOnly,
};

/**
 * POST /payments (post_api_post_invoice_payment): SubmitPaymentDto, 201 with the payment
 * (PaymentTransformer). The invoice then shows the sum paid and counts as partly or fully paid.
 * A payment on a fully paid invoice gets hotgluexyz/target-precoro's "The Invoice is already
 * fully paid." (its client reads the nested body); target-precoro also rounds a payment within
 * 0.01 of what is left to it, so one above what is left is refused. That only an approved or
 * partly paid invoice takes a payment has no vendor source.
 */
function createPayment(ctx: Ctx) {
	const body = objectBody(ctx);
	onlyFields(body, SUBMIT_PAYMENT_FIELDS);
	const invoices = ctx.data.documents.invoices;
	const paid = reference(body.invoice, 'invoice', (id) => invoices.get(id as number), true)!;
	if (typeof body.sumPaid !== 'number' || !(body.sumPaid > 0))
		throw invalid({ sumPaid: 'This value should be greater than 0.' });
	if (body.payDate === undefined || body.payDate === '') throw invalid({ payDate: BLANK });
	if (Number.isNaN(timeOf(body.payDate)))
		throw invalid({ payDate: 'This value is not a valid datetime.' });
	if (body.logicType !== undefined && !Number.isInteger(body.logicType))
		throw invalid({ logicType: 'This value should be of type integer.' });
	const fields = documentFields(ctx, body, { required: [], itemFields: new Set() });
	const sum = Number(paid.sum ?? 0);
	const before = Number(paid.sumPaid ?? 0);
	if (paid.status === PAID.fully || before >= sum)
		throw invalid({ sumPaid: 'The Invoice is already fully paid.' });
	if (paid.status !== STATUS.approved && paid.status !== PAID.partly)
		throw notAllowed(`Only an approved invoice can be paid (status ${paid.status}).`);
	if (body.sumPaid > round(sum - before) + 0.005)
		throw invalid({ sumPaid: `The payment is more than the ${round(sum - before)} left to pay.` });
	const after = round(before + body.sumPaid);
	paid.sumPaid = after;
	paid.status = after >= sum ? PAID.fully : PAID.partly;
	touch(ctx, 'invoices', paid);
	const payments = ctx.data.documents.payments;
	const idn = ctx.data.nextIdn.payments++;
	const payment = payments.create(
		(id) =>
			({
				id: documentId('payments', id),
				idn,
				// Payment statuses are not documented; a recorded payment shows as the seeded ones do.
				status: STATUS.approved,
				createDate: precoroTime(ctx.now),
				updateDate: precoroTime(ctx.now),
				payDate: precoroTime(timeOf(body.payDate)),
				sumPaid: body.sumPaid,
				logicType: body.logicType ?? 0,
				currency: paid.currency,
				invoice: { id: paid.id, idn: paid.idn },
				purchaseOrder: paid.purchaseOrder ?? null,
				balance: round(sum - after),
				externalId: fields.externalId ?? null,
				creator: { id: ctx.user.id, email: ctx.user.email },
			}) as Doc,
	);
	return json(201, payment);
}

/**
 * POST /receipts/{idn}/receive_all (post_api_post_receipt_receive_all): SubmitReceiptDto, 201
 * with the receipt (ReceiptTransformer). The DTO names no order, so `{idn}` is taken as the
 * order's IDN (INT does not say). Only an approved order can be received, and only once in full
 * (no vendor source; the order's lines are all received after it).
 */
function receiveAll(ctx: Ctx) {
	const order = findDoc(ctx, 'purchaseorders');
	onlyFields(objectBody(ctx), SUBMIT_RECEIPT_FIELDS);
	if (order.status !== STATUS.approved)
		throw notAllowed(`Only an approved order can be received (status ${order.status}).`);
	if (order.isAllItemsReceived === true)
		throw notAllowed('All items of the purchase order are already received.');
	const items = ((order.items as Row[]) ?? []).map((line) => ({
		...line,
		received: line.ordered,
		purchaseOrderItem: { id: line.id },
	}));
	const receipt = createDocument(
		ctx,
		{
			type: 'receipts',
			dto: SUBMIT_RECEIPT_FIELDS,
			itemFields: new Set(),
			required: [],
			answer: (doc) => doc,
		},
		{
			purchaseOrder: { id: order.id, idn: order.idn },
			supplier: order.supplier,
			location: order.location,
			legalEntity: order.legalEntity ?? null,
			currency: order.currency,
			items,
		},
	);
	order.isAllItemsReceived = true;
	touch(ctx, 'purchaseorders', order);
	return json(201, receipt);
}

/**
 * POST /expenses/{idn}/mark_as_paid (post_api_mark_as_paid_expense): no body. INT documents no
 * answer; this one returns the expense. That only an approved expense can be marked paid has no
 * vendor source; the status it takes is tap-precoro's "paid" code.
 */
function markExpensePaid(ctx: Ctx) {
	noBody(ctx);
	const doc = findDoc(ctx, 'expenses');
	if (doc.status === PAID.fully) throw notAllowed('The expense is already paid.');
	if (doc.status !== STATUS.approved)
		throw notAllowed(`Only an approved expense can be marked as paid (status ${doc.status}).`);
	doc.status = PAID.fully;
	doc.sumPaid = doc.sum ?? 0;
	touch(ctx, 'expenses', doc);
	return json(200, doc);
}

export function registerCreates(router: Router<Handler>): void {
	router.add('POST', '/purchaseorders', created(purchaseOrder));
	router.add('POST', '/invoices', created(invoice));
	router.add('POST', '/invoice/credit_note', created(creditNote));
	router.add('POST', '/purchaserequisitions', created(purchaseRequisition));
	router.add('POST', '/warehouserequests', created(warehouseRequest));
	router.add('POST', '/warehouserequests/:idn/items', addWarehouseRequestItem);
	router.add('POST', '/expenses', created(expense));
	router.add('POST', '/payments', createPayment);
	router.add('POST', '/receipts/:idn/receive_all', receiveAll);
	router.add('POST', '/expenses/:idn/mark_as_paid', markExpensePaid);
}
