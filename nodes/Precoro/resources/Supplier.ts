import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call } from '../../shared/executor';
import { formOnly, jsonBody, useJsonBody } from '../../shared/fields';
import type { Params } from '../../shared/params';
import { path, splitList } from '../../shared/params';
import { supplierLocator } from '../fields';
import { precoroDateTime } from '../precoroDates';
import { readId, referenceResource, textFilter } from '../references';

const id = supplierLocator('id');

/**
 * Supplier fields as Precoro shows them (INT's supplier transformer: name, uniqueCode, currency,
 * legalAddress, …); the create DTO itself was not read, so only these are offered.
 */
const details: INodeProperties[] = [
	textFilter('Business Registration Number', 'businessRegistrationNumber', ''),
	textFilter('City', 'city', ''),
	textFilter('Country', 'country', 'Country code, e.g. GB'),
	textFilter(
		'External ID',
		'externalId',
		'The ID of this supplier in another system (at most 255 characters)',
	),
	textFilter('Legal Address', 'legalAddress', ''),
	textFilter('Note', 'note', ''),
	textFilter('Phone', 'phone', ''),
	textFilter('Postal Code', 'postalCode', ''),
	textFilter('Tax Payer Number', 'taxPayerNumber', 'VAT or other tax number'),
	textFilter('Unique Code', 'uniqueCode', 'The supplier’s code in Precoro'),
];

const name: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	displayOptions: formOnly,
};
const currency: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'EUR',
	description: 'Three-letter ISO 4217 code the supplier invoices in',
	displayOptions: formOnly,
};
const additionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	displayOptions: formOnly,
	options: details,
};
const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	displayOptions: formOnly,
	options: [
		textFilter('Currency', 'currency', 'Three-letter ISO 4217 code'),
		textFilter('Name', 'name', ''),
		...details,
	].sort((a, b) => a.displayName.localeCompare(b.displayName)),
};

const post = (verb: string) =>
	call((params: Params) => ({ method: 'POST', path: path`/suppliers/${readId(params)}/${verb}` }));

/** Suppliers: help.precoro.com "Typical API usage scenarios"; INT `/api/suppliers`. */
export const supplier = referenceResource({
	name: 'Supplier',
	plural: 'Suppliers',
	value: 'supplier',
	path: '/suppliers',
	idField: id,
	filters: {
		fields: [
			{
				displayName: 'Enabled',
				name: 'enable',
				type: 'options',
				options: [
					{ name: 'Either', value: '' },
					{ name: 'Yes', value: '1' },
					{ name: 'No', value: '0' },
				],
				default: '',
			},
			textFilter('External IDs', 'externalIds', 'Comma-separated external IDs (at most 200)'),
			{
				displayName: 'Modified Since',
				name: 'modifiedSince',
				type: 'dateTime',
				default: '',
				description: 'Only suppliers created or changed since then',
			},
			textFilter('Search', 'searchQuery', 'Part of the supplier’s name'),
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				// 1 pending, 2 approved, 3 rejected (hotgluexyz/tap-precoro).
				options: [
					{ name: 'Pending Approval', value: 1 },
					{ name: 'Approved', value: 2 },
					{ name: 'Rejected', value: 3 },
				],
				default: [],
			},
		],
		query(filters, params) {
			const qs: IDataObject = {};
			if (filters.searchQuery) qs.searchQuery = filters.searchQuery;
			if (filters.enable) qs.enable = filters.enable;
			if (filters.modifiedSince) qs.modifiedSince = precoroDateTime(filters.modifiedSince);
			const statuses = splitList(filters.status);
			if (statuses.length > 0) qs.status = statuses;
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
			action: 'Create a supplier',
			description: 'New suppliers wait for approval',
			fields: [
				useJsonBody,
				name,
				currency,
				additionalFields,
				jsonBody('The supplier as Precoro’s API takes it in POST /suppliers'),
			],
			run: call((params) => ({
				method: 'POST',
				path: '/suppliers',
				body: params.bodyOrJson(() => ({
					name: params.required('name'),
					currency: params.required('currency').toUpperCase(),
					...params.fields('additionalFields'),
				})),
			})),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a supplier',
			fields: [
				id,
				useJsonBody,
				updateFields,
				jsonBody('Supplier fields as Precoro’s API takes them in PATCH /suppliers/{id}'),
			],
			run: call((params) => ({
				method: 'PATCH',
				path: path`/suppliers/${readId(params)}`,
				body: params.bodyOrJson(() => {
					const fields = params.fields('updateFields');
					if (Object.keys(fields).length === 0)
						params.reject('Update Fields', 'need at least one field');
					return fields;
				}),
			})),
		},
		// POST /suppliers/{id}/approve and /reject (INT).
		{
			value: 'approve',
			name: 'Approve',
			action: 'Approve a supplier',
			fields: [id],
			run: post('approve'),
		},
		{
			value: 'reject',
			name: 'Reject',
			action: 'Reject a supplier',
			fields: [id],
			run: post('reject'),
		},
	],
});
