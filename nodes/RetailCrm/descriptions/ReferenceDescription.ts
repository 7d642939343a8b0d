import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { path } from '../../shared/params';
import { request } from '../../shared/request';
import { rcCall } from '../retailCrmRequests';
import { REFERENCE_BOOKS, referenceRecords } from '../retailCrmReference';

const show = (operation: string[]) => ({ resource: ['reference'], operation });

export const referenceOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['reference'] } },
	options: [
		{ name: 'Get Many', value: 'getAll', action: 'Get the entries of a reference book' },
		{ name: 'Update', value: 'update', action: 'Create or update a reference book entry' },
	],
	default: 'getAll',
};

export const referenceFields: INodeProperties[] = [
	{
		displayName: 'Reference Book',
		name: 'book',
		type: 'options',
		options: REFERENCE_BOOKS.map(({ name, value }) => ({ name, value })),
		default: 'sites',
		displayOptions: { show: show(['getAll']) },
		description: 'Which reference book to read; each entry becomes one item',
	},
	{
		displayName: 'Reference Book',
		name: 'book',
		type: 'options',
		options: REFERENCE_BOOKS.filter((book) => book.entry).map(({ name, value }) => ({
			name,
			value,
		})),
		default: 'sites',
		displayOptions: { show: show(['update']) },
		description: 'Which reference book to write to',
	},
	...returnAllAndLimit('reference'),
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['update']) },
		description: 'Symbolic code of the entry; an entry with a new code is created',
	},
	{
		displayName: 'Entry',
		name: 'entry',
		type: 'json',
		required: true,
		default: '{}',
		displayOptions: { show: show(['update']) },
		description:
			'The entry as RetailCRM\'s API expects it, e.g. {"name": "Courier", "active": true} for a delivery type',
	},
];

function bookOf(value: string) {
	const book = REFERENCE_BOOKS.find((b) => b.value === value);
	if (!book) throw new Error(`Unknown reference book "${value}"`);
	return book;
}

export const referenceRequests: Record<string, Operation> = {
	// Reference books are not paginated: the whole book comes in one answer.
	getAll: async ({ client, params, itemIndex }) => {
		const book = bookOf(params.required('book'));
		const body = await request(
			client,
			{ method: 'GET', path: `/reference/${book.value}` },
			itemIndex,
		);
		const records = referenceRecords(body);
		const { returnAll, limit } = params.paging();
		return returnAll ? records : records.slice(0, limit);
	},
	update: rcCall((params) => {
		const book = bookOf(params.required('book'));
		const code = params.id('code');
		const entry = params.json('entry');
		return {
			method: 'POST',
			path: `/reference/${book.value}` + path`/${code}/edit`,
			body: { [book.entry as string]: { ...entry, code } },
		};
	}),
};
