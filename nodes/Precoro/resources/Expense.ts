import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { call } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import {
	createExtras,
	createOperation,
	currencyField,
	documentExtras,
	itemsField,
	legalEntityOption,
	locationField,
	noteOption,
	readCurrency,
	readLines,
	reference,
	requiredDateOption,
} from '../documentCreate';
import { documentResource } from '../documents';
import {
	budgetOption,
	creatorOption,
	currencyOption,
	exchangeRateOption,
	formUpdate,
	locationOption,
} from '../documentUpdate';
import { customFieldOptionsField, idnField, readIdn } from '../fields';
import { precoroDateTime } from '../precoroDates';

const expenseNumber: INodeProperties = {
	displayName: 'Expense Number',
	name: 'expenseNumber',
	type: 'string',
	default: '',
	description: 'The number on the receipt or bill the expense comes from',
};

const issueDate: INodeProperties = {
	displayName: 'Issue Date',
	name: 'issueDate',
	type: 'dateTime',
	default: '',
	description: 'When the receipt or bill was issued',
};

const additionalFields = createExtras([
	customFieldOptionsField,
	expenseNumber,
	issueDate,
	legalEntityOption,
	noteOption,
	requiredDateOption,
]);

/**
 * PATCH /expenses/{idn} (INT patch_api_patch_expense) takes a PatchExpenseDto: `expenseNumber`,
 * `note`, `currency`, `exchangeRate` (numbers), `requiredDate`, `issueDate`,
 * `dataDocumentCustomFields`, `location`, `creator`, `budget`, `legalEntity`. It has no
 * externalId, so an expense cannot be marked as synced through the API.
 */
const update = formUpdate({
	description:
		'Change an expense’s number, dates, currency, location, budget, legal entity, creator, note or custom fields',
	json: 'A PatchExpenseDto',
	path: '/expenses',
	options: [
		budgetOption,
		creatorOption,
		currencyOption,
		customFieldOptionsField,
		exchangeRateOption,
		expenseNumber,
		issueDate,
		legalEntityOption,
		locationOption,
		noteOption,
		requiredDateOption,
	],
});

/**
 * INT's SubmitExpenseDto, the body of POST /expenses (post_api_post_expense): `location`,
 * `currency`, lines under `items` (ExpenseItemDto), and `expenseNumber`, `issueDate`,
 * `requiredDate`, `legalEntity`, `note`, `dataDocumentCustomFields`. It has no externalId.
 */
function createBody(params: Params): IDataObject {
	const extra = params.fields('additionalFields');
	const location = reference(params, 'locationId');
	const body: IDataObject = {
		location,
		currency: readCurrency(params),
		items: readLines(params),
	};
	if (extra.expenseNumber) body.expenseNumber = String(extra.expenseNumber);
	if (extra.issueDate) body.issueDate = precoroDateTime(extra.issueDate);
	return { ...body, ...documentExtras(params, extra) };
}

/** Expenses; INT `/api/expenses` (statuses follow the invoice codes: hotgluexyz/tap-precoro). */
export const expense = documentResource({
	name: 'Expense',
	plural: 'Expenses',
	value: 'expense',
	path: '/expenses',
	statuses: [0, 1, 2, 3, 4, 5, 7, 8],
	approvals: true,
	update,
	extraOperations: [
		// INT: 201 with the new expense's `idn` only.
		createOperation({
			action: 'Create an expense',
			description: 'Create a draft expense; Confirm submits it for approval',
			fields: [locationField, currencyField, itemsField, additionalFields],
			path: '/expenses',
			dto: 'SubmitExpenseDto',
			body: createBody,
		}),
		{
			value: 'markAsPaid',
			name: 'Mark as Paid',
			action: 'Mark an expense as paid',
			description: 'Record that an approved expense has been paid back',
			fields: [idnField('Expense')],
			// POST /expenses/{idn}/mark_as_paid (INT post_api_mark_as_paid_expense): no body, and INT
			// documents no answer body either.
			run: call((params) => ({
				method: 'POST',
				path: path`/expenses/${readIdn(params)}/mark_as_paid`,
			})),
		},
	],
});
