import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call } from '../../shared/executor';
import { formOnly, jsonBody, useJsonBody } from '../../shared/fields';
import type { Params } from '../../shared/params';
import { documentResource } from '../documents';
import {
	customFieldOptionsField,
	customFieldValues,
	referenceId,
	supplierLocator,
} from '../fields';
import { precoroDateTime } from '../precoroDates';

const supplier = { ...supplierLocator(), displayOptions: formOnly };
const location = {
	...referenceId('Location', 'getLocations', 'locationId'),
	displayOptions: formOnly,
};
const currency: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'EUR',
	description: 'Three-letter ISO 4217 code of the order’s currency',
	displayOptions: formOnly,
};
const items: INodeProperties = {
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
const additionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	displayOptions: formOnly,
	options: [
		customFieldOptionsField,
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			description: 'The ID of this order in another system (at most 255 characters)',
		},
		{
			displayName: 'Legal Entity Name or ID',
			name: 'legalEntityId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getLegalEntities' },
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 2 }, default: '' },
		{
			displayName: 'Required Date',
			name: 'requiredDate',
			type: 'dateTime',
			default: '',
			description: 'When the goods or services are needed',
		},
	],
};

/** Lines as INT's PurchaseOrderItemModel names them: `name`, `ordered`, `price`, `sku`. */
function lines(params: Params): IDataObject[] {
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
		return line;
	});
}

/**
 * POST /purchaseorders with INT's SubmitPurchaseOrderDto: references as `{ "id": … }`, lines
 * under `items` (at most 500). It answers 201 with the new order's `idn` and `id`.
 */
function createBody(params: Params): IDataObject {
	return params.bodyOrJson(() => {
		const extra = params.fields('additionalFields');
		// The IDs first, so a bad one is named before any other field.
		const supplier = { id: Number(params.id('supplierId', { numeric: true })) };
		const location = { id: Number(params.id('locationId', { numeric: true })) };
		const currencyCode = params.required('currency').toUpperCase();
		if (!/^[A-Z]{3}$/.test(currencyCode))
			params.invalid('currency', `must be a three-letter currency code, got "${currencyCode}"`);
		const body: IDataObject = { supplier, location, currency: currencyCode, items: lines(params) };
		const { legalEntityId } = params.numericIds(extra, { legalEntityId: 'legalEntityId' });
		if (legalEntityId !== undefined) body.legalEntity = { id: legalEntityId };
		if (extra.requiredDate) body.requiredDate = precoroDateTime(extra.requiredDate);
		if (extra.note) body.note = extra.note;
		if (extra.externalId !== undefined) body.externalId = String(extra.externalId);
		const values = customFieldValues(params, extra.customFieldOptions);
		if (values.length > 0) body.dataDocumentCustomFields = values;
		return body;
	});
}

/** Purchase orders: help.precoro.com "Typical API usage scenarios"; INT `/api/purchaseorders`. */
export const purchaseOrder = documentResource({
	name: 'Purchase Order',
	plural: 'Purchase Orders',
	value: 'purchaseOrder',
	path: '/purchaseorders',
	statuses: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11],
	approvals: true,
	related: [
		{ name: 'Credit Notes', value: 'credit_notes' },
		{ name: 'Invoices', value: 'invoices' },
		{ name: 'Purchase Requisitions', value: 'purchase_requisitions' },
		{ name: 'Receipts', value: 'receipts' },
	],
	extraOperations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a purchase order',
			description: 'Create a draft order; Confirm submits it for approval',
			fields: [
				useJsonBody,
				supplier,
				location,
				currency,
				items,
				additionalFields,
				jsonBody('A SubmitPurchaseOrderDto as Precoro’s API takes it in POST /purchaseorders'),
			],
			run: call((params) => ({
				method: 'POST',
				path: '/purchaseorders',
				body: createBody(params),
			})),
		},
	],
});
