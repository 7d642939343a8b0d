import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call } from '../../shared/executor';
import { formOnly, jsonBody, useJsonBody } from '../../shared/fields';
import type { Params } from '../../shared/params';
import { path, splitList } from '../../shared/params';
import { precoroDateTime } from '../precoroDates';
import { readId, referenceResource, textFilter } from '../references';
import { pickMany } from '../fields';

/**
 * Item fields: INT's item DTO was not read; these are the fields its order line
 * (PurchaseOrderItemModel) and the item list share. Anything else goes in the JSON body.
 */
const itemFields: INodeProperties[] = [
	textFilter('Currency', 'currency', 'Three-letter ISO 4217 code of the price'),
	textFilter('Description', 'description', ''),
	textFilter(
		'External ID',
		'externalId',
		'The ID of this item in another system (at most 255 characters)',
	),
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		default: 0,
		typeOptions: { numberPrecision: 2 },
	},
	textFilter('SKU', 'sku', ''),
	{
		displayName: 'Supplier Name or ID',
		name: 'supplierId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSuppliers' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

function itemBody(params: Params, collection: string, base: IDataObject = {}): IDataObject {
	const fields = params.numericIds(params.fields(collection), { supplierId: 'supplierId' });
	const { supplierId, ...rest } = fields;
	return {
		...base,
		...rest,
		...(supplierId !== undefined ? { supplier: { id: supplierId } } : {}),
	};
}

/** Items (Precoro's products): help.precoro.com "Typical API usage scenarios"; INT `/api/items`. */
export const item = referenceResource({
	name: 'Item',
	plural: 'Items',
	value: 'item',
	path: '/items',
	filters: {
		fields: [
			textFilter('External IDs', 'externalIds', 'Comma-separated external IDs (at most 200)'),
			{
				displayName: 'Modified Since',
				name: 'modifiedSince',
				type: 'dateTime',
				default: '',
				description: 'Only items created or changed since then',
			},
			textFilter('Search', 'searchQuery', 'Part of the item’s name'),
			pickMany('Supplier Names or IDs', 'supplier', 'getSuppliers'),
		],
		query(filters, params) {
			const qs: IDataObject = {};
			if (filters.searchQuery) qs.searchQuery = filters.searchQuery;
			if (filters.modifiedSince) qs.modifiedSince = precoroDateTime(filters.modifiedSince);
			const suppliers = splitList(filters.supplier);
			// ?supplier[]={id} ("Typical API usage scenarios").
			if (suppliers.length > 0) qs.supplier = suppliers;
			const ids = splitList(filters.externalIds);
			if (ids.length > 200) params.reject('External IDs', 'may list at most 200 IDs');
			if (ids.length > 0) qs.external_id = ids;
			return qs;
		},
	},
	extraOperations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an item',
			fields: [
				useJsonBody,
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
				},
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: itemFields,
				},
				jsonBody('The item as Precoro’s API takes it in POST /items'),
			],
			run: call((params) => ({
				method: 'POST',
				path: '/items',
				body: params.bodyOrJson(() =>
					itemBody(params, 'additionalFields', { name: params.required('name') }),
				),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an item',
			fields: [
				{
					displayName: 'Item ID',
					name: 'id',
					type: 'string',
					required: true,
					default: '',
					placeholder: '12',
					description: 'Numeric ID of the item',
				},
				useJsonBody,
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					displayOptions: formOnly,
					options: [...itemFields, textFilter('Name', 'name', '')].sort((a, b) =>
						a.displayName.localeCompare(b.displayName),
					),
				},
				jsonBody('Item fields as Precoro’s API takes them in PATCH /items/{id}'),
			],
			run: call((params) => ({
				method: 'PATCH',
				path: path`/items/${readId(params)}`,
				body: params.bodyOrJson(() => {
					const body = itemBody(params, 'updateFields');
					if (Object.keys(body).length === 0)
						params.reject('Update Fields', 'need at least one field');
					return body;
				}),
			})),
		},
	],
});
