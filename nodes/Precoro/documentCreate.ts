import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call } from '../shared/executor';
import { additionalFields, formOnly, jsonBody, useJsonBody } from '../shared/fields';
import type { OperationDefinition } from '../shared/operations';
import type { Params } from '../shared/params';
import { customFieldValues, referenceId, supplierLocator } from './fields';
import { precoroDateTime } from './precoroDates';

/*
 * The pieces the Create operations of Precoro's documents share. Each body is one of the Submit
 * DTOs of Precoro's OpenAPI export (yliashenko-sdet/precoro-taf-wiki
 * `01-context/archive/precoro-openapi-2026-09-22.json`, "INT"): references as `{ "id": … }`,
 * lines under `items` (at most 500). INT lists every non-nullable DTO property as required,
 * budgets, taxes and splits included, which the app fills itself; the form asks for what a
 * document cannot be made without and offers the rest under Additional Fields or the JSON body.
 */

export const supplierField = { ...supplierLocator(), displayOptions: formOnly };

export const locationField: INodeProperties = {
	...referenceId('Location', 'getLocations', 'locationId'),
	displayOptions: formOnly,
};

export const currencyField: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'EUR',
	description: 'Three-letter ISO 4217 code of the document’s currency',
	displayOptions: formOnly,
};

export const itemsField: INodeProperties = {
	displayName: 'Items',
	name: 'items',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Item',
	default: {},
	displayOptions: formOnly,
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
				{
					displayName: 'Price',
					name: 'price',
					type: 'number',
					default: 0,
					typeOptions: { minValue: 0, numberPrecision: 2 },
				},
				{
					displayName: 'Quantity',
					name: 'ordered',
					type: 'number',
					default: 1,
					typeOptions: { minValue: 0 },
				},
				{ displayName: 'SKU', name: 'sku', type: 'string', default: '' },
			],
		},
	],
};

/** A Create's Additional Fields, shown with the form (not with the JSON body). */
export const createExtras = (options: INodeProperties[]): INodeProperties =>
	additionalFields(options, { displayOptions: formOnly });

export const externalIdOption: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	default: '',
	description: 'The ID of this document in another system (at most 255 characters)',
};

export const legalEntityOption: INodeProperties = {
	displayName: 'Legal Entity Name or ID',
	name: 'legalEntityId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLegalEntities' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const warehouseOption: INodeProperties = {
	displayName: 'Warehouse Name or ID',
	name: 'warehouseId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getWarehouses' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const noteOption: INodeProperties = {
	displayName: 'Note',
	name: 'note',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
};

export const requiredDateOption: INodeProperties = {
	displayName: 'Required Date',
	name: 'requiredDate',
	type: 'dateTime',
	default: '',
	description: 'When the goods or services are needed',
};

/** `{ "id": 5 }` from a numeric ID field, as every Submit DTO references records. */
export const reference = (params: Params, name: string): IDataObject => ({
	id: Number(params.id(name, { numeric: true })),
});

/** A three-letter currency code, upper-cased (INT's SubmitInvoiceDto enumerates ISO 4217). */
export function currencyCode(params: Params, value: unknown, name = 'currency'): string {
	const code = String(value ?? '')
		.trim()
		.toUpperCase();
	if (!/^[A-Z]{3}$/.test(code))
		params.invalid(name, `must be a three-letter currency code, got "${code}"`);
	return code;
}

export const readCurrency = (params: Params): string =>
	currencyCode(params, params.required('currency'));

/** `externalId`: text of at most 255 characters (INT's PatchExternalIdDto). */
export function readExternalId(params: Params, value: unknown): string {
	const externalId = String(value);
	if (externalId.length > 255) params.invalid('externalId', 'may have at most 255 characters');
	return externalId;
}

/**
 * The Items rows as INT's item DTOs name them (PurchaseOrderItemModel, InvoiceItemDto,
 * PurchaseRequisitionItemDto, ExpenseItemDto alike): `name`, `ordered`, `price`, `sku`,
 * `description`; `currency` on each line where the document has none of its own.
 */
export function readLines(params: Params, currency?: string): IDataObject[] {
	const rows = params.rows('items', 'item');
	if (rows.length === 0) params.reject('Items', 'need at least one item');
	if (rows.length > 500) params.reject('Items', 'may hold at most 500 items');
	return rows.map((row, index) => {
		const name = String(row.name ?? '').trim();
		if (name === '') params.reject('Items', `item ${index + 1} needs a name`);
		const ordered = Number(row.ordered);
		if (!(ordered > 0)) params.reject('Items', `item ${index + 1} needs a quantity above 0`);
		const line: IDataObject = { name, ordered, price: Number(row.price ?? 0) };
		if (row.sku) line.sku = String(row.sku);
		if (row.description) line.description = String(row.description);
		if (currency) line.currency = currency;
		return line;
	});
}

/**
 * The Additional Fields every document DTO shares: `legalEntity`, `requiredDate`, `note`,
 * `externalId` (at most 255 characters, INT's PatchExternalIdDto) and
 * `dataDocumentCustomFields`. Read after the required fields, so theirs are named first.
 */
export function documentExtras(params: Params, extra: IDataObject): IDataObject {
	const body: IDataObject = {};
	const { legalEntityId } = params.numericIds(extra, { legalEntityId: 'legalEntityId' });
	if (legalEntityId !== undefined) body.legalEntity = { id: legalEntityId };
	if (extra.requiredDate) body.requiredDate = precoroDateTime(extra.requiredDate);
	if (extra.note) body.note = extra.note;
	if (extra.externalId !== undefined) body.externalId = readExternalId(params, extra.externalId);
	const values = customFieldValues(params, extra.customFieldOptions);
	if (values.length > 0) body.dataDocumentCustomFields = values;
	return body;
}

export interface CreateSpec {
	value?: string;
	name?: string;
	action: string;
	description: string;
	/** The form's fields, between Use JSON Body and the JSON body. */
	fields: INodeProperties[];
	/** The POST path (INT's without `/api`), as the JSON body's description names it. */
	path: string;
	/** The path of one request, where it holds an ID from the form. */
	to?: (params: Params) => string;
	/** The DTO INT declares for the body, named in the JSON body's description. */
	dto: string;
	body: (params: Params) => IDataObject;
}

/** A Create operation: one POST of the form's body, or of the JSON body when switched to it. */
export function createOperation(spec: CreateSpec): OperationDefinition {
	return {
		value: spec.value ?? 'create',
		name: spec.name ?? 'Create',
		action: spec.action,
		description: spec.description,
		fields: [
			useJsonBody,
			...spec.fields,
			jsonBody(`A ${spec.dto} as Precoro’s API takes it in POST ${spec.path}`),
		],
		run: call((params) => ({
			method: 'POST',
			path: spec.to ? spec.to(params) : spec.path,
			body: params.bodyOrJson(() => spec.body(params)),
		})),
	};
}
