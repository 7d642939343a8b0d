import type { RetailCrmData } from '../data';
import { RETAILCRM_SITE_MAIN, RETAILCRM_SITE_OUTLET } from '../keys';
import type { Row } from '../types';

/** Status code → [name, group]; groups follow RetailCRM's default process. */
export const STATUSES: Record<string, [string, string]> = {
	new: ['New', 'new'],
	'availability-confirmed': ['Availability confirmed', 'approval'],
	'client-confirmed': ['Agreed with customer', 'approval'],
	prepayed: ['Prepaid', 'approval'],
	'send-to-assembling': ['Send to assembling', 'assembling'],
	assembling: ['Assembling', 'assembling'],
	'assembling-complete': ['Assembled', 'assembling'],
	'send-to-delivery': ['Send to delivery', 'delivery'],
	delivering: ['Delivering', 'delivery'],
	complete: ['Complete', 'complete'],
	'cancel-other': ['Cancelled', 'cancel'],
	'no-product': ['Out of stock', 'cancel'],
};

const GROUPS: [string, string][] = [
	['new', 'New'],
	['approval', 'Approval'],
	['assembling', 'Assembling'],
	['delivery', 'Delivery'],
	['complete', 'Complete'],
	['cancel', 'Cancelled'],
];

export const ORDER_TYPES = ['eshop-individual', 'eshop-legal'] as const;
export const ORDER_METHODS = ['shopping-cart', 'phone', 'one-click', 'offline'] as const;
export const PAYMENT_TYPES = ['cash', 'bank-card', 'bank-transfer'] as const;
export const PAYMENT_STATUSES = ['not-paid', 'invoice', 'paid', 'returned'] as const;
export const DELIVERY_TYPES = ['courier', 'self-delivery', 'post'] as const;
export const STORES = ['main-warehouse', 'outlet-store'] as const;
export const PRICE_TYPES = ['base', 'wholesale'] as const;

const title = (code: string) => code.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

const keyed = (rows: Row[]): Record<string, Row> =>
	Object.fromEntries(rows.map((row) => [String(row.code), row]));

export function seedReference(data: RetailCrmData): void {
	data.reference = {
		sites: keyed(
			[RETAILCRM_SITE_MAIN, RETAILCRM_SITE_OUTLET].map((code, i) => ({
				code,
				name: code === RETAILCRM_SITE_MAIN ? 'Main Store' : 'Outlet',
				url: `https://${code}.example.com`,
				description: '',
				defaultForCrm: i === 0,
				ymlUrl: null,
				loadFromYml: false,
				catalogId: String(i + 1),
				currency: 'EUR',
				countryIso: 'NL',
				contragent: { contragentType: 'legal-entity', legalName: 'Backoffice Demo B.V.' },
			})),
		),
		statuses: keyed(
			Object.entries(STATUSES).map(([code, [name, group]], i) => ({
				code,
				name,
				ordering: (i + 1) * 10,
				active: true,
				group,
			})),
		),
		'status-groups': keyed(
			GROUPS.map(([code, name], i) => ({
				code,
				name,
				ordering: (i + 1) * 10,
				process: code !== 'complete' && code !== 'cancel',
				active: true,
				statuses: Object.keys(STATUSES).filter((s) => STATUSES[s][1] === code),
			})),
		),
		'order-types': keyed(
			ORDER_TYPES.map((code, i) => ({
				code,
				name: i === 0 ? 'Individual' : 'Legal entity',
				active: true,
				defaultForCrm: i === 0,
				defaultForApi: i === 0,
				ordering: (i + 1) * 10,
			})),
		),
		'order-methods': keyed(
			ORDER_METHODS.map((code, i) => ({
				code,
				name: title(code),
				active: true,
				defaultForCrm: code === 'phone',
				defaultForApi: i === 0,
			})),
		),
		'payment-types': keyed(
			PAYMENT_TYPES.map((code) => ({
				code,
				name: title(code),
				active: true,
				defaultForCrm: code === 'cash',
				defaultForApi: code === 'bank-card',
				deliveryTypes: [...DELIVERY_TYPES],
				paymentStatuses: [...PAYMENT_STATUSES],
			})),
		),
		'payment-statuses': keyed(
			PAYMENT_STATUSES.map((code, i) => ({
				code,
				name: title(code),
				active: true,
				ordering: (i + 1) * 10,
				paymentComplete: code === 'paid',
				defaultForCrm: code === 'not-paid',
				defaultForApi: code === 'not-paid',
				paymentTypes: [...PAYMENT_TYPES],
			})),
		),
		'delivery-types': keyed(
			DELIVERY_TYPES.map((code, i) => ({
				code,
				name: title(code),
				active: true,
				defaultCost: [5, 0, 3.5][i],
				defaultNetCost: [4, 0, 3][i],
				paymentTypes: [...PAYMENT_TYPES],
				deliveryServices: code === 'post' ? ['postnl'] : [],
				defaultForCrm: code === 'courier',
			})),
		),
		'delivery-services': keyed([
			{ code: 'postnl', name: 'PostNL', active: true, deliveryType: 'post' },
			{ code: 'dhl', name: 'DHL', active: true, deliveryType: 'courier' },
		]),
		stores: keyed(
			STORES.map((code, i) => ({
				code,
				name: i === 0 ? 'Main warehouse' : 'Outlet store',
				type: i === 0 ? 'store-type-warehouse' : 'store-type-retail',
				active: true,
				inventoryType: 'integer',
				address: { countryIso: 'NL', city: i === 0 ? 'Utrecht' : 'Rotterdam', text: '' },
			})),
		),
		'price-types': keyed(
			PRICE_TYPES.map((code, i) => ({
				id: i + 1,
				code,
				name: i === 0 ? 'Base' : 'Wholesale',
				active: true,
				default: i === 0,
				ordering: (i + 1) * 10,
				geo: [],
				groups: [],
			})),
		),
		'product-statuses': keyed(
			['new', 'confirmed', 'delivered', 'cancelled'].map((code, i) => ({
				code,
				name: title(code),
				active: true,
				ordering: (i + 1) * 10,
				cancelStatus: code === 'cancelled',
			})),
		),
	};
}
