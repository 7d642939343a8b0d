import type { Router } from '../../router';
import { created, ok, takes, type Handler } from '../context';
import { validation } from '../errors';
import { entity } from '../params';
import type { Row } from '../types';

/**
 * Path name, the response's key and the edit method's entity field, per reference book
 * (api-client-php src/ResourceGroup/References.php and src/Model/Request/References/*EditRequest.php).
 */
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

/**
 * GET returns the book as a map keyed by code (api-client-php tests/src/ResourceGroup/
 * ReferencesTest.php testSites); POST `/{code}/edit` creates (201) or updates (200) an entry,
 * taking only the entry's field.
 */
export function registerReference(router: Router<Handler>): void {
	for (const [path, key, field] of BOOKS) {
		router.add(
			'GET',
			`/api/v5/reference/${path}`,
			takes([], (ctx) => ok({ [key]: ctx.data.reference[path] })),
		);
		if (!field) continue;
		router.add(
			'POST',
			`/api/v5/reference/${path}/:code/edit`,
			takes([field], (ctx) => {
				const book = ctx.data.reference[path];
				const input = entity<Row>(ctx, field);
				const code = ctx.params.code;
				const existing = book[code];
				// A new entry needs a name (its code comes from the path): no vendor source found.
				if (!existing && (typeof input.name !== 'string' || input.name === '')) {
					throw validation('Errors in the entity format', {
						name: 'This value should not be blank.',
					});
				}
				book[code] = { ...(existing ?? { active: true }), ...input, code };
				return existing ? ok() : created();
			}),
		);
	}
	// Countries are bare ISO codes (src/Model/Response/References/CountriesResponse.php).
	router.add(
		'GET',
		'/api/v5/reference/countries',
		takes([], () => ok({ countriesIso: ['NL', 'BE', 'DE', 'FR', 'GB', 'ES'] })),
	);
}
