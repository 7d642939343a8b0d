import { documentResource } from '../documents';

/** Expenses; INT `/api/expenses` (statuses follow the invoice codes: hotgluexyz/tap-precoro). */
export const expense = documentResource({
	name: 'Expense',
	plural: 'Expenses',
	value: 'expense',
	path: '/expenses',
	statuses: [0, 1, 2, 3, 4, 5, 7, 8],
	approvals: true,
});
