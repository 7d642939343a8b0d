import { Router } from '../../router';
import type { Handler } from '../context';
import { registerApi } from './api';
import { registerCustomers } from './customers';
import { registerOrders } from './orders';
import { registerReference } from './reference';

export function buildRetailCrmRouter(): Router<Handler> {
	const router = new Router<Handler>();
	registerApi(router);
	registerOrders(router);
	registerCustomers(router);
	registerReference(router);
	return router;
}
