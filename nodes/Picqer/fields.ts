import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { LocatorOptions } from '../shared/locators';
import { numericIdLocator } from '../shared/locators';
import type { Params } from '../shared/params';

type LocatorOverrides = Partial<Pick<LocatorOptions, 'required' | 'description' | 'modes'>>;

/** A customer picked from a searchable list, or given by ID. */
export function customerLocator(name: string, overrides: LocatorOverrides = {}): INodeProperties {
	return numericIdLocator({
		displayName: 'Customer',
		name,
		description: 'The Picqer customer',
		searchListMethod: 'searchCustomers',
		...overrides,
	});
}

/** A product picked from a searchable list (name or product code), or given by ID. */
export function productLocator(name: string, overrides: LocatorOverrides = {}): INodeProperties {
	return numericIdLocator({
		displayName: 'Product',
		name,
		description: 'The Picqer product',
		searchListMethod: 'searchProducts',
		...overrides,
	});
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
export function productLine(params: Params, line: IDataObject): IDataObject {
	if (String(line.idproduct ?? '').trim() === '') params.invalid('productId', 'is required');
	const { amount, price, ...rest } = params.numericIds(line, { idproduct: 'productId' });
	return {
		...rest,
		amount: params.positiveInteger('amount', amount ?? 1),
		...(price ? { price: Number(price) } : {}),
	};
}

/** Picqer's record ids (idcustomer, parent_idlocation, sinceid), not its numbers (orderid). */
const ID_KEY = /^id[a-z_]*$|_id[a-z]+$|^(since|before)id$/;

/**
 * A collection's entries with every Picqer id among them checked (digits only, refused naming
 * the field before anything is sent) and sent as a number.
 */
export function checkedIds(params: Params, values: IDataObject): IDataObject {
	const ids = Object.keys(values).filter((key) => ID_KEY.test(key));
	return params.numericIds(values, Object.fromEntries(ids.map((key) => [key, key])));
}
