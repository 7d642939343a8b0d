import type { Router } from '../../router';
import type { Ctx, Handler } from '../context';
import { json } from '../context';
import type { CustomFieldKind, PrecoroData } from '../data';
import { precoroTime } from '../data';
import { SUPPLIER_WEBHOOK_TYPE } from '../documentTypes';
import { BLANK, invalid, notAllowed, notFound } from '../errors';
import {
	all,
	byExternalId,
	first,
	inRefs,
	modifiedSince,
	onlyFields,
	onlyParams,
	paginate,
} from '../query';
import type { Row, Table } from '../types';
import { externalId, noBody, objectBody } from './body';

type Rows = Table<Row & { id: number }>;

interface ListSpec {
	path: string;
	table: (data: PrecoroData) => Rows;
	/** The list's query parameters besides `page` and `per_page`. */
	params: string[];
}

const PAGING = ['page', 'per_page'];

/** `searchQuery` (name contains), `name`, `enable`, `id`, plus the shared modifiedSince/external id filters. */
function filtered(ctx: Ctx, rows: Array<Row & { id: number }>) {
	const { query } = ctx;
	let out = modifiedSince(query, rows);
	const search = first(query.searchQuery)?.toLowerCase();
	if (search)
		out = out.filter((row) =>
			String(row.name ?? row.number ?? '')
				.toLowerCase()
				.includes(search),
		);
	const name = first(query.name);
	if (name) out = out.filter((row) => row.name === name);
	const enable = first(query.enable);
	if (enable !== undefined) {
		if (!['1', '0', 'true', 'false'].includes(enable))
			throw invalid({ enable: 'The value should be 1 or 0.' });
		out = out.filter((row) => Boolean(row.enable) === (enable === '1' || enable === 'true'));
	}
	const id = first(query.id);
	if (id) out = out.filter((row) => String(row.id) === id);
	const statuses = all(query['status[]']);
	if (statuses.length > 0) out = out.filter((row) => statuses.includes(String(row.status)));
	out = inRefs(query, out, 'supplier', 'supplier');
	if ('externalIntegrated' in query) {
		const wanted = ['1', 'true'].includes(String(first(query.externalIntegrated)));
		out = out.filter((row) => (row.externalId !== null) === wanted);
	}
	return byExternalId(query, out);
}

function list(spec: ListSpec): Handler {
	const allowed = new Set([...PAGING, ...spec.params]);
	return (ctx) => {
		onlyParams(ctx.query, allowed);
		return json(
			200,
			paginate(ctx.query, filtered(ctx, [...spec.table(ctx.data).rows]), ctx.legacyPagination),
		);
	};
}

function one(table: (data: PrecoroData) => Rows, param = 'id'): (ctx: Ctx) => Row & { id: number } {
	return (ctx) => {
		const row = table(ctx.data).get(ctx.params[param]);
		if (!row) throw notFound();
		return row;
	};
}

const show =
	(find: (ctx: Ctx) => Row): Handler =>
	(ctx) => {
		onlyParams(ctx.query, new Set());
		return json(200, find(ctx));
	};

/** PATCH with INT's `PatchExternalIdDto` (`externalId`, required, at most 255 characters). */
const patchExternalId =
	(find: (ctx: Ctx) => Row, after?: (ctx: Ctx, row: Row) => void): Handler =>
	(ctx) => {
		const row = find(ctx);
		const body = objectBody(ctx);
		onlyFields(body, new Set(['externalId']));
		if (!('externalId' in body)) throw invalid({ externalId: BLANK });
		row.externalId = externalId(body.externalId);
		if ('updateDate' in row) row.updateDate = precoroTime(ctx.now);
		after?.(ctx, row);
		return json(200, row);
	};

/**
 * Supplier fields as `GET /suppliers/{id}` shows them (INT's supplier transformer); the create
 * DTO itself was not read, so these are what POST/PUT/PATCH take here.
 */
const SUPPLIER_FIELDS = new Set([
	'name',
	'uniqueCode',
	'legalAddress',
	'currency',
	'currencies',
	'autoSendPOSupplier',
	'deliveryPeriod',
	'minimumSum',
	'businessRegistrationNumber',
	'accountHolderName',
	'bankName',
	'accountNumber',
	'bankAddress',
	'swiftCode',
	'internationalBankAccountNumber',
	'sortCode',
	'taxPayer',
	'taxPayerNumber',
	'phone',
	'city',
	'country',
	'state',
	'postalCode',
	'note',
	'conditions',
	'enable',
	'externalId',
	'supplierLegalEntityIds',
]);

/** `GET /api/suppliers` parameters in INT. */
const SUPPLIER_LIST = [
	'forInvitation',
	'id',
	'approvalSteps[]',
	'searchQuery',
	'name',
	'accountHolderName',
	'currencies',
	'attachedFile',
	'enable',
	'status[]',
	'creator[]',
	'supplierCustomFields[]',
	'dateSupplierCustomFields[]',
	'textSupplierCustomFields[]',
	'createDate[left_date]',
	'createDate[right_date]',
	'waitingForApprove',
	'enableToleranceRate',
	'toleranceLimitCondition',
	'startSum',
	'endSum',
	'toleranceRatePercent',
	'toleranceLimitType',
	'autoSendPOSupplier',
	'uniqueCode',
	'contacts',
	'businessRegistrationNumber',
	'enableMarketSupplier',
	'requesterSuppliers',
	'integrated',
	'netsuiteIntegrated',
	'billIntegrated',
	'xeroIntegrated',
	'externalIntegrated',
	'has_external_id',
	'modifiedSince',
	'paymentTerms[]',
	'isOverdueApproval',
	'overdueDocumentsByApprover',
	'uniqueForPunchoutSupplier',
	'external_id[]',
];

/** Item fields: INT's item DTO was not read; these follow its PurchaseOrderItemModel line. */
const ITEM_FIELDS = new Set([
	'name',
	'sku',
	'description',
	'price',
	'currency',
	'unit',
	'supplier',
	'group',
	'enable',
	'externalId',
	'link',
	'manufacturerName',
	'manufacturerPartNumber',
	'supplierPartNumber',
	'dataItemCustomFields',
]);

function writeRow(ctx: Ctx, row: Row, body: Row, fields: ReadonlySet<string>) {
	onlyFields(body, fields);
	for (const [name, value] of Object.entries(body)) {
		if (name === 'externalId') row.externalId = externalId(value);
		else if (name === 'supplier') {
			const supplier = ctx.data.suppliers.get((value as Row | null)?.id as number);
			if (!supplier)
				throw invalid({
					supplier: `No supplier with id ${String((value as Row | null)?.id)} was found.`,
				});
			row.supplier = { id: supplier.id, name: supplier.name };
		} else row[name] = value;
	}
	if (typeof row.name !== 'string' || row.name.trim() === '') throw invalid({ name: BLANK });
	row.updateDate = precoroTime(ctx.now);
}

function creator(
	table: (data: PrecoroData) => Rows,
	fields: ReadonlySet<string>,
	webhookType?: number,
	defaults: Row = {},
): Handler {
	return (ctx) => {
		const body = objectBody(ctx);
		const row: Row & { id: number } = {
			id: 0,
			...defaults,
			externalId: null,
			createDate: precoroTime(ctx.now),
		};
		writeRow(ctx, row, body, fields);
		const created = table(ctx.data).create((id) => ({ ...row, id }));
		ctx.notify(webhookType, 0, created.id);
		return json(201, created);
	};
}

function updater(
	find: (ctx: Ctx) => Row,
	fields: ReadonlySet<string>,
	webhookType?: number,
): Handler {
	return (ctx) => {
		const row = find(ctx);
		const copy = { ...row };
		writeRow(ctx, copy, objectBody(ctx), fields);
		Object.assign(row, copy);
		ctx.notify(webhookType, 1, row.id as number);
		return json(200, row);
	};
}

/**
 * Supplier approval: `POST /suppliers/{id}/approve|reject|revision` (INT); statuses 1 pending,
 * 2 approved, 3 rejected (hotgluexyz/tap-precoro). Only a pending supplier can be decided.
 */
function supplierAction(status: 2 | 3 | 0): Handler {
	const find = one((d) => d.suppliers);
	return (ctx) => {
		noBody(ctx);
		const supplier = find(ctx);
		if (supplier.status !== 1)
			throw notAllowed(
				`The supplier is not waiting for approval (status ${String(supplier.status)}).`,
			);
		supplier.status = status;
		if (status === 2) supplier.approvalDate = precoroTime(ctx.now);
		supplier.updateDate = precoroTime(ctx.now);
		ctx.notify(SUPPLIER_WEBHOOK_TYPE, 1, supplier.id as number);
		return json(200, supplier);
	};
}

const CUSTOM_FIELD_PATHS: Record<CustomFieldKind, string> = {
	document: 'documentcustomfields',
	item: 'itemcustomfields',
	supplier: 'suppliercustomfields',
};

/** `GET /api/documentcustomfields` parameters in INT (the other kinds take the same here). */
const CUSTOM_FIELD_LIST = [
	'id',
	'searchQuery',
	'name',
	'enable',
	'unload',
	'required',
	'enablePurchaseOrder',
	'type',
	'limitAccessToDocuments',
	'filter',
	'enablePurchaseRequisition',
	'enableWarehouseRequest',
	'enableInvoice',
	'enableReceipt',
	'enableExpense',
	'availableInBudgets',
	'has_external_id',
	'availableInApprovalWorkflow',
	'allUsersAccess',
];

/** INT's `DocumentCustomFieldOptionDto` (and `SupplierCustomFieldOptionDto`: name, code, enable, parent). */
const OPTION_FIELDS = new Set(['name', 'code', 'enable', 'externalId', 'parent']);

function registerCustomFields(router: Router<Handler>, kind: CustomFieldKind) {
	const base = `/${CUSTOM_FIELD_PATHS[kind]}`;
	const field = one((d) => d.customFields[kind]);
	const optionOf = (ctx: Ctx) => {
		const owner = field(ctx);
		const option = ctx.data.options[kind].get(ctx.params.optionId);
		if (!option || ctx.data.optionField[kind].get(option.id) !== owner.id) throw notFound();
		return option;
	};
	const writeOption = (ctx: Ctx, option: Row, fieldId: number, replace: boolean) => {
		const body = objectBody(ctx);
		onlyFields(body, OPTION_FIELDS);
		if (replace || 'name' in body) {
			if (typeof body.name !== 'string' || body.name.trim() === '') throw invalid({ name: BLANK });
			option.name = body.name;
			option.label = body.name;
		}
		if ('code' in body) option.code = body.code === null ? null : String(body.code);
		if ('enable' in body) {
			if (typeof body.enable !== 'boolean')
				throw invalid({ enable: 'This value should be of type bool.' });
			option.enable = body.enable;
		}
		if ('externalId' in body) option.externalId = externalId(body.externalId);
		if ('parent' in body) {
			const parentId = (body.parent as Row | null)?.id ?? null;
			if (parentId !== null && ctx.data.optionField[kind].get(Number(parentId)) !== fieldId)
				throw invalid({ parent: `No option with id ${String(parentId)} in this field.` });
			option.parent = { id: parentId === null ? null : Number(parentId) };
		}
		ctx.notify(kind === 'document' ? 10 : kind === 'item' ? 11 : undefined, 1, fieldId);
	};
	router.add(
		'GET',
		base,
		list({ path: base, table: (d) => d.customFields[kind], params: CUSTOM_FIELD_LIST }),
	);
	router.add('GET', `${base}/:id`, show(field));
	if (kind !== 'supplier') {
		// GET /documentcustomfields/{id}/options (help.precoro.com "Mastering external
		// integrations"; hotgluexyz/target-precoro); not in INT.
		router.add('GET', `${base}/:id/options`, (ctx) => {
			const owner = field(ctx);
			onlyParams(ctx.query, new Set([...PAGING, 'searchQuery', 'enable']));
			const rows = ctx.data.options[kind].rows.filter(
				(o) => ctx.data.optionField[kind].get(o.id) === owner.id,
			);
			return json(200, paginate(ctx.query, filtered(ctx, rows), ctx.legacyPagination));
		});
	}
	router.add('POST', `${base}/:id/options`, (ctx) => {
		const owner = field(ctx);
		const option: Row = {
			id: 0,
			code: null,
			label: '',
			level: '0',
			parent: { id: null },
			enable: true,
			externalId: null,
			billId: null,
		};
		writeOption(ctx, option, owner.id, true);
		const created = ctx.data.options[kind].create((id) => ({ ...option, id }));
		ctx.data.optionField[kind].set(created.id, owner.id);
		return json(201, created);
	});
	router.add('PUT', `${base}/:id/options/:optionId`, (ctx) => {
		const option = optionOf(ctx);
		const copy = { ...option };
		writeOption(ctx, copy, field(ctx).id, true);
		Object.assign(option, copy);
		return json(200, option);
	});
	if (kind !== 'supplier')
		router.add('PATCH', `${base}/:id/options/:optionId`, patchExternalId(optionOf));
}

export function registerReference(router: Router<Handler>): void {
	const lists: ListSpec[] = [
		// GET /users: open-connector; not in INT (its gap list has /api/users).
		{ path: '/users', table: (d) => d.users, params: [] },
		{ path: '/suppliers', table: (d) => d.suppliers, params: SUPPLIER_LIST },
		// supplier[] and modifiedSince: "Typical API usage scenarios"; the rest of INT's item list
		// was not read.
		{
			path: '/items',
			table: (d) => d.items,
			params: [
				'supplier[]',
				'modifiedSince',
				'searchQuery',
				'id',
				'enable',
				'external_id[]',
				'has_external_id',
			],
		},
		{ path: '/groups', table: (d) => d.groups, params: ['id', 'searchQuery', 'name', 'enable'] },
		// id, searchQuery, name, enable: INT.
		{ path: '/units', table: (d) => d.units, params: ['id', 'searchQuery', 'name', 'enable'] },
		// /taxes, /paymentterms, /legalentities, /warehouses are in INT's gap list: no parameters known.
		{ path: '/taxes', table: (d) => d.taxes, params: [] },
		{ path: '/paymentterms', table: (d) => d.paymentTerms, params: [] },
		{
			path: '/locations',
			table: (d) => d.locations,
			params: [
				'name',
				'uniqueCode',
				'enable',
				'id',
				'searchQuery',
				'legalEntities[]',
				'has_external_id',
				'external_id[]',
			],
		},
		{ path: '/legalentities', table: (d) => d.legalEntities, params: [] },
		{ path: '/warehouses', table: (d) => d.warehouses, params: [] },
		{
			path: '/budgets',
			table: (d) => d.budgets,
			params: [
				'id',
				'name',
				'sum[left_number]',
				'sum[right_number]',
				'startDate[left_date]',
				'startDate[right_date]',
				'endDate[left_date]',
				'endDate[right_date]',
				'locations[]',
				'legalEntities[]',
			],
		},
		{ path: '/budgets/lines', table: (d) => d.budgetLines, params: [] },
		{
			path: '/contracts',
			table: (d) => d.contracts,
			params: [
				'id',
				'searchQuery',
				'number',
				'enable',
				'status[]',
				'supplier[]',
				'legalEntity[]',
				'beginDate[left_date]',
				'beginDate[right_date]',
				'endDate[left_date]',
				'endDate[right_date]',
			],
		},
	];
	for (const spec of lists) router.add('GET', spec.path, list(spec));

	const user = one((d) => d.users);
	const supplier = one((d) => d.suppliers);
	const item = one((d) => d.items);
	const location = one((d) => d.locations);
	const legalEntity = one((d) => d.legalEntities);
	const tax = one((d) => d.taxes);
	const paymentTerm = one((d) => d.paymentTerms);
	const contract = one((d) => d.contracts);
	router
		.add('GET', '/users/:id', show(user))
		.add('GET', '/suppliers/:id', show(supplier))
		.add(
			'POST',
			'/suppliers',
			creator((d) => d.suppliers, SUPPLIER_FIELDS, SUPPLIER_WEBHOOK_TYPE, {
				status: 1,
				enable: true,
			}),
		)
		.add('PUT', '/suppliers/:id', updater(supplier, SUPPLIER_FIELDS, SUPPLIER_WEBHOOK_TYPE))
		.add('PATCH', '/suppliers/:id', updater(supplier, SUPPLIER_FIELDS, SUPPLIER_WEBHOOK_TYPE))
		.add('POST', '/suppliers/:id/approve', supplierAction(2))
		.add('POST', '/suppliers/:id/reject', supplierAction(3))
		.add('GET', '/items/:id', show(item))
		.add(
			'POST',
			'/items',
			creator((d) => d.items, ITEM_FIELDS, undefined, { enable: true }),
		)
		.add('PUT', '/items/:id', updater(item, ITEM_FIELDS))
		.add('PATCH', '/items/:id', updater(item, ITEM_FIELDS))
		.add('GET', '/groups/:id', show(one((d) => d.groups)))
		.add('GET', '/units/:id', show(one((d) => d.units)))
		.add('GET', '/taxes/:id', show(tax))
		.add('PATCH', '/taxes/:id', patchExternalId(tax))
		.add('GET', '/paymentterms/:id', show(paymentTerm))
		.add('PATCH', '/paymentterms/:id', patchExternalId(paymentTerm))
		.add('GET', '/locations/:id', show(location))
		.add('PATCH', '/locations/:id', patchExternalId(location))
		.add('GET', '/legalentities/:id', show(legalEntity))
		.add('PATCH', '/legalentities/:id', patchExternalId(legalEntity))
		.add('GET', '/budgets/lines/:id', show(one((d) => d.budgetLines)))
		.add('GET', '/contracts/:id', show(contract))
		// POST /contract/{id}/confirm (INT, singular): a draft contract becomes active.
		.add('POST', '/contract/:id/confirm', (ctx) => {
			noBody(ctx);
			const row = contract(ctx);
			if (row.status !== 0) throw notAllowed('Only a draft contract can be confirmed.');
			row.status = 1;
			row.updateDate = precoroTime(ctx.now);
			return json(200, row);
		});
	for (const kind of ['document', 'item', 'supplier'] as const) registerCustomFields(router, kind);
}
