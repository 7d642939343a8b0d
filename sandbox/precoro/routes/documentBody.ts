import type { Ctx } from '../context';
import { precoroTime } from '../data';
import { BLANK, invalid } from '../errors';
import { onlyFields, timeOf } from '../query';
import type { Row } from '../types';
import { externalId, reference } from './body';

/** What one document write takes: the body names it must have, and what a line may hold. */
export interface BodyRules {
	required: readonly string[];
	itemFields: ReadonlySet<string>;
}

const TEXT = ['invoiceNumber', 'deliveryNote', 'expenseNumber', 'receiptNumber'];
const DATES = ['requiredDate', 'issueDate'];

/**
 * The fields of a document DTO (INT's Submit*Dto bodies), checked and stored as the API shows
 * them: references as `{ id, name }`, date-times in the API's form, lines with a sum. A name in
 * `rules.required` must be there and not blank.
 */
export function documentFields(ctx: Ctx, body: Row, rules: BodyRules): Row {
	const { data } = ctx;
	const out: Row = {};
	const needs = (name: string) => rules.required.includes(name);
	if (needs('externalId') && (body.externalId ?? '') === '') throw invalid({ externalId: BLANK });
	if ('externalId' in body) out.externalId = externalId(body.externalId);
	if ('note' in body) out.note = body.note === null ? null : String(body.note);
	// A string in every DTO that has it (SubmitInvoiceDto, PatchReceiptDto, …).
	if ('externalIntegrationLog' in body) {
		if (typeof body.externalIntegrationLog !== 'string')
			throw invalid({ externalIntegrationLog: 'This value should be of type string.' });
		out.externalIntegrationLog = body.externalIntegrationLog;
	}
	// `exchangeRate`: a list of numbers in SubmitExpenseDto and PatchExpenseDto.
	if ('exchangeRate' in body) {
		const rates = body.exchangeRate;
		if (!Array.isArray(rates) || rates.some((rate) => typeof rate !== 'number'))
			throw invalid({ exchangeRate: 'This value should be a list of numbers.' });
		out.exchangeRate = rates;
	}
	for (const name of TEXT) {
		const value = body[name];
		if (!(name in body) && !needs(name)) continue;
		if (typeof value !== 'string' && typeof value !== 'number')
			throw invalid({ [name]: needs(name) ? BLANK : 'This value should be of type string.' });
		if (needs(name) && String(value).trim() === '') throw invalid({ [name]: BLANK });
		out[name] = String(value);
	}
	for (const name of DATES) {
		if (!(name in body) && !needs(name)) continue;
		if (body[name] === undefined || body[name] === null || body[name] === '')
			throw invalid({ [name]: BLANK });
		const t = timeOf(body[name]);
		if (Number.isNaN(t)) throw invalid({ [name]: 'This value is not a valid datetime.' });
		out[name] = precoroTime(t);
	}
	const ref = (name: string, table: { get(id: number): Row | undefined }) => {
		if (!(name in body) && !needs(name)) return;
		const row = reference(body[name], name, (id) => table.get(id as number), needs(name));
		if (row)
			out[name] = 'idn' in row ? { id: row.id, idn: row.idn } : { id: row.id, name: row.name };
	};
	ref('supplier', data.suppliers);
	ref('location', data.locations);
	ref('legalEntity', data.legalEntities);
	ref('warehouse', data.warehouses);
	ref('purchaseOrder', data.documents.purchaseorders);
	ref('budget', data.budgets);
	if ('creator' in body || needs('creator')) {
		const user = reference(body.creator, 'creator', (id) => data.users.get(id as number), true)!;
		out.creator = { id: user.id, email: user.email };
	}
	if ('currency' in body || needs('currency')) {
		if (typeof body.currency !== 'string' || !/^[A-Z]{3}$/.test(body.currency))
			throw invalid({ currency: 'This value is not a valid currency.' });
		out.currency = body.currency;
	}
	if ('items' in body || needs('items')) out.items = lines(ctx, body.items, rules.itemFields);
	if ('dataDocumentCustomFields' in body)
		out.dataDocumentCustomFields = customFieldValues(ctx, body.dataDocumentCustomFields);
	if (Array.isArray(out.items)) {
		out.sum =
			Math.round(
				(out.items as Row[]).reduce((t, l) => t + Number(l.ordered) * Number(l.price), 0) * 100,
			) / 100;
	}
	return out;
}

/**
 * Lines as INT's item DTOs (PurchaseOrderItemModel, InvoiceItemDto, …): a name (or catalog
 * item), a quantity, a price; at most 500 ("maxItems": 500 on every Submit DTO's items).
 */
function lines(ctx: Ctx, value: unknown, fields: ReadonlySet<string>): Row[] {
	if (!Array.isArray(value) || value.length === 0) throw invalid({ items: BLANK });
	if (value.length > 500)
		throw invalid({ items: 'This collection should contain 500 elements or less.' });
	return value.map((entry: unknown, index) => line(ctx, entry, fields, `items[${index}]`, index));
}

/** One line, checked against its DTO's `fields`; errors name it by `at` (e.g. `items[0]`). */
export function line(
	ctx: Ctx,
	value: unknown,
	fields: ReadonlySet<string>,
	at = '',
	index = 0,
): Row {
	const name = (field: string) => (at ? `${at}.${field}` : field);
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw invalid({ [at || 'body']: 'This value should be an object.' });
	const row = value as Row;
	onlyFields(row, fields, at ? `${at}.` : '');
	const item =
		row.item === undefined
			? undefined
			: reference(row.item, name('item'), (id) => ctx.data.items.get(id as number), true);
	const title = typeof row.name === 'string' && row.name.trim() !== '' ? row.name : item?.name;
	if (!title) throw invalid({ [name('name')]: BLANK });
	const ordered = Number(row.ordered);
	if (!(ordered > 0)) throw invalid({ [name('ordered')]: 'This value should be greater than 0.' });
	const price = Number(row.price ?? item?.price);
	if (!(price >= 0)) throw invalid({ [name('price')]: 'This value should be 0 or more.' });
	if (row.currency !== undefined && !/^[A-Z]{3}$/.test(String(row.currency)))
		throw invalid({ [name('currency')]: 'This value is not a valid currency.' });
	return {
		id: (ctx.now % 1_000_000) + index,
		name: title,
		sku: row.sku ?? item?.sku ?? null,
		item: item ? { id: item.id } : null,
		ordered,
		price,
		...(row.currency === undefined ? {} : { currency: row.currency }),
		unit:
			typeof row.unit === 'object' && row.unit !== null
				? ((row.unit as Row).name ?? null)
				: (row.unit ?? 'pcs'),
		description: row.description ?? null,
	};
}

/** Custom field values: `{ documentCustomField: { id }, value }` or an option `{ id }`. */
function customFieldValues(ctx: Ctx, value: unknown): Row {
	if (!Array.isArray(value))
		throw invalid({ dataDocumentCustomFields: 'This value should be a list.' });
	const data = value.map((entry: unknown, index) => {
		const row = (entry ?? {}) as Row;
		const name = `dataDocumentCustomFields[${index}]`;
		const field = reference(
			row.documentCustomField,
			`${name}.documentCustomField`,
			(id) => ctx.data.customFields.document.get(id as number),
			true,
		)!;
		const option =
			row.documentCustomFieldOption === undefined
				? undefined
				: reference(
						row.documentCustomFieldOption,
						`${name}.documentCustomFieldOption`,
						(id) =>
							ctx.data.optionField.document.get(Number(id)) === field.id
								? ctx.data.options.document.get(id as number)
								: undefined,
						true,
					);
		return {
			id: index + 1,
			value: option ? option.name : row.value === undefined ? null : String(row.value),
			documentCustomField: { id: field.id },
			documentCustomFieldOption: option ? { id: option.id } : null,
		};
	});
	return { data };
}
