import type { INodeProperties } from 'n8n-workflow';

import { additionalFields, filtersCollection } from '../../shared/fields';
import type { OperationDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { byField, idField, managerField, siteField } from '../fields';
import { byOf, idBy, rcCall, rcFiltered } from '../requests';

export interface NoteOwner {
	/** `/customers` or `/customers-corporate`; the notes are under `${base}/notes`. */
	base: string;
	/** What a note is on, for actions: "customer", "corporate customer". */
	owner: string;
	/** The label of the owner's ID field: "Customer ID". */
	label: string;
	/** The resource's Return All / Limit pair. */
	paging: INodeProperties[];
}

/**
 * Create Note, Get Notes and Delete Note: customers and corporate customers keep notes the same
 * way (api-client-php src/ResourceGroup/Customers.php and CustomersCorporate.php notes,
 * notesCreate, notesDelete, both with CustomersNotesCreateRequest `note` =
 * `{customer: {id|externalId}, text, managerId}` plus `site`, and CustomerNoteFilter).
 */
export function noteOperations(subject: NoteOwner): OperationDefinition[] {
	const { base, owner, label, paging } = subject;
	return [
		{
			value: 'createNote',
			name: 'Create Note',
			action: `Create a note on a ${owner}`,
			fields: [
				siteField,
				byField('noteCustomerBy', `${label.replace(/ ID$/, '')} Identified By`),
				idField('noteCustomerId', label),
				{
					displayName: 'Text',
					name: 'text',
					type: 'string',
					typeOptions: { rows: 3 },
					required: true,
					default: '',
					description: 'Text of the note',
				},
				additionalFields([managerField('The author of the note.')], { name: 'noteFields' }),
			],
			run: rcCall(
				(params) => {
					const noteBy = byOf(params, 'noteCustomerBy');
					const key = idBy(params, 'noteCustomerId', 'noteCustomerBy');
					const { managerId } = params.fields('noteFields');
					return {
						method: 'POST',
						path: `${base}/notes/create`,
						body: {
							note: {
								customer: noteBy === 'id' ? { id: Number(key) } : { externalId: key },
								text: params.required('text'),
								...(managerId !== undefined ? { managerId: Number(managerId) } : {}),
							},
						},
					};
				},
				{ site: true },
			),
		},
		{
			value: 'getNotes',
			name: 'Get Notes',
			action: `Get many ${owner} notes`,
			fields: [
				...paging,
				filtersCollection(
					[
						{
							displayName: `${label.replace(/ ID$/, '')} External IDs`,
							name: 'customerExternalIds',
							type: 'string',
							default: '',
							description: `Comma-separated external IDs of ${owner}s`,
						},
						{
							displayName: `${label}s`,
							name: 'customerIds',
							type: 'string',
							default: '',
							description: `Comma-separated RetailCRM IDs of ${owner}s`,
						},
						{
							displayName: 'Text',
							name: 'text',
							type: 'string',
							default: '',
							description: 'Only notes containing this text',
						},
					],
					'noteFilters',
				),
			],
			run: rcFiltered(
				'notes',
				`${base}/notes`,
				{ lists: ['customerIds', 'customerExternalIds'] },
				'noteFilters',
			),
		},
		{
			value: 'deleteNote',
			name: 'Delete Note',
			action: `Delete a ${owner} note`,
			fields: [
				{
					displayName: 'Note ID',
					name: 'noteId',
					type: 'string',
					required: true,
					default: '',
					description: 'The RetailCRM ID of the note',
				},
			],
			run: rcCall((params) => ({
				method: 'POST',
				path: `${base}/notes` + path`/${params.id('noteId', { numeric: true })}/delete`,
				idempotent: true,
			})),
		},
	];
}
