import type { Router } from '../../router';
import type { Ctx, Handler } from '../context';
import { json } from '../context';
import { approvalFlow, precoroTime, stepKey } from '../data';
import type { DocType } from '../documentTypes';
import {
	APPROVAL_TYPES,
	CREDIT_NOTE_LOGIC_TYPES,
	DOC_TYPES,
	LIST_PARAMS,
	PATCH_FIELDS,
	PATCH_REQUIRED,
	PURCHASE_ORDER_ITEM_FIELDS,
	RELATED,
	STATUS,
	WEBHOOK_TYPES,
} from '../documentTypes';
import { BLANK, invalid, notAllowed, notFound } from '../errors';
import {
	all,
	byExternalId,
	first,
	inDayRange,
	inNumberRange,
	inRefs,
	modifiedSince,
	onlyFields,
	onlyParams,
	paginate,
	parseDateTime,
	timeOf,
} from '../query';
import type { Doc, Row } from '../types';
import { noBody, objectBody } from './body';
import { documentFields } from './documentBody';

/** `/{type}/{idn}`: the IDN is the document number (INT path pattern `[0-9]{1,19}`). */
export function findDoc(ctx: Ctx, type: DocType): Doc {
	const idn = ctx.params.idn;
	const doc = /^\d{1,19}$/.test(idn)
		? ctx.data.documents[type].rows.find((row) => row.idn === Number(idn))
		: undefined;
	if (!doc) throw notFound();
	return doc;
}

function currentStep(ctx: Ctx, type: DocType, doc: Doc) {
	const steps = ctx.data.steps.get(stepKey(type, doc.idn)) ?? [];
	return { steps, current: steps.find((step) => !step.approved) };
}

/** `waitingForApprove=yes`: pending, and the token's user is the approver of the current step. */
function waitsFor(ctx: Ctx, type: DocType, doc: Doc): boolean {
	return (
		doc.status === STATUS.pending && currentStep(ctx, type, doc).current?.userId === ctx.user.id
	);
}

const flag = (value: string | undefined, name: string): boolean | undefined => {
	if (value === undefined) return undefined;
	if (['true', '1'].includes(value)) return true;
	if (['false', '0'].includes(value)) return false;
	throw invalid({ [name]: 'The value should be true or false.' });
};

function listDocuments(ctx: Ctx, type: DocType) {
	const { query } = ctx;
	onlyParams(query, LIST_PARAMS[type]);
	let rows = modifiedSince(query, [...ctx.data.documents[type].rows]);
	const statuses = all(query['status[]']);
	if (statuses.length > 0) rows = rows.filter((row) => statuses.includes(String(row.status)));
	const waiting = first(query.waitingForApprove);
	if (waiting !== undefined) {
		// The value help.precoro.com "Using API in Precoro" gives is `yes`.
		if (waiting !== 'yes') throw invalid({ waitingForApprove: 'The value should be yes.' });
		rows = rows.filter((row) => waitsFor(ctx, type, row));
	}
	if (first(query.allWaitingForApprove) === 'yes')
		rows = rows.filter((row) => row.status === STATUS.pending);
	for (const name of ['idn', 'id'] as const) {
		const value = first(query[name]);
		if (value !== undefined) rows = rows.filter((row) => String(row[name]) === value);
	}
	rows = inRefs(query, rows, 'supplier', 'supplier');
	rows = inRefs(query, rows, 'location', 'location');
	rows = inRefs(query, rows, 'legalEntity', 'legalEntity');
	rows = inRefs(query, rows, 'creator', 'creator');
	rows = inDayRange(query, rows, 'createDate', 'createDate');
	rows = inDayRange(query, rows, 'approvalDate', 'approvalDate');
	rows = inDayRange(query, rows, 'requiredDate', 'requiredDate');
	const approvalFrom = first(query.approvalLeftDate);
	const approvalTo = first(query.approvalRightDate);
	if (approvalFrom) {
		const from = parseDateTime(approvalFrom, 'approvalLeftDate');
		rows = rows.filter((row) => timeOf(row.approvalDate) >= from);
	}
	if (approvalTo) {
		const to = parseDateTime(approvalTo, 'approvalRightDate');
		rows = rows.filter((row) => timeOf(row.approvalDate) <= to);
	}
	rows = byExternalId(query, rows);
	const logicTypes = all(query['logicType[]']);
	if (logicTypes.length > 0)
		rows = rows.filter((row) => logicTypes.includes(String(row.logicType)));
	const sent = flag(first(query.sent_to_external), 'sent_to_external');
	if (sent !== undefined) rows = rows.filter((row) => (row.externalId !== null) === sent);
	if (type === 'payments') rows = paymentFilters(ctx, rows);
	return json(200, paginate(query, rows, ctx.legacyPagination));
}

/**
 * The filters only GET /payments has in INT (get_api_get_invoice_payments). `invoice` is the
 * paid invoice's number in Precoro (its IDN: INT describes it as "invoice_#"), `invoiceNumber`
 * the supplier's number on it, `currency` one code. The list's other parameters are accepted
 * but do not filter here.
 */
function paymentFilters(ctx: Ctx, input: Doc[]): Doc[] {
	const { query } = ctx;
	let rows = inDayRange(query, input, 'payDate', 'payDate');
	rows = inNumberRange(query, rows, 'sumPaid', 'sumPaid');
	const invoiceOf = (row: Row) =>
		ctx.data.documents.invoices.get(Number((row.invoice as Row | null)?.id));
	const idn = first(query.invoice);
	if (idn !== undefined) rows = rows.filter((row) => String(invoiceOf(row)?.idn) === idn);
	const number = first(query.invoiceNumber);
	if (number !== undefined) rows = rows.filter((row) => invoiceOf(row)?.invoiceNumber === number);
	const currency = first(query.currency);
	if (currency !== undefined) rows = rows.filter((row) => row.currency === currency);
	return rows;
}

/** Marks a change: a new updateDate (what modifiedSince reads) and an update webhook. */
export function touch(ctx: Ctx, type: DocType, doc: Doc): void {
	doc.updateDate = precoroTime(ctx.now);
	ctx.notify(WEBHOOK_TYPES[type], 1, doc.id, doc.idn);
}

/**
 * The approval flow per approver (help.precoro.com "Using API in Precoro": a token per
 * approver, each approves what waits for them until the document is approved). INT returns the
 * updated document; an action the state does not allow is a 422.
 */
function act(
	type: DocType,
	action: 'approve' | 'reject' | 'revision' | 'cancel' | 'confirm',
): Handler {
	return (ctx) => {
		const doc = findDoc(ctx, type);
		const key = stepKey(type, doc.idn);
		const { steps, current } = currentStep(ctx, type, doc);
		const mustApprove = () => {
			if (doc.status !== STATUS.pending)
				throw notAllowed(`The document is not waiting for approval (status ${doc.status}).`);
			if (current?.userId !== ctx.user.id)
				throw notAllowed('The document is not waiting for your approval.');
		};
		if (action === 'reject') {
			// A comment is required, at most 800 characters (Precoro MCP reject tool, which calls
			// it `comment`; INT declares no body, so the wire name has no vendor source).
			const body = objectBody(ctx);
			onlyFields(body, new Set(['comment']));
			const comment = typeof body.comment === 'string' ? body.comment.trim() : '';
			if (comment === '') throw invalid({ comment: BLANK });
			if (comment.length > 800)
				throw invalid({
					comment: 'This value is too long. It should have 800 characters or less.',
				});
			mustApprove();
			doc.status = STATUS.rejected;
			doc.comments = [
				...((doc.comments as Row[]) ?? []),
				{ text: comment, user: { id: ctx.user.id } },
			];
		} else {
			noBody(ctx);
			if (action === 'approve') {
				mustApprove();
				current!.approved = true;
				if (steps.every((step) => step.approved)) {
					doc.status = STATUS.approved;
					doc.approvalDate = precoroTime(ctx.now);
				}
			} else if (action === 'revision') {
				mustApprove();
				doc.status = STATUS.onRevision;
			} else if (action === 'confirm') {
				// Confirm submits a draft (or a document sent back) into approval (MCP; INT).
				if (doc.status !== STATUS.open && doc.status !== STATUS.onRevision)
					throw notAllowed(
						`Only a draft or a document on revision can be confirmed (status ${doc.status}).`,
					);
				ctx.data.steps.set(key, approvalFlow(type));
				doc.status = STATUS.pending;
			} else {
				if (doc.status === STATUS.canceled || doc.status === STATUS.rejected)
					throw notAllowed(`The document cannot be cancelled (status ${doc.status}).`);
				doc.status = STATUS.canceled;
			}
		}
		touch(ctx, type, doc);
		return json(200, doc);
	};
}

/** PATCH `/{type}/{idn}` with INT's DTO of that PATCH; anything else is refused. */
function patchDocument(type: DocType): Handler {
	return (ctx) => {
		const doc = findDoc(ctx, type);
		const body = objectBody(ctx);
		onlyFields(body, PATCH_FIELDS[type]);
		const changes = documentFields(ctx, body, {
			required: PATCH_REQUIRED[type] ?? [],
			itemFields: PURCHASE_ORDER_ITEM_FIELDS,
		});
		Object.assign(doc, changes);
		touch(ctx, type, doc);
		return json(200, doc);
	};
}

/** `/{type}/{idn}/related/{what}` (INT), as a plain `data` list. */
function related(type: DocType, what: string, target: DocType): Handler {
	return (ctx) => {
		const doc = findDoc(ctx, type);
		const rows = ctx.data.documents[target].rows;
		const po = (row: Row) => (row.purchaseOrder as Row | undefined)?.idn;
		let found: Doc[];
		if (type === 'purchaseorders' && target === 'purchaserequisitions') {
			const idns = ((doc.purchaseRequisitions as Row[]) ?? []).map((r) => r.idn);
			found = rows.filter((row) => idns.includes(row.idn));
		} else if (type === 'purchaserequisitions') {
			found = rows.filter((row) =>
				((row.purchaseRequisitions as Row[]) ?? []).some((r) => r.idn === doc.idn),
			);
		} else if (type === 'purchaseorders') {
			found = rows.filter((row) => po(row) === doc.idn);
		} else if (target === 'purchaseorders') {
			found = rows.filter((row) => row.idn === po(doc));
		} else {
			found = rows.filter((row) => po(row) !== undefined && po(row) === po(doc) && row !== doc);
		}
		if (target === 'invoices') {
			const credit = what === 'credit_notes';
			found = found.filter(
				(row) => CREDIT_NOTE_LOGIC_TYPES.includes(Number(row.logicType)) === credit,
			);
		}
		onlyParams(ctx.query, new Set());
		return json(200, { data: found });
	};
}

export function registerDocuments(router: Router<Handler>): void {
	for (const type of DOC_TYPES) {
		router.add('GET', `/${type}`, (ctx) => listDocuments(ctx, type));
		router.add('GET', `/${type}/:idn`, (ctx) => {
			onlyParams(ctx.query, new Set());
			return json(200, findDoc(ctx, type));
		});
		router.add('PATCH', `/${type}/:idn`, patchDocument(type));
		for (const [what, target] of Object.entries(RELATED[type] ?? {}))
			router.add('GET', `/${type}/:idn/related/${what}`, related(type, what, target));
	}
	for (const type of APPROVAL_TYPES) {
		for (const action of ['approve', 'reject', 'revision', 'cancel', 'confirm'] as const)
			router.add('POST', `/${type}/:idn/${action}`, act(type, action));
	}
	// Payments: POST /payments/{idn}/cancel (INT); payment statuses are not documented, so any
	// payment not cancelled yet can be.
	router.add('POST', '/payments/:idn/cancel', (ctx) => {
		noBody(ctx);
		const doc = findDoc(ctx, 'payments');
		if (doc.status === STATUS.canceled) throw notAllowed('The payment is already cancelled.');
		doc.status = STATUS.canceled;
		touch(ctx, 'payments', doc);
		return json(200, doc);
	});
}
