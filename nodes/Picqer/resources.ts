import type { Resource } from '../shared/resources';
import {
	customerFields,
	customerOperations,
	customerRequests,
} from './descriptions/CustomerDescription';
import { orderFields, orderOperations, orderRequests } from './descriptions/OrderDescription';

/** Every resource of the Picqer node; add a resource here and it appears in the node. */
export const picqerResources: Resource[] = [
	{
		name: 'Customer',
		value: 'customer',
		operations: customerOperations,
		fields: customerFields,
		requests: customerRequests,
	},
	{
		name: 'Order',
		value: 'order',
		operations: orderOperations,
		fields: orderFields,
		requests: orderRequests,
	},
];
