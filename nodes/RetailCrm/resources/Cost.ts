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
import { siteField, sitesFilter } from '../fields';
import { entity, entityFields, rcCall, rcFiltered } from '../requests';

const costDetails: INodeProperties[] = [
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Cost Item',
		name: 'costItem',
		type: 'string',
		default: '',
		description: 'Symbolic code of the cost item (see Reference Book "Cost Items" in RetailCRM)',
	},
	{
		displayName: 'Date From',
		name: 'dateFrom',
		type: 'dateTime',
		default: '',
		description: 'First day the cost covers',
	},
	{
		displayName: 'Date To',
		name: 'dateTo',
		type: 'dateTime',
		default: '',
		description: 'Last day the cost covers',
	},
	{
		displayName: 'Order ID',
		name: 'order__id',
		type: 'number',
		default: 0,
		description: 'The RetailCRM ID of the order the cost belongs to',
	},
	{
		displayName: 'Sum',
		name: 'summ',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Amount of the cost',
	},
];

const costId: INodeProperties = {
	displayName: 'Cost ID',
	name: 'costId',
	type: 'string',
	required: true,
	default: '',
	description: 'The RetailCRM ID of the cost',
};
const costJson = jsonBody(
	'The cost as RetailCRM\'s API expects it, e.g. {"summ": 10, "costItem": "delivery", "dateFrom": "2024-01-31"}',
);

const DATES = ['dateFrom', 'dateTo'];

function costBody(params: Params, fields: IDataObject): IDataObject {
	return params.bodyOrJson(() => entityFields(fields, [], DATES));
}

const costPath = (params: Params, suffix = '') =>
	path`/costs/${params.id('costId', { numeric: true })}` + suffix;

/** RetailCRM costs (api-client-php src/ResourceGroup/Costs.php). */
export const cost: ResourceDefinition = {
	name: 'Cost',
	value: 'cost',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a cost',
			isDefault: true,
			fields: [costId],
			run: rcCall((params) => ({ method: 'GET', path: costPath(params) }), {
				pick: entity('cost'),
			}),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a cost',
			fields: [
				siteField,
				useJsonBody,
				costJson,
				{
					displayName: 'Sum',
					name: 'summ',
					type: 'number',
					typeOptions: { numberPrecision: 2 },
					required: true,
					default: 0,
					displayOptions: formOnly,
					description: 'Amount of the cost',
				},
				{
					displayName: 'Cost Item',
					name: 'costItem',
					type: 'string',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'Symbolic code of the cost item',
				},
				{
					displayName: 'Date',
					name: 'dateFrom',
					type: 'dateTime',
					required: true,
					default: '',
					displayOptions: formOnly,
					description: 'The day of the cost, or the first day of the period it covers',
				},
				additionalFields(
					costDetails.filter((f) => !['summ', 'costItem', 'dateFrom'].includes(f.name)),
					{ displayOptions: formOnly },
				),
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: '/costs/create',
					body: {
						cost: costBody(
							params,
							params.boolean('useJsonBody')
								? {}
								: {
										...params.fields('additionalFields'),
										summ: params.number('summ'),
										costItem: params.required('costItem'),
										dateFrom: params.required('dateFrom'),
									},
						),
					},
				}),
				{ site: true },
			),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a cost',
			fields: [
				costId,
				siteField,
				useJsonBody,
				costJson,
				updateFields(costDetails, { displayOptions: formOnly }),
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: costPath(params, '/edit'),
					idempotent: true,
					body: { cost: costBody(params, params.fields('updateFields')) },
				}),
				{ site: true },
			),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a cost',
			fields: [costId],
			run: rcCall((params) => ({
				method: 'POST',
				path: costPath(params, '/delete'),
				idempotent: true,
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many costs',
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
					{
						displayName: 'Cost Items',
						name: 'costItems',
						type: 'string',
						default: '',
						description: 'Comma-separated codes of cost items',
					},
					{
						displayName: 'Date From',
						name: 'dateFrom',
						type: 'dateTime',
						default: '',
						description: 'Only costs from this day on',
					},
					{
						displayName: 'Date To',
						name: 'dateTo',
						type: 'dateTime',
						default: '',
						description: 'Only costs up to this day',
					},
					{
						displayName: 'Order IDs',
						name: 'orderIds',
						type: 'string',
						default: '',
						description: 'Comma-separated RetailCRM IDs of orders',
					},
					sitesFilter,
				]),
			],
			// The cost's own dates filter as `dateFrom` / `dateTo`, one value each (api-client-go
			// filters.go CostsFilter; api-client-php src/Model/Filter/Costs/CostFilter.php has the
			// names too); there is no startDate / endDate.
			run: rcFiltered('costs', '/costs', {
				lists: ['costItems', 'orderIds', 'sites'],
				dates: ['dateFrom', 'dateTo'],
			}),
		},
	],
};
