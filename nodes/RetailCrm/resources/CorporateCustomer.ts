import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	filtersCollection,
	formOnly,
	jsonBody,
	returnAllAndLimit,
	updateFields,
	useJsonBody,
} from '../../shared/fields';
import type { OperationDefinition, ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	byField,
	createdRangeFilters,
	customFieldsField,
	idAndManagerFilters,
	idField,
	siteField,
	sitesFilter,
	managerField,
} from '../fields';
import {
	byOf,
	customFieldsOf,
	idBy,
	entity,
	entityFields,
	rcCall,
	rcFiltered,
	rcList,
} from '../requests';
import { historyOperation } from './history';
import { noteOperations } from './notes';

const corporateDetails: INodeProperties[] = [
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the corporate customer in your own system',
	},
	managerField('The user responsible for the customer.'),
	{
		displayName: 'Nickname',
		name: 'nickName',
		type: 'string',
		default: '',
		description: 'The name the corporate customer is listed under',
	},
	{
		displayName: 'VIP',
		name: 'vip',
		type: 'boolean',
		default: false,
		description: 'Whether the customer is marked as VIP',
	},
];

const by = byField();
const corporateCustomerId = idField('corporateCustomerId', 'Corporate Customer ID');
const corporateJson = jsonBody(
	'The corporate customer as RetailCRM\'s API expects it, e.g. {"nickName": "Acme", "companies": [{"name": "Acme Ltd"}]}',
);
const paging = returnAllAndLimit();
/** The corporate customer every sub-list operation works on. */
const parent = [by, corporateCustomerId, siteField];

function corporateBody(params: Params, collection: string, nickName?: string): IDataObject {
	return params.bodyOrJson(() => {
		const custom = customFieldsOf(params);
		return {
			...(nickName ? { nickName } : {}),
			...entityFields(params.fields(collection)),
			...(custom ? { customFields: custom } : {}),
		};
	});
}

const corporatePath = (params: Params, suffix = '') =>
	path`/customers-corporate/${idBy(params, 'corporateCustomerId')}` + suffix;

/** Address, company and contact: each a sub-list with create and update by its own ID. */
const SUB_ENTITIES = [
	{
		label: 'Address',
		plural: 'Addresses',
		list: 'addresses',
		field: 'address',
		example: '{"name": "Office", "text": "1 Main St"}',
		actions: {
			create: 'Create an address of a corporate customer',
			get: 'Get the addresses of a corporate customer',
			update: 'Update an address of a corporate customer',
		},
	},
	{
		label: 'Company',
		plural: 'Companies',
		list: 'companies',
		field: 'company',
		example: '{"name": "Acme Ltd", "isMain": true}',
		actions: {
			create: 'Create a company of a corporate customer',
			get: 'Get the companies of a corporate customer',
			update: 'Update a company of a corporate customer',
		},
	},
	{
		label: 'Contact',
		plural: 'Contacts',
		list: 'contacts',
		field: 'contact',
		example: '{"customer": {"id": 12}, "isMain": true}',
		actions: {
			create: 'Add a contact person to a corporate customer',
			get: 'Get the contact persons of a corporate customer',
			update: 'Update a contact person of a corporate customer',
		},
	},
] as const;

const entityBy = byField('entityBy', 'Entry Identified By');
const entityId: INodeProperties = {
	displayName: 'Entry ID',
	name: 'entityId',
	type: 'string',
	required: true,
	default: '',
	description:
		'The ID of the address, company or contact entry, or its external ID when Entry Identified By is External ID',
};

/** Get, Create and Update of one sub-list, e.g. `/customers-corporate/{id}/addresses`. */
function subEntityOperations(sub: (typeof SUB_ENTITIES)[number]): OperationDefinition[] {
	const json: INodeProperties = {
		displayName: sub.label,
		name: sub.field,
		type: 'json',
		required: true,
		default: '{}',
		description: `The ${sub.field} as RetailCRM's API expects it, e.g. ${sub.example}`,
	};
	return [
		{
			value: `get${sub.plural}`,
			name: `Get ${sub.plural}`,
			action: sub.actions.get,
			fields: [...parent, ...paging],
			run: rcList(
				sub.list,
				(params) => ({
					method: 'GET',
					path: corporatePath(params, `/${sub.list}`),
					qs: { by: byOf(params) },
				}),
				{ site: true },
			),
		},
		{
			value: `create${sub.label}`,
			name: `Create ${sub.label}`,
			action: sub.actions.create,
			fields: [...parent, json],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: corporatePath(params, `/${sub.list}/create`),
					body: { [sub.field]: params.json(sub.field), by: byOf(params) },
				}),
				{ site: true },
			),
		},
		{
			value: `update${sub.label}`,
			name: `Update ${sub.label}`,
			action: sub.actions.update,
			fields: [...parent, entityBy, entityId, json],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: corporatePath(
						params,
						path`/${sub.list}/${idBy(params, 'entityId', 'entityBy')}/edit`,
					),
					idempotent: true,
					body: {
						[sub.field]: params.json(sub.field),
						by: byOf(params),
						entityBy: byOf(params, 'entityBy'),
					},
				}),
				{ site: true },
			),
		},
	];
}

/** RetailCRM corporate customers (api-client-php src/ResourceGroup/CustomersCorporate.php). */
export const corporateCustomer: ResourceDefinition = {
	name: 'Corporate Customer',
	value: 'corporateCustomer',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a corporate customer',
			isDefault: true,
			fields: parent,
			run: rcCall(
				(params) => ({ method: 'GET', path: corporatePath(params), qs: { by: byOf(params) } }),
				{ site: true, pick: entity('customerCorporate') },
			),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a corporate customer',
			fields: [
				siteField,
				{
					displayName: 'Nickname',
					name: 'nickName',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'The name the corporate customer is listed under',
				},
				useJsonBody,
				corporateJson,
				additionalFields(
					corporateDetails.filter((field) => field.name !== 'nickName'),
					{ displayOptions: formOnly },
				),
				customFieldsField,
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: '/customers-corporate/create',
					body: {
						customerCorporate: corporateBody(
							params,
							'additionalFields',
							params.boolean('useJsonBody') ? undefined : params.required('nickName'),
						),
					},
				}),
				{ site: true },
			),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a corporate customer',
			fields: [
				...parent,
				useJsonBody,
				corporateJson,
				updateFields(corporateDetails, { displayOptions: formOnly }),
				customFieldsField,
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: corporatePath(params, '/edit'),
					idempotent: true,
					body: { customerCorporate: corporateBody(params, 'updateFields'), by: byOf(params) },
				}),
				{ site: true },
			),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many corporate customers',
			fields: [
				...paging,
				filtersCollection([
					...createdRangeFilters('dateFrom', 'dateTo', 'customers'),
					...idAndManagerFilters,
					{
						displayName: 'Nicknames',
						name: 'nickName',
						type: 'string',
						default: '',
						description: 'Comma-separated nicknames; only customers listed under one of them',
					},
					sitesFilter,
				]),
			],
			// The corporate filter has `dateFrom` / `dateTo` (no createdAtFrom/To) and `nickName` is
			// a list (api-client-php src/Model/Filter/CustomersCorporate/CustomerCorporateFilter.php;
			// api-client-go filters.go CorporateCustomersFilter).
			run: rcFiltered('customersCorporate', '/customers-corporate', {
				lists: ['ids', 'externalIds', 'managers', 'sites', 'nickName'],
				dates: ['dateFrom', 'dateTo'],
			}),
		},
		historyOperation({
			base: '/customers-corporate',
			plural: 'corporate customers',
			key: 'customer',
			idFilter: 'Only changes of this corporate customer',
			paging,
		}),
		...SUB_ENTITIES.flatMap(subEntityOperations),
		...noteOperations({
			base: '/customers-corporate',
			owner: 'corporate customer',
			label: 'Corporate Customer ID',
			paging,
		}),
	],
};
