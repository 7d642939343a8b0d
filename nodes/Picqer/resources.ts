import type { Resource } from '../shared/resources';
import {
	customerFields,
	customerOperations,
	customerRequests,
} from './descriptions/CustomerDescription';
import { orderFields, orderOperations, orderRequests } from './descriptions/OrderDescription';
import {
	picklistFields,
	picklistOperations,
	picklistRequests,
} from './descriptions/PicklistDescription';
import {
	purchaseOrderFields,
	purchaseOrderOperations,
	purchaseOrderRequests,
} from './descriptions/PurchaseOrderDescription';

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
	{
		name: 'Picklist',
		value: 'picklist',
		operations: picklistOperations,
		fields: picklistFields,
		requests: picklistRequests,
	},
	{
		name: 'Purchase Order',
		value: 'purchaseOrder',
		operations: purchaseOrderOperations,
		fields: purchaseOrderFields,
		requests: purchaseOrderRequests,
	},
];
