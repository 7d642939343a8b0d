import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../shared/params';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** A customer picked from a searchable list, or given by ID. */
export function customerLocator(name: string, show: Show, required = true): INodeProperties {
	return {
		displayName: 'Customer',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
		displayOptions: { show },
		description: 'The Picqer customer',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '12345',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Not a numeric ID' } },
				],
			},
		],
	};
}

/** A product picked from a searchable list (name or product code), or given by ID. */
export function productLocator(name: string, show: Show): INodeProperties {
	return {
		displayName: 'Product',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show },
		description: 'The Picqer product',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchProducts', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '12345',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Not a numeric ID' } },
				],
			},
		],
	};
}

/** Rows of products (Products → Product) for orders, purchase orders and returns. */
export function productLinesField(
	field: Pick<INodeProperties, 'displayName' | 'name' | 'displayOptions'> & {
		required?: boolean;
		description?: string;
	},
	values: INodeProperties[],
): INodeProperties {
	return {
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		default: {},
		...field,
		options: [{ displayName: 'Product', name: 'product', values }],
	};
}

/** Picqer writes addresses as flat fields with a delivery or invoice prefix. */
export function addressFields(prefix: 'delivery' | 'invoice'): INodeProperties[] {
	const label = prefix === 'delivery' ? 'Delivery' : 'Invoice';
	const field = (suffix: string, displayName: string, description: string): INodeProperties => ({
		displayName: `${label} ${displayName}`,
		name: `${prefix}${suffix}`,
		type: 'string',
		default: '',
		description,
	});
	return [
		field('name', 'Name', `Name on the ${prefix} address`),
		field('contactname', 'Contact Name', `Contact person on the ${prefix} address`),
		field('address', 'Address', 'Street and house number'),
		field('address2', 'Address 2', 'Second address line (not accepted by every carrier)'),
		field('zipcode', 'Zip Code', 'Postal code'),
		field('city', 'City', `City of the ${prefix} address`),
		field('region', 'Region', 'Region, province or state'),
		field('country', 'Country', 'Two-letter ISO 3166 country code, e.g. NL'),
	];
}

/** One product line: a numeric idproduct and a whole, positive amount; price only when set. */
export function productLine(params: Params, line: IDataObject, idField = 'idproduct'): IDataObject {
	if (String(line[idField] ?? '').trim() === '') params.invalid('productId', 'is required');
	const { amount, price, ...rest } = params.numericIds(line, { [idField]: 'productId' });
	const count = Number(amount ?? 1);
	if (!Number.isInteger(count) || count < 1) {
		params.invalid('amount', 'must be a whole number of at least 1');
	}
	return { ...rest, amount: count, ...(price ? { price: Number(price) } : {}) };
}
