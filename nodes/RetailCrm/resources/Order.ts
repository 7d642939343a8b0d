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
import { path, splitList } from '../../shared/params';
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

const orderDetails: INodeProperties[] = [
	{
		displayName: 'Created At',
		name: 'createdAt',
		type: 'dateTime',
		default: '',
		description: 'When the order was placed, in the time zone of the account',
	},
	{
		displayName: 'Customer Comment',
		name: 'customerComment',
		type: 'string',
		default: '',
		description: 'Comment left by the customer',
	},
	{
		displayName: 'Customer External ID',
		name: 'customer__externalId',
		type: 'string',
		default: '',
		description: 'Links the order to the customer with this external ID',
	},
	{
		displayName: 'Customer ID',
		name: 'customer__id',
		type: 'number',
		default: 0,
		description: 'Links the order to the customer with this RetailCRM ID',
	},
	{
		displayName: 'Delivery Address',
		name: 'delivery__address__text',
		type: 'string',
		default: '',
		description: 'Delivery address as one line of text',
	},
	{
		displayName: 'Delivery Cost',
		name: 'delivery__cost',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Price of the delivery charged to the customer',
	},
	{
		displayName: 'Delivery Type Name or ID',
		name: 'delivery__code',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDeliveryTypes' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email address of the customer',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the order in your own system',
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
	{
		displayName: 'Manager Comment',
		name: 'managerComment',
		type: 'string',
		default: '',
		description: 'Internal comment of the manager',
	},
	managerField('The user responsible for the order.'),
	{
		displayName: 'Number',
		name: 'number',
		type: 'string',
		default: '',
		description: 'Order number; RetailCRM assigns one when empty',
	},
	{
		displayName: 'Order Method Name or ID',
		name: 'orderMethod',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOrderMethods' },
		default: '',
		description:
			'How the order was placed. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Order Type Name or ID',
		name: 'orderType',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOrderTypes' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		description: 'Phone number of the customer',
	},
	{
		displayName: 'Status Name or ID',
		name: 'status',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getStatuses' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

const itemRow: INodeProperties[] = [
	{
		displayName: 'Offer External ID',
		name: 'offerExternalId',
		type: 'string',
		default: '',
		description: 'The offer (product variant) by its external ID',
	},
	{
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		default: '',
		description: 'The offer (product variant) by its RetailCRM ID; takes precedence',
	},
	{
		displayName: 'Price',
		name: 'initialPrice',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'Unit price; leave 0 to use the catalogue price',
	},
	{
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		default: '',
		description: 'Name of a product that is not in the catalogue',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
	},
];

const orderFilters: INodeProperties[] = [
	...createdRangeFilters('createdAtFrom', 'createdAtTo', 'orders'),
	{
		displayName: 'Customer External ID',
		name: 'customerExternalId',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Delivery Type Names or IDs',
		name: 'deliveryTypes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDeliveryTypes' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
	...idAndManagerFilters,
	{
		displayName: 'Numbers',
		name: 'numbers',
		type: 'string',
		default: '',
		description: 'Comma-separated order numbers',
	},
	{
		displayName: 'Order Type Names or IDs',
		name: 'orderTypes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getOrderTypes' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Payment Status Names or IDs',
		name: 'paymentStatuses',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getPaymentStatuses' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Payment Type Names or IDs',
		name: 'paymentTypes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getPaymentTypes' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	sitesFilter,
	{
		displayName: 'Status Names or IDs',
		name: 'extendedStatus',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getStatuses' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Status Updated From',
		name: 'statusUpdatedAtFrom',
		type: 'dateTime',
		default: '',
		description: 'Only orders whose status changed on or after this date',
	},
	{
		displayName: 'Status Updated To',
		name: 'statusUpdatedAtTo',
		type: 'dateTime',
		default: '',
		description: 'Only orders whose status changed on or before this date',
	},
];

const paymentDetails: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		default: '',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of the payment in your own system',
	},
	{
		displayName: 'Paid At',
		name: 'paidAt',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Status Name or ID',
		name: 'status',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPaymentStatuses' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

const by = byField();
const orderId = idField('orderId', 'Order ID');
const orderJson = jsonBody(
	'The order as RetailCRM\'s API expects it, e.g. {"firstName": "Ann", "items": [{"offer": {"externalId": "A1"}, "quantity": 1}]}',
);
const paging = returnAllAndLimit();
const paymentId = idField('paymentId', 'Payment ID');

function orderItems(params: Params): IDataObject[] | undefined {
	const rows = params.rows('items', 'item');
	if (rows.length === 0) return undefined;
	return rows.map((row, index) => {
		const offerId = String(row.offerId ?? '').trim();
		const offerExternalId = String(row.offerExternalId ?? '').trim();
		const productName = String(row.productName ?? '').trim();
		if (!offerId && !offerExternalId && !productName) {
			params.invalid(
				'items',
				`row ${index + 1} needs an offer ID, an offer external ID or a product name`,
			);
		}
		return {
			...(offerId ? { offer: { id: Number(offerId) } } : {}),
			...(!offerId && offerExternalId ? { offer: { externalId: offerExternalId } } : {}),
			...(productName ? { productName } : {}),
			...(row.initialPrice ? { initialPrice: Number(row.initialPrice) } : {}),
			quantity: Number(row.quantity ?? 1),
		};
	});
}

function orderBody(params: Params, collection: string, withItems: boolean): IDataObject {
	return params.bodyOrJson(() => {
		const items = withItems ? orderItems(params) : undefined;
		const custom = customFieldsOf(params);
		return {
			...entityFields(params.fields(collection), ['createdAt']),
			...(items ? { items } : {}),
			...(custom ? { customFields: custom } : {}),
		};
	});
}

const orderPath = (params: Params, suffix = '') =>
	path`/orders/${idBy(params, 'orderId')}` + suffix;

const ORDER_FILTERS = {
	lists: [
		'ids',
		'externalIds',
		'numbers',
		'extendedStatus',
		'sites',
		'orderTypes',
		'paymentStatuses',
		'paymentTypes',
		'deliveryTypes',
		'managers',
	],
	dates: ['createdAtFrom', 'createdAtTo', 'statusUpdatedAtFrom', 'statusUpdatedAtTo'],
};

/** RetailCRM orders and their payments (api-client-php src/ResourceGroup/Orders.php). */
export const order: ResourceDefinition = {
	name: 'Order',
	value: 'order',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get an order',
			isDefault: true,
			fields: [by, orderId, siteField],
			run: rcCall(
				(params) => ({ method: 'GET', path: orderPath(params), qs: { by: byOf(params) } }),
				{ site: true, pick: entity('order') },
			),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an order',
			fields: [
				siteField,
				useJsonBody,
				orderJson,
				{
					displayName: 'Items',
					name: 'items',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Item',
					default: {},
					displayOptions: formOnly,
					options: [{ displayName: 'Item', name: 'item', values: itemRow }],
				},
				additionalFields(orderDetails, { displayOptions: formOnly }),
				customFieldsField,
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: '/orders/create',
					body: { order: orderBody(params, 'additionalFields', true) },
				}),
				{ site: true, pick: entity('order') },
			),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an order',
			fields: [
				by,
				orderId,
				siteField,
				useJsonBody,
				orderJson,
				updateFields(orderDetails, { displayOptions: formOnly }),
				customFieldsField,
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: orderPath(params, '/edit'),
					body: { order: orderBody(params, 'updateFields', false), by: byOf(params) },
					idempotent: true,
				}),
				{ site: true, pick: entity('order') },
			),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many orders',
			fields: [...paging, filtersCollection(orderFilters)],
			run: rcFiltered('orders', '/orders', ORDER_FILTERS),
		},
		historyOperation({
			base: '/orders',
			plural: 'orders',
			paging,
			key: 'order',
			idFilter: 'Only changes of this order',
		}),
		{
			value: 'getStatuses',
			name: 'Get Statuses',
			action: 'Get the statuses of orders',
			fields: [
				{
					displayName: 'IDs',
					name: 'statusIds',
					type: 'string',
					default: '',
					description: 'Comma-separated RetailCRM IDs of the orders',
				},
				{
					displayName: 'External IDs',
					name: 'statusExternalIds',
					type: 'string',
					default: '',
					description: 'Comma-separated external IDs of the orders',
				},
			],
			run: rcCall(
				(params) => {
					const ids = splitList(params.string('statusIds'));
					const externalIds = splitList(params.string('statusExternalIds'));
					if (ids.length === 0 && externalIds.length === 0) {
						params.invalid('statusIds', 'or "External IDs" needs at least one value');
					}
					return { method: 'GET', path: '/orders/statuses', qs: { ids, externalIds } };
				},
				{ pick: (body) => (body.orders as IDataObject[] | undefined) ?? [] },
			),
		},
		{
			value: 'createPayment',
			name: 'Create Payment',
			action: 'Create a payment of an order',
			fields: [
				siteField,
				byField('orderBy', 'Order Identified By'),
				idField('paymentOrderId', 'Order ID'),
				{
					displayName: 'Payment Type Name or ID',
					name: 'paymentType',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getPaymentTypes' },
					required: true,
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				additionalFields(paymentDetails, { name: 'paymentFields' }),
			],
			run: rcCall(
				(params) => {
					const orderBy = byOf(params, 'orderBy');
					const orderKey = idBy(params, 'paymentOrderId', 'orderBy');
					return {
						method: 'POST',
						path: '/orders/payments/create',
						body: {
							payment: {
								...entityFields(params.fields('paymentFields'), ['paidAt']),
								type: params.required('paymentType'),
								order: orderBy === 'id' ? { id: Number(orderKey) } : { externalId: orderKey },
							},
						},
					};
				},
				{ site: true },
			),
		},
		{
			value: 'updatePayment',
			name: 'Update Payment',
			action: 'Update a payment of an order',
			fields: [
				siteField,
				byField(),
				paymentId,
				updateFields(
					[
						...paymentDetails,
						{
							displayName: 'Payment Type Name or ID',
							name: 'type',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getPaymentTypes' },
							default: '',
							description:
								'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						},
					],
					{ name: 'paymentUpdateFields' },
				),
			],
			run: rcCall(
				(params) => ({
					method: 'POST',
					path: path`/orders/payments/${idBy(params, 'paymentId')}/edit`,
					idempotent: true,
					body: {
						payment: entityFields(params.fields('paymentUpdateFields'), ['paidAt']),
						by: byOf(params),
					},
				}),
				{ site: true },
			),
		},
		{
			value: 'deletePayment',
			name: 'Delete Payment',
			action: 'Delete a payment of an order',
			fields: [
				{
					displayName: 'Payment ID',
					name: 'paymentId',
					type: 'string',
					required: true,
					default: '',
					description: 'The RetailCRM ID of the payment',
				},
			],
			// Orders::paymentsDelete(int $id) sends nothing but the id (api-client-php
			// src/ResourceGroup/Orders.php): no `site`.
			run: rcCall((params) => ({
				method: 'POST',
				path: path`/orders/payments/${params.id('paymentId', { numeric: true })}/delete`,
				idempotent: true,
			})),
		},
		{
			value: 'combine',
			name: 'Combine',
			action: 'Combine two orders into one',
			fields: [
				{
					displayName: 'Order ID to Combine',
					name: 'combineOrderId',
					type: 'string',
					required: true,
					default: '',
					description: 'The RetailCRM ID of the order merged into the result; it is removed',
				},
				{
					displayName: 'Result Order ID',
					name: 'resultOrderId',
					type: 'string',
					required: true,
					default: '',
					description: 'The RetailCRM ID of the order that remains',
				},
				{
					displayName: 'Technique',
					name: 'technique',
					type: 'options',
					options: [
						{ name: 'Merge', value: 'merge' },
						{ name: 'Ours', value: 'ours' },
						{ name: 'Summ', value: 'summ' },
						{ name: 'Theirs', value: 'theirs' },
					],
					default: 'ours',
					description:
						"How RetailCRM combines the two orders' lines; see RetailCRM's documentation of /api/v5/orders/combine",
				},
			],
			// POST /orders/combine with `order` = {id}, `resultOrder` = {id} (JSON fields) and
			// `technique` (api-client-php src/Model/Request/Orders/OrdersCombineRequest.php,
			// src/Enum/CombineTechnique.php; api-client-go client.go OrdersCombine). Not repeated
			// after a failure: the combined order is gone once it has been applied.
			run: rcCall((params) => ({
				method: 'POST',
				path: '/orders/combine',
				body: {
					order: { id: Number(params.id('combineOrderId', { numeric: true })) },
					resultOrder: { id: Number(params.id('resultOrderId', { numeric: true })) },
					technique: params.required('technique'),
				},
			})),
		},
		{
			value: 'upload',
			name: 'Upload',
			action: 'Upload orders in batches',
			fields: [
				siteField,
				jsonArrayField(
					'orders',
					'Orders',
					'JSON array of orders as RetailCRM\'s API expects them, e.g. [{"externalId": "A1", "firstName": "Ann"}]. Sent 50 per request.',
				),
			],
			run: rcUpload({
				path: '/orders/upload',
				field: 'orders',
				param: 'orders',
				batchSize: 50,
				uploaded: 'uploadedOrders',
				failed: 'failedOrders',
				site: true,
			}),
		},
		{
			value: 'fixExternalIds',
			name: 'Fix External IDs',
			action: 'Fix the external identifiers of orders',
			fields: [
				{
					displayName: 'Orders',
					name: 'externalIdPairs',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Order',
					default: {},
					required: true,
					options: [
						{
							displayName: 'Order',
							name: 'order',
							values: [
								{
									displayName: 'ID',
									name: 'id',
									type: 'number',
									default: 0,
									description: 'The RetailCRM ID of the order',
								},
								{
									displayName: 'External ID',
									name: 'externalId',
									type: 'string',
									default: '',
									description: 'The external ID to set',
								},
							],
						},
					],
				},
			],
			run: rcCall((params) => {
				const rows = params.rows('externalIdPairs', 'order');
				if (rows.length === 0) params.invalid('externalIdPairs', 'needs at least one order');
				return {
					method: 'POST',
					path: '/orders/fix-external-ids',
					body: {
						orders: rows.map((row) => ({ id: Number(row.id), externalId: String(row.externalId) })),
					},
				};
			}),
		},
	],
};
