import type { IDataObject } from 'n8n-workflow';

/**
 * A reference book as items. RetailCRM answers most books with a map keyed by code
 * (`{"sites": {"shop": {...}}}`), some with an array, and countries with bare codes.
 */
export function referenceRecords(body: unknown): IDataObject[] {
	if (body === null || typeof body !== 'object') return [];
	const entries = Object.entries(body as IDataObject).filter(
		([key, value]) => key !== 'success' && value !== null && typeof value === 'object',
	);
	if (entries.length === 0) return [];
	const book = entries[0][1];
	const values = Array.isArray(book)
		? book.map((value, index) => [String(index), value] as const)
		: Object.entries(book as IDataObject);
	return values.map(([key, value]) => {
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			const record = value as IDataObject;
			// Keyed by code: the key is the code even when the entry leaves it out.
			return Array.isArray(book) || record.code !== undefined ? record : { code: key, ...record };
		}
		return { code: value as string };
	});
}

export interface ReferenceBook {
	name: string;
	value: string;
	/** The form field holding one entry on edit; books without it cannot be edited by code. */
	entry?: string;
}

/** Books the node offers, by their path under /reference. */
export const REFERENCE_BOOKS: ReferenceBook[] = [
	{ name: 'Countries', value: 'countries' },
	{ name: 'Couriers', value: 'couriers' },
	{ name: 'Currencies', value: 'currencies' },
	{ name: 'Delivery Services', value: 'delivery-services', entry: 'deliveryService' },
	{ name: 'Delivery Types', value: 'delivery-types', entry: 'deliveryType' },
	{ name: 'Legal Entities', value: 'legal-entities', entry: 'legalEntity' },
	{ name: 'Order Methods', value: 'order-methods', entry: 'orderMethod' },
	{ name: 'Order Types', value: 'order-types', entry: 'orderType' },
	{ name: 'Payment Statuses', value: 'payment-statuses', entry: 'paymentStatus' },
	{ name: 'Payment Types', value: 'payment-types', entry: 'paymentType' },
	{ name: 'Price Types', value: 'price-types', entry: 'priceType' },
	{ name: 'Product Statuses', value: 'product-statuses', entry: 'productStatus' },
	{ name: 'Sites', value: 'sites', entry: 'site' },
	{ name: 'Status Groups', value: 'status-groups' },
	{ name: 'Statuses', value: 'statuses', entry: 'status' },
	{ name: 'Stores', value: 'stores', entry: 'store' },
	{ name: 'Units', value: 'units', entry: 'unit' },
];
