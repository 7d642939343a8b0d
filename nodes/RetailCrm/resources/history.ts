import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection } from '../../shared/fields';
import type { OperationDefinition } from '../../shared/operations';
import { rcFiltered } from '../requests';
import { retailCrmHistoryPages } from '../RetailCrmProfile';

export interface HistorySubject {
	/** e.g. `/orders`; the change log is `${base}/history`. */
	base: string;
	/** What the log lists, for the action: "orders". */
	plural: string;
	/** What one change is of, as its ID filters name it: `order` (Order ID, Order External ID). */
	key: 'order' | 'customer';
	/** What an ID filter keeps: "Only changes of this order". */
	idFilter: string;
	/** The resource's Return All / Limit pair. */
	paging: INodeProperties[];
}

const timeFilters: INodeProperties[] = [
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description: 'Only changes made on or before this time',
	},
	{
		displayName: 'Since ID',
		name: 'sinceId',
		type: 'number',
		default: 0,
		description: 'Only changes after the history record with this ID',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'Only changes made on or after this time',
	},
];

/**
 * Get History: the change log RetailCRM keeps for orders, (corporate) customers and order packs,
 * the same `/history` endpoint with `filter[sinceId|startDate|endDate]` and an ID filter for each
 * (api-client-php src/Model/Filter/Orders/OrderHistoryFilterV4Type.php,
 * Customers/CustomerHistoryFilter.php, Packs/OrderProductPackHistoryFilterType.php). It is read
 * by moving `filter[sinceId]`, never by `page` (retailCrmHistoryPages).
 */
export function historyOperation(subject: HistorySubject): OperationDefinition {
	const label = subject.key === 'order' ? 'Order' : 'Customer';
	const idFilters: INodeProperties[] = [
		{
			displayName: `${label} External ID`,
			name: `${subject.key}ExternalId`,
			type: 'string',
			default: '',
			description: subject.idFilter,
		},
		{
			displayName: `${label} ID`,
			name: `${subject.key}Id`,
			type: 'string',
			default: '',
			description: subject.idFilter,
		},
	];
	const filters = filtersCollection(
		[...idFilters, ...timeFilters].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		'historyFilters',
	);
	return {
		value: 'getHistory',
		name: 'Get History',
		action: `Get the change history of ${subject.plural}`,
		fields: [...subject.paging, filters],
		run: rcFiltered(
			retailCrmHistoryPages(),
			`${subject.base}/history`,
			{ dateTimes: ['startDate', 'endDate'], ids: [`${subject.key}Id`] },
			'historyFilters',
		),
	};
}
