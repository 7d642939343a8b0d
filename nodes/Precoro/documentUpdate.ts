import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { jsonBody, updateFields, useJsonBody } from '../shared/fields';
import type { Params } from '../shared/params';
import { splitList } from '../shared/params';
import { currencyCode, readExternalId } from './documentCreate';
import { customFieldValues } from './fields';
import { precoroDateTime } from './precoroDates';

/*
 * The Update of a document: PATCH `{path}/{idn}` with the DTO Precoro's OpenAPI export
 * (yliashenko-sdet/precoro-taf-wiki `01-context/archive/precoro-openapi-2026-09-22.json`, "INT")
 * gives that PATCH. Each type's form offers the properties of its DTO and no others.
 */

/** How one document type's Update is asked for and sent. */
export interface UpdateSpec {
	description: string;
	/** The operation's fields after the IDN. */
	fields: INodeProperties[];
	body: (params: Params) => IDataObject;
}

export const syncedExternalIdOption: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	default: '',
	description:
		'The ID of this document in another system (at most 255 characters); integrations set it to mark what they have synced',
};

export const creatorOption: INodeProperties = {
	displayName: 'Creator Name or ID',
	name: 'creatorId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getUsers' },
	default: '',
	description:
		'The user the document belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const locationOption: INodeProperties = {
	displayName: 'Location Name or ID',
	name: 'locationId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLocations' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const budgetOption: INodeProperties = {
	displayName: 'Budget Name or ID',
	name: 'budgetId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getBudgets' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const currencyOption: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	default: '',
	placeholder: 'EUR',
	description: 'Three-letter ISO 4217 code of the document’s currency',
};

export const exchangeRateOption: INodeProperties = {
	displayName: 'Exchange Rate',
	name: 'exchangeRate',
	type: 'string',
	default: '',
	placeholder: '1.17',
	description:
		'Comma-separated numbers, sent as the list INT’s DTO declares; Precoro documents no more about them',
};

export const externalIntegrationLogOption: INodeProperties = {
	displayName: 'External Integration Log',
	name: 'externalIntegrationLog',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	description: 'Text an integration records on the document about its sync',
};

/** Names of the form's ID options and the DTO property each becomes, as `{ "id": … }`. */
const REFERENCES: Record<string, string> = {
	budgetId: 'budget',
	creatorId: 'creator',
	legalEntityId: 'legalEntity',
	locationId: 'location',
	warehouseId: 'warehouse',
};

const TEXTS = ['expenseNumber', 'externalIntegrationLog', 'note', 'receiptNumber'];
const DATES = ['issueDate', 'requiredDate'];

/**
 * The Update Fields in their DTO's names: the options a form offers are the DTO's properties,
 * so whatever the user added is sent. At least one is needed.
 */
export function readUpdateFields(params: Params): IDataObject {
	const fields = params.fields('updateFields');
	const ids = params.numericIds(
		fields,
		Object.fromEntries(Object.keys(REFERENCES).map((name) => [name, name])),
	);
	const body: IDataObject = {};
	for (const [name, property] of Object.entries(REFERENCES))
		if (typeof ids[name] === 'number') body[property] = { id: ids[name] };
	for (const name of TEXTS) if (fields[name] !== undefined) body[name] = String(fields[name]);
	for (const name of DATES)
		if (fields[name] !== undefined) body[name] = precoroDateTime(fields[name]);
	if (fields.externalId !== undefined) body.externalId = readExternalId(params, fields.externalId);
	if (fields.currency !== undefined)
		body.currency = currencyCode(params, fields.currency, 'currency');
	if (fields.exchangeRate !== undefined) {
		const rates = splitList(fields.exchangeRate).map(Number);
		if (rates.some((rate) => !Number.isFinite(rate)))
			params.invalid('exchangeRate', 'must be numbers separated by commas');
		body.exchangeRate = rates;
	}
	if (fields.customFieldOptions !== undefined) {
		const values = customFieldValues(params, fields.customFieldOptions);
		if (values.length > 0) body.dataDocumentCustomFields = values;
	}
	if (Object.keys(body).length === 0) params.reject('Update Fields', 'need at least one field');
	return body;
}

export interface FormUpdate {
	description: string;
	/** What the JSON body holds, e.g. "A PatchReceiptDto". */
	json: string;
	/** The document list's path; the PATCH goes to `{path}/{idn}`. */
	path: string;
	/** The DTO's properties as Update Fields options. */
	options: INodeProperties[];
}

/** An Update with Update Fields, or with a JSON body when Use JSON Body is on. */
export function formUpdate(spec: FormUpdate): UpdateSpec {
	return {
		description: spec.description,
		fields: [
			useJsonBody,
			updateFields(
				[...spec.options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
				{ displayOptions: { show: { useJsonBody: [false] } } },
			),
			jsonBody(`${spec.json}, the body of PATCH ${spec.path}/{idn}`),
		],
		body: (params) => params.bodyOrJson(() => readUpdateFields(params)),
	};
}
