import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { numericIdLocator } from '../shared/locators';
import type { Params } from '../shared/params';
import { splitList } from '../shared/params';
import { precoroDateTime, precoroDay } from './precoroDates';

/** A multi-select filled from one of the node's dropdown lists (IDs as numbers). */
export function pickMany(
	displayName: string,
	name: string,
	loadOptionsMethod: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

/** The option that adds each custom field's name next to its value, on documents and triggers. */
export const addCustomFieldNamesOption: INodeProperties = {
	displayName: 'Add Custom Field Names',
	name: 'addCustomFieldNames',
	type: 'boolean',
	default: false,
	description:
		'Whether to add each document custom field’s name (e.g. Department) as `fieldName` next to its value in dataDocumentCustomFields',
};

/** A document number Precoro shows (IDN); documents are addressed by it, not by `id`. */
export function idnField(label: string): INodeProperties {
	return {
		displayName: `${label} IDN`,
		name: 'idn',
		type: 'string',
		required: true,
		default: '',
		placeholder: '1024',
		description: `The ${label.toLowerCase()} number Precoro shows (its IDN)`,
	};
}

export const readIdn = (params: Params) => params.id('idn', { numeric: true });

/** A record of a reference list, picked by name or given by its numeric ID. */
export function referenceId(label: string, method: string, name = 'id'): INodeProperties {
	return {
		displayName: `${label} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

export const supplierLocator = (name = 'supplierId') =>
	numericIdLocator({
		displayName: 'Supplier',
		name,
		description: 'The supplier, searched by name, or its numeric ID',
		searchListMethod: 'searchSuppliers',
	});

/**
 * Statuses (hotgluexyz/tap-precoro's invoice codes; INT lists the codes each document list
 * accepts, e.g. 0–8, 10, 11 for purchase orders; labels beyond approved are from the invoice list).
 */
const STATUS_LABELS: Record<number, string> = {
	0: 'Open (Draft)',
	1: 'Pending Approval',
	2: 'Approved',
	3: 'Rejected',
	4: 'Partly Paid',
	5: 'Paid',
	6: 'Awaiting Confirmation',
	7: 'On Revision',
	8: 'Canceled',
	9: 'Pending Receipt',
	10: 'Approval Review',
	11: 'Closed',
};

export function statusOptions(codes: number[]) {
	return codes.map((code) => ({ name: STATUS_LABELS[code], value: code }));
}

const range = (label: string, name: string): INodeProperties[] => [
	{
		displayName: `${label} After`,
		name: `${name}From`,
		type: 'dateTime',
		default: '',
		description: `Only documents ${label.toLowerCase()} on or after this day`,
	},
	{
		displayName: `${label} Before`,
		name: `${name}To`,
		type: 'dateTime',
		default: '',
		description: `Only documents ${label.toLowerCase()} on or before this day`,
	},
];

export interface DocumentFilterOptions {
	statuses: number[];
	/** Whether the list takes `waitingForApprove` (the approval types). */
	approvals: boolean;
	/** Extra filters of this type, already in their collection form. */
	extra?: INodeProperties[];
	/** Names of the filters below this list does not take. */
	without?: string[];
}

/** The documented filters of a document list (INT's parameters of GET /purchaseorders etc.). */
export function documentFilters(options: DocumentFilterOptions): INodeProperties {
	const fields: INodeProperties[] = [
		...range('Approved', 'approvalDate'),
		...range('Created', 'createDate'),
		pickMany('Creator Names or IDs', 'creator', 'getUsers'),
		{
			displayName: 'External IDs',
			name: 'externalIds',
			type: 'string',
			default: '',
			placeholder: 'INV-1, INV-2',
			description: 'Comma-separated external IDs (at most 200) set by an integration',
		},
		{
			displayName: 'Has External ID',
			name: 'hasExternalId',
			type: 'options',
			options: [
				{ name: 'Either', value: '' },
				{ name: 'Yes', value: 'true' },
				{ name: 'No (Not Synced Yet)', value: 'false' },
			],
			default: '',
			description: 'Whether an integration has already set an external ID',
		},
		pickMany('Legal Entity Names or IDs', 'legalEntity', 'getLegalEntities'),
		pickMany('Location Names or IDs', 'location', 'getLocations'),
		{
			displayName: 'Modified Since',
			name: 'modifiedSince',
			type: 'dateTime',
			default: '',
			description: 'Only documents created or changed since then',
		},
		...range('Required', 'requiredDate'),
		{
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			options: statusOptions(options.statuses),
			default: [],
		},
		pickMany('Supplier Names or IDs', 'supplier', 'getSuppliers'),
		...(options.approvals
			? [
					{
						displayName: 'Waiting for My Approval',
						name: 'waitingForMe',
						type: 'boolean' as const,
						default: false,
						description:
							'Whether to return only documents waiting for the approval of the credential’s user',
					},
				]
			: []),
		...(options.extra ?? []),
	];
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: fields
			.filter((field) => !options.without?.includes(field.name))
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** The query a document list's Filters build, in Precoro's names and formats. */
export function documentQuery(params: Params): IDataObject {
	const f = params.fields('filters');
	const qs: IDataObject = {};
	for (const name of ['createDate', 'approvalDate', 'requiredDate']) {
		if (f[`${name}From`]) qs[`${name}[left_date]`] = precoroDay(f[`${name}From`]);
		if (f[`${name}To`]) qs[`${name}[right_date]`] = precoroDay(f[`${name}To`]);
	}
	if (f.modifiedSince) qs.modifiedSince = precoroDateTime(f.modifiedSince);
	for (const name of ['status', 'supplier', 'location', 'legalEntity', 'creator']) {
		const values = splitList(f[name]);
		if (values.length > 0) qs[name] = values;
	}
	// `waitingForApprove=yes` (help.precoro.com "Using API in Precoro"; INT spells it camelCase).
	if (f.waitingForMe === true) qs.waitingForApprove = 'yes';
	const externalIds = splitList(f.externalIds);
	if (externalIds.length > 200) params.reject('External IDs', 'may list at most 200 IDs');
	if (externalIds.length > 0) qs.external_id = externalIds;
	if (f.hasExternalId === 'true' || f.hasExternalId === 'false')
		qs.has_external_id = f.hasExternalId;
	if (f.creditNotesOnly === true) qs.logicType = [1, 5];
	return qs;
}

/** The switch that adds each custom field's name next to its value in the output. */
export const outputOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [addCustomFieldNamesOption],
};

/** Option values picked as "Department: Finance" (value `fieldId:optionId`), as Precoro's body wants them. */
export function customFieldValues(params: Params, values: unknown): IDataObject[] {
	return splitList(values).map((value) => {
		const match = /^(\d+):(\d+)$/.exec(value);
		if (!match)
			params.reject(
				'Custom Field Options',
				`must be picked from the list, got "${value.slice(0, 40)}"`,
			);
		return {
			documentCustomField: { id: Number(match[1]) },
			documentCustomFieldOption: { id: Number(match[2]) },
		};
	});
}

export const customFieldOptionsField: INodeProperties = pickMany(
	'Custom Field Option Names or IDs',
	'customFieldOptions',
	'getDocumentCustomFieldOptions',
);
