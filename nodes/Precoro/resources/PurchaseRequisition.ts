import { documentResource } from '../documents';

/** Purchase requisitions; INT `/api/purchaserequisitions`. */
export const purchaseRequisition = documentResource({
	name: 'Purchase Requisition',
	plural: 'Purchase Requisitions',
	value: 'purchaseRequisition',
	path: '/purchaserequisitions',
	statuses: [0, 1, 2, 3, 7, 8],
	approvals: true,
	related: [{ name: 'Purchase Orders', value: 'purchase_orders' }],
});
