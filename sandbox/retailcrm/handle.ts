import type { RetailCrmData } from './data';
import { presentRecord } from './history';
import { RETAILCRM_DEMO_KEY, RETAILCRM_KEYS, RETAILCRM_SITES } from './keys';
import { createCustomer, customerErrors, editCustomer } from './model/customers';
import { createOrder, editOrder } from './model/orders';
import { check } from './params';
import type { Actor, Customer, Order, Row } from './types';

/** Who a test-made change comes from: a person in the UI (default: user 1) or another API key. */
export interface ChangeOptions {
	userId?: number;
	key?: string;
}

/** What tests use to look inside and drive the RetailCRM simulator. */
export interface RetailCrmHandle {
	readonly mount: string;
	readonly demoKey: string;
	readonly singleSiteKey: string;
	readonly otherKey: string;
	readonly sites: readonly string[];
	/** The instance's live data. */
	data(): RetailCrmData;
	/** Changes made "in the CRM" (not by the node), recorded in history like any other. */
	createOrder(order: Row, site: string, options?: ChangeOptions): Order;
	editOrder(id: number, changes: Row, options?: ChangeOptions): Order;
	createCustomer(customer: Row, site: string, options?: ChangeOptions): Customer;
	editCustomer(id: number, changes: Row, options?: ChangeOptions): Customer;
	/** History records as the API shows them to `key` (default the demo key). */
	history(entity: 'orders' | 'customers', key?: string): Row[];
	/** Requests per second per IP; undefined restores RetailCRM's 10. */
	setRateLimit(perSecond?: number): void;
	readonly rateLimit: number;
}

export function actorFor(options: ChangeOptions = {}): Actor {
	if (options.key !== undefined) {
		if (!RETAILCRM_KEYS[options.key]) throw new Error('Unknown RetailCRM sandbox key');
		return { source: 'api', key: options.key };
	}
	return { source: 'user', userId: options.userId ?? 1 };
}

function knownSite(site: string): string {
	if (!(RETAILCRM_SITES as readonly string[]).includes(site))
		throw new Error(`Unknown site ${site}`);
	return site;
}

export function changeMethods(data: () => RetailCrmData) {
	return {
		createOrder(order: Row, site: string, options?: ChangeOptions): Order {
			return createOrder(data(), order, knownSite(site), actorFor(options));
		},
		editOrder(id: number, changes: Row, options?: ChangeOptions): Order {
			const order = data().orders.get(id);
			if (!order) throw new Error(`No order ${id}`);
			editOrder(data(), order, changes, actorFor(options));
			return order;
		},
		createCustomer(customer: Row, site: string, options?: ChangeOptions): Customer {
			check('Customer is not created', customerErrors(data(), customer, knownSite(site)));
			return createCustomer(data(), customer, site, actorFor(options));
		},
		editCustomer(id: number, changes: Row, options?: ChangeOptions): Customer {
			const customer = data().customers.get(id);
			if (!customer) throw new Error(`No customer ${id}`);
			check('Customer is not edited', customerErrors(data(), changes, customer.site, customer));
			editCustomer(data(), customer, changes, actorFor(options));
			return customer;
		},
		history(entity: 'orders' | 'customers', key = RETAILCRM_DEMO_KEY): Row[] {
			const history = entity === 'orders' ? data().orderHistory : data().customerHistory;
			const name = entity === 'orders' ? 'order' : 'customer';
			return history.records.map((record) => presentRecord(record, name, key));
		},
	};
}
