import { documentResource } from '../documents';

/**
 * Invoices and credit notes (credit notes are invoices with logicType 1 or 5:
 * hotgluexyz/tap-precoro); INT `/api/invoices`.
 */
export const invoice = documentResource({
	name: 'Invoice',
	plural: 'Invoices',
	value: 'invoice',
	path: '/invoices',
	statuses: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
	approvals: true,
	related: [
		{ name: 'Credit Notes', value: 'credit_notes' },
		{ name: 'Purchase Order', value: 'purchase_order' },
		{ name: 'Receipts', value: 'receipts' },
	],
	extraFilters: [
		{
			displayName: 'Credit Notes Only',
			name: 'creditNotesOnly',
			type: 'boolean',
			default: false,
			description: 'Whether to return only credit notes (logicType 1 and 5)',
		},
	],
});
