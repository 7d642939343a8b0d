import type { Router } from '../../router';
import { created, ok, type Handler } from '../context';
import { validation } from '../errors';
import { entity } from '../params';
import type { Row } from '../types';

/** Path name, the response's key and the edit method's entity field, per reference book. */
const BOOKS: [path: string, key: string, field: string | null][] = [
	['sites', 'sites', 'site'],
	['statuses', 'statuses', 'status'],
	['status-groups', 'statusGroups', null],
	['order-types', 'orderTypes', 'orderType'],
	['order-methods', 'orderMethods', 'orderMethod'],
	['payment-types', 'paymentTypes', 'paymentType'],
	['payment-statuses', 'paymentStatuses', 'paymentStatus'],
	['delivery-types', 'deliveryTypes', 'deliveryType'],
	['delivery-services', 'deliveryServices', 'deliveryService'],
	['stores', 'stores', 'store'],
	['price-types', 'priceTypes', 'priceType'],
	['product-statuses', 'productStatuses', 'productStatus'],
];

/** GET returns the book as a map keyed by code; POST `/{code}/edit` creates or updates an entry. */
export function registerReference(router: Router<Handler>): void {
	for (const [path, key, field] of BOOKS) {
		router.add('GET', `/api/v5/reference/${path}`, (ctx) =>
			ok({ [key]: ctx.data.reference[path] }),
		);
		if (!field) continue;
		router.add('POST', `/api/v5/reference/${path}/:code/edit`, (ctx) => {
			const book = ctx.data.reference[path];
			const input = entity<Row>(ctx, field);
			const code = ctx.params.code;
			const existing = book[code];
			if (!existing && (typeof input.name !== 'string' || input.name === '')) {
				throw validation('Errors in the entity format', {
					name: 'This value should not be blank.',
				});
			}
			book[code] = { ...(existing ?? { active: true }), ...input, code };
			return existing ? ok() : created();
		});
	}
	router.add('GET', '/api/v5/reference/countries', () =>
		ok({ countriesIso: ['NL', 'BE', 'DE', 'FR', 'GB', 'ES'] }),
	);
}
