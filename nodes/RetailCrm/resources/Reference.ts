import { returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { request } from '../../shared/request';
import { rcCall } from '../requests';
import { REFERENCE_BOOKS, referenceRecords } from '../retailCrmReference';

function bookOf(value: string) {
	const book = REFERENCE_BOOKS.find((b) => b.value === value);
	if (!book) throw new Error(`Unknown reference book "${value}"`);
	return book;
}

/** RetailCRM reference books (api-client-php src/ResourceGroup/References.php). */
export const reference: ResourceDefinition = {
	name: 'Reference Book',
	value: 'reference',
	description: 'Sites, statuses, order, payment and delivery types, stores and more',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get the entries of a reference book',
			isDefault: true,
			fields: [
				{
					displayName: 'Reference Book',
					name: 'book',
					type: 'options',
					options: REFERENCE_BOOKS.map(({ name, value }) => ({ name, value })),
					default: 'sites',
					description: 'Which reference book to read; each entry becomes one item',
				},
				...returnAllAndLimit(),
			],
			run: async ({ client, params, itemIndex }) => {
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
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Create or update a reference book entry',
			fields: [
				{
					displayName: 'Reference Book',
					name: 'book',
					type: 'options',
					options: REFERENCE_BOOKS.filter((book) => book.entry).map(({ name, value }) => ({
						name,
						value,
					})),
					default: 'sites',
					description: 'Which reference book to write to',
				},
				{
					displayName: 'Code',
					name: 'code',
					type: 'string',
					required: true,
					default: '',
					description: 'Symbolic code of the entry; an entry with a new code is created',
				},
				{
					displayName: 'Entry',
					name: 'entry',
					type: 'json',
					required: true,
					default: '{}',
					description:
						'The entry as RetailCRM\'s API expects it, e.g. {"name": "Courier", "active": true} for a delivery type',
				},
			],
			run: rcCall((params) => {
				const book = bookOf(params.required('book'));
				const code = params.id('code');
				const entry = params.json('entry');
				return {
					method: 'POST',
					path: `/reference/${book.value}` + path`/${code}/edit`,
					// Creates or updates the entry with this code: repeating it changes nothing.
					idempotent: true,
					body: { [book.entry as string]: { ...entry, code } },
				};
			}),
		},
	],
};
