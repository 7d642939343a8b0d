import { documentResource } from '../documents';

/** Receipts of goods against orders; INT `/api/receipts` (no plain create in INT). */
export const receipt = documentResource({
	name: 'Receipt',
	plural: 'Receipts',
	value: 'receipt',
	path: '/receipts',
	statuses: [0, 1, 2, 3, 7, 8],
	approvals: true,
	related: [
		{ name: 'Invoices', value: 'invoices' },
		{ name: 'Purchase Order', value: 'purchase_order' },
	],
});
