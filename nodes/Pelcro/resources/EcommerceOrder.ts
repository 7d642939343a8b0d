import type { IDataObject } from 'n8n-workflow';

import { additionalFields, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { customerLocator, idField } from '../fields';
import { bodyOf, many, numericId, one } from '../requests';

const orderId = idField('orderId', 'Order ID', 'The ID of the e-commerce order');

/** items[{sku_id, quantity}] (R/api-core-create-ecommerce-order). */
function items(params: Params): IDataObject[] {
	const rows = params.rows('items', 'item');
	if (rows.length === 0) params.invalid('items', 'needs at least one SKU');
	return rows.map((row) => {
		const sku = String(row.skuId ?? '').trim();
		if (!/^\d{1,18}$/.test(sku))
			params.reject('SKU Name or ID', `must be a numeric ID, got "${sku}"`);
		return { sku_id: Number(sku), quantity: params.positiveInteger('quantity', row.quantity) };
	});
}

/**
 * E-commerce orders. Create is POST /orders (R/api-core-create-ecommerce-order); the list and
 * get paths are in the sidebar only and follow it (/orders, /orders/{id}).
 */
export const ecommerceOrder: ResourceDefinition = {
	name: 'E-Commerce Order',
	value: 'ecommerceOrder',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an e-commerce order',
			description: 'Orders SKUs for a customer and charges the payment source',
			fields: [
				customerLocator(),
				{
					displayName: 'Items',
					name: 'items',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Item',
					required: true,
					default: {},
					options: [
						{
							displayName: 'Item',
							name: 'item',
							values: [
								{
									displayName: 'SKU Name or ID',
									name: 'skuId',
									type: 'options',
									typeOptions: { loadOptionsMethod: 'getSkus' },
									default: '',
									description:
										'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
								},
								{
									displayName: 'Quantity',
									name: 'quantity',
									type: 'number',
									typeOptions: { minValue: 1 },
									default: 1,
								},
							],
						},
					],
				},
				additionalFields([
					{
						displayName: 'Address ID',
						name: 'address_id',
						type: 'string',
						default: '',
						description:
							"One of the customer's addresses; required when a SKU ships or taxes apply",
					},
					{ displayName: 'Campaign Key', name: 'campaign_key', type: 'string', default: '' },
					{ displayName: 'Coupon Code', name: 'coupon_code', type: 'string', default: '' },
					{
						displayName: 'Source ID',
						name: 'source_id',
						type: 'string',
						default: '',
						description: 'The payment source to charge',
					},
				]),
			],
			run: one((params) => ({
				method: 'POST',
				path: '/orders',
				body: {
					user_id: numericId(params, 'customerId'),
					items: items(params),
					...bodyOf(params, 'additionalFields', { ids: ['address_id'] }),
				},
			})),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an e-commerce order',
			fields: [orderId],
			run: one((params) => ({
				method: 'GET',
				path: path`/orders/${params.id('orderId', { numeric: true })}`,
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many e-commerce orders',
			isDefault: true,
			fields: returnAllAndLimit(),
			run: many(() => ({ method: 'GET', path: '/orders' })),
		},
	],
};
