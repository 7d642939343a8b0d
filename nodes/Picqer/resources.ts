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
	productFields,
	productOperations,
	productRequests,
} from './descriptions/ProductDescription';
import {
	purchaseOrderFields,
	purchaseOrderOperations,
	purchaseOrderRequests,
} from './descriptions/PurchaseOrderDescription';
import {
	backorderFields,
	backorderOperations,
	backorderRequests,
} from './descriptions/BackorderDescription';
import {
	receiptFields,
	receiptOperations,
	receiptRequests,
} from './descriptions/ReceiptDescription';
import { returnFields, returnOperations, returnRequests } from './descriptions/ReturnDescription';
import {
	warehouseFields,
	warehouseOperations,
	warehouseRequests,
} from './descriptions/WarehouseDescription';
import { userFields, userOperations, userRequests } from './descriptions/UserDescription';
import { tagFields, tagOperations, tagRequests } from './descriptions/TagDescription';
import {
	stockHistoryFields,
	stockHistoryOperations,
	stockHistoryRequests,
} from './descriptions/StockHistoryDescription';
import {
	supplierFields,
	supplierOperations,
	supplierRequests,
} from './descriptions/SupplierDescription';
import {
	locationFields,
	locationOperations,
	locationRequests,
} from './descriptions/LocationDescription';

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
		name: 'Product',
		value: 'product',
		operations: productOperations,
		fields: productFields,
		requests: productRequests,
	},
	{
		name: 'Purchase Order',
		value: 'purchaseOrder',
		operations: purchaseOrderOperations,
		fields: purchaseOrderFields,
		requests: purchaseOrderRequests,
	},
	{
		name: 'Backorder',
		value: 'backorder',
		operations: backorderOperations,
		fields: backorderFields,
		requests: backorderRequests,
	},
	{
		name: 'Receipt',
		value: 'receipt',
		operations: receiptOperations,
		fields: receiptFields,
		requests: receiptRequests,
	},
	{
		name: 'Return',
		value: 'return',
		operations: returnOperations,
		fields: returnFields,
		requests: returnRequests,
	},
	{
		name: 'Warehouse',
		value: 'warehouse',
		operations: warehouseOperations,
		fields: warehouseFields,
		requests: warehouseRequests,
	},
	{
		name: 'User',
		value: 'user',
		operations: userOperations,
		fields: userFields,
		requests: userRequests,
	},
	{
		name: 'Tag',
		value: 'tag',
		operations: tagOperations,
		fields: tagFields,
		requests: tagRequests,
	},
	{
		name: 'Stock History',
		value: 'stockHistory',
		operations: stockHistoryOperations,
		fields: stockHistoryFields,
		requests: stockHistoryRequests,
	},
	{
		name: 'Supplier',
		value: 'supplier',
		operations: supplierOperations,
		fields: supplierFields,
		requests: supplierRequests,
	},
	{
		name: 'Location',
		value: 'location',
		operations: locationOperations,
		fields: locationFields,
		requests: locationRequests,
	},
];
