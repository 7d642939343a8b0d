import { Router } from '../../router';
import type { Handler } from '../context';
import { registerBackorders } from './backorders';
import { registerCustomers } from './customers';
import { registerHooks } from './hooks';
import { registerOrders } from './orders';
import { registerPicklists } from './picklists';
import { registerProducts } from './products';
import { registerPurchasing } from './purchasing';
import { registerReference } from './reference';
import { registerReturns } from './returns';

/** Every /api/v1 route the sandbox knows, one register function per area. */
export function buildPicqerRouter(): Router<Handler> {
	const router = new Router<Handler>();
	registerCustomers(router);
	registerProducts(router);
	registerOrders(router);
	registerPicklists(router);
	registerPurchasing(router);
	registerReturns(router);
	registerBackorders(router);
	registerHooks(router);
	registerReference(router);
	return router;
}
