import { Router } from '../../router';
import type { Handler } from '../context';
import { registerBilling } from './billing';
import { registerCommerce } from './commerce';
import { registerPeople } from './people';
import { registerWebhooks } from './webhooks';

export function buildPelcroRouter(): Router<Handler> {
	const router = new Router<Handler>();
	registerPeople(router);
	registerBilling(router);
	registerCommerce(router);
	registerWebhooks(router);
	return router;
}
