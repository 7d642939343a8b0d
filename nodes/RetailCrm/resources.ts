import type { Resource } from '../shared/resources';
import {
	corporateCustomerFields,
	corporateCustomerOperations,
	corporateCustomerRequests,
} from './descriptions/CorporateCustomerDescription';
import { costFields, costOperations, costRequests } from './descriptions/CostDescription';
import {
	customerFields,
	customerOperations,
	customerRequests,
} from './descriptions/CustomerDescription';
import { fileFields, fileOperations, fileRequests } from './descriptions/FileDescription';
import { orderFields, orderOperations, orderRequests } from './descriptions/OrderDescription';
import {
	referenceFields,
	referenceOperations,
	referenceRequests,
} from './descriptions/ReferenceDescription';
import { storeFields, storeOperations, storeRequests } from './descriptions/StoreDescription';
import { taskFields, taskOperations, taskRequests } from './descriptions/TaskDescription';
import { userFields, userOperations, userRequests } from './descriptions/UserDescription';

/** Every resource of the RetailCRM node; add a resource here and it appears in the node. */
export const retailCrmResources: Resource[] = [
	{
		name: 'Corporate Customer',
		value: 'corporateCustomer',
		operations: corporateCustomerOperations,
		fields: corporateCustomerFields,
		requests: corporateCustomerRequests,
	},
	{
		name: 'Cost',
		value: 'cost',
		operations: costOperations,
		fields: costFields,
		requests: costRequests,
	},
	{
		name: 'Customer',
		value: 'customer',
		operations: customerOperations,
		fields: customerFields,
		requests: customerRequests,
	},
	{
		name: 'File',
		value: 'file',
		operations: fileOperations,
		fields: fileFields,
		requests: fileRequests,
	},
	{
		name: 'Order',
		value: 'order',
		operations: orderOperations,
		fields: orderFields,
		requests: orderRequests,
	},
	{
		name: 'Reference Book',
		value: 'reference',
		description: 'Sites, statuses, order, payment and delivery types, stores and more',
		operations: referenceOperations,
		fields: referenceFields,
		requests: referenceRequests,
	},
	{
		name: 'Store',
		value: 'store',
		description: 'Products, offers, stock and prices',
		operations: storeOperations,
		fields: storeFields,
		requests: storeRequests,
	},
	{
		name: 'Task',
		value: 'task',
		operations: taskOperations,
		fields: taskFields,
		requests: taskRequests,
	},
	{
		name: 'User',
		value: 'user',
		operations: userOperations,
		fields: userFields,
		requests: userRequests,
	},
];
