import { Router } from '../../router';
import type { Handler } from '../context';
import { registerApi } from './api';
import { registerCorporate } from './corporate';
import { registerCosts } from './costs';
import { registerCustomFields } from './customFields';
import { registerCustomers } from './customers';
import { registerFiles } from './files';
import { registerOrders } from './orders';
import { registerPacks } from './packs';
import { registerPeople } from './people';
import { registerReference } from './reference';
import { registerStore } from './store';

export function buildRetailCrmRouter(): Router<Handler> {
	const router = new Router<Handler>();
	registerApi(router);
	registerPacks(router);
	registerOrders(router);
	registerCustomers(router);
	registerCorporate(router);
	registerStore(router);
	registerPeople(router);
	registerCosts(router);
	registerFiles(router);
	registerCustomFields(router);
	registerReference(router);
	return router;
}
