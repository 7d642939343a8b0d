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
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	byField,
	createdRangeFilters,
	customFieldsField,
	idAndManagerFilters,
	idField,
	jsonArrayField,
	siteField,
	sitesFilter,
	managerField,
} from '../fields';
import { byOf, customFieldsOf, entity, entityFields, idBy, rcCall, rcFiltered } from '../requests';
import { rcUpload } from '../upload';
import { historyOperation } from './history';
import { noteOperations } from './notes';

/** Fields a person has. */
const personDetails: INodeProperties[] = [
	{
		displayName: 'Address',
		name: 'address__text',
		type: 'string',
		default: '',
		description: 'Address as one line of text',
	},
	{
		displayName: 'Birthday',
		name: 'birthday',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the customer in your own system',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
	},
	managerField('The user responsible for the customer.'),
	{
		displayName: 'Patronymic',
		name: 'patronymic',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		description: 'Phone number; replaces the list of phone numbers on update',
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
const customerId = idField('customerId', 'Customer ID');
const customerJson = jsonBody(
	'The customer as RetailCRM\'s API expects it, e.g. {"firstName": "Ann", "phones": [{"number": "+100200300"}]}',
);
const paging = returnAllAndLimit();

/** The form's fields as a RetailCRM customer: a phone becomes the phone list. */
function personBody(fields: IDataObject): IDataObject {
	const { phone, ...rest } = fields;
	const out = entityFields(rest, [], ['birthday']);
	if (phone) out.phones = [{ number: String(phone) }];
	return out;
}

function customerBody(params: Params, collection: string): IDataObject {
	return params.bodyOrJson(() => {
		const custom = customFieldsOf(params);
		return {
			...personBody(params.fields(collection)),
			...(custom ? { customFields: custom } : {}),
		};
	});
}

const customerPath = (params: Params, suffix = '') =>
	path`/customers/${idBy(params, 'customerId')}` + suffix;

/** RetailCRM customers and their notes (api-client-php src/ResourceGroup/Customers.php). */
export const customer: ResourceDefinition = {
	name: 'Customer',
	value: 'customer',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer',
			isDefault: true,
			fields: [by, customerId, siteField],
			run: rcCall(
				(params) => ({ method: 'GET', path: customerPath(params), qs: { by: byOf(params) } }),
				{ site: true, pick: entity('customer') },
			),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a customer',
			fields: [
				siteField,
				useJsonBody,
				customerJson,
				additionalFields(personDetails, { displayOptions: formOnly }),
				customFieldsField,
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: '/customers/create',
					body: { customer: customerBody(params, 'additionalFields') },
				}),
				{ site: true },
			),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a customer',
			fields: [
				by,
				customerId,
				siteField,
				useJsonBody,
				customerJson,
				updateFields(personDetails, { displayOptions: formOnly }),
				customFieldsField,
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: customerPath(params, '/edit'),
					idempotent: true,
					body: { customer: customerBody(params, 'updateFields'), by: byOf(params) },
				}),
				{ site: true },
			),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many customers',
			fields: [
				...paging,
				filtersCollection([
					...createdRangeFilters('dateFrom', 'dateTo', 'customers'),
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
					},
					...idAndManagerFilters,
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: 'Searches names, phone numbers and email addresses',
					},
					sitesFilter,
					{
						displayName: 'Tags',
						name: 'tags',
						type: 'string',
						default: '',
						description: 'Comma-separated tags',
					},
				]),
			],
			run: rcFiltered('customers', '/customers', {
				lists: ['ids', 'externalIds', 'managers', 'sites', 'tags'],
				dates: ['dateFrom', 'dateTo'],
			}),
		},
		historyOperation({
			base: '/customers',
			plural: 'customers',
			paging,
			key: 'customer',
			idFilter: 'Only changes of this customer',
		}),
		{
			value: 'combine',
			name: 'Combine',
			action: 'Combine customers into one',
			fields: [
				{
					displayName: 'Customer IDs to Combine',
					name: 'combineIds',
					type: 'string',
					required: true,
					default: '',
					description: 'Comma-separated RetailCRM IDs of the customers merged into the result',
				},
				{
					displayName: 'Result Customer ID',
					name: 'resultCustomerId',
					type: 'string',
					required: true,
					default: '',
					description: 'The RetailCRM ID of the customer that remains',
				},
			],
			run: rcCall((params) => {
				const result = params.id('resultCustomerId', { numeric: true });
				const ids = params.idList('combineIds', params.required('combineIds'));
				return {
					method: 'POST',
					path: '/customers/combine',
					body: {
						customers: ids.map((id) => ({ id: Number(id) })),
						resultCustomer: { id: Number(result) },
					},
				};
			}),
		},
		...noteOperations({ base: '/customers', owner: 'customer', label: 'Customer ID', paging }),
		{
			value: 'upload',
			name: 'Upload',
			action: 'Upload customers in batches',
			fields: [
				siteField,
				jsonArrayField(
					'customers',
					'Customers',
					'JSON array of customers as RetailCRM\'s API expects them, e.g. [{"externalId": "C1", "firstName": "Ann"}]. Sent 50 per request.',
				),
			],
			run: rcUpload({
				path: '/customers/upload',
				field: 'customers',
				param: 'customers',
				batchSize: 50,
				uploaded: 'uploadedCustomers',
				failed: 'failedCustomers',
				site: true,
			}),
		},
	],
};
