import type { Router } from '../../router';
import { ok, takes, type Handler } from '../context';

/** What a full key may do; RetailCRM reports these as `scopes`. */
const SCOPES = [
	'order_read',
	'order_write',
	'customer_read',
	'customer_write',
	'store_read',
	'store_write',
	'reference_read',
	'reference_write',
	'task_read',
	'task_write',
	'user_read',
	'user_write',
	'cost_read',
	'cost_write',
	'file_read',
	'file_write',
];

/** The deprecated per-method list RetailCRM still sends next to `scopes`. */
const CREDENTIALS = [
	'/api/orders',
	'/api/orders/create',
	'/api/orders/edit',
	'/api/customers',
	'/api/customers/create',
	'/api/customers/edit',
	'/api/reference',
	'/api/store',
];

/**
 * The unversioned methods: versions, credentials (the cheap credential test) and system info
 * (api-client-php src/ResourceGroup/Api.php; answers as in tests/src/ResourceGroup/ApiTest.php).
 */
export function registerApi(router: Router<Handler>): void {
	router
		.add(
			'GET',
			'/api/api-versions',
			takes([], () => ok({ versions: ['3.0', '4.0', '5.0'] })),
		)
		.add(
			'GET',
			'/api/credentials',
			takes([], (ctx) =>
				ok({
					scopes: SCOPES,
					credentials: CREDENTIALS,
					siteAccess: ctx.access.siteAccess,
					sitesAvailable: [...ctx.access.sites],
				}),
			),
		)
		.add(
			'GET',
			'/api/system-info',
			takes([], () =>
				ok({ language: 'en', systemVersion: '8.0.0', publicUrl: '', technicalUrl: '' }),
			),
		);
}
