import { Router } from '../../router';
import type { Handler } from '../context';
import { registerApi } from './api';
import { registerCorporate } from './corporate';
import { registerCosts } from './costs';
import { registerCustomers } from './customers';
import { registerFiles } from './files';
import { registerOrders } from './orders';
import { registerPeople } from './people';
import { registerReference } from './reference';
import { registerStore } from './store';

export function buildRetailCrmRouter(): Router<Handler> {
	const router = new Router<Handler>();
	registerApi(router);
	registerOrders(router);
	registerCustomers(router);
	registerCorporate(router);
	registerStore(router);
	registerPeople(router);
	registerCosts(router);
	registerFiles(router);
	registerReference(router);
	return router;
}
