import type { INodeProperties } from 'n8n-workflow';

import { call, download, getMany } from '../../shared/executor';
import { binaryOutputField, filtersCollection, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds } from '../fields';
import { picqerPages } from '../PicqerProfile';

const batchId: INodeProperties = {
	displayName: 'Picklist Batch ID',
	name: 'batchId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the batch (idpicklist_batch), not its batch number',
};

const picklistId: INodeProperties = {
	displayName: 'Picklist ID',
	name: 'picklistId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the picklist (idpicklist), not the picklist number',
};

const batchPath = (params: Params, suffix = '') =>
	path`/picklists/batches/${params.id('batchId', { numeric: true })}` + suffix;

/**
 * Picklist batches: picqer.com/en/api/picklist-batches (attributes, list filters); picqer-php
 * Client.php `getPicklistBatches`, `getPicklistBatch`. Create, assign, add and remove
 * picklists and the PDF: a third-party TypeScript client (EveryPlants Batchmaker) and the
 * Picqer WMS MCP server, which agree.
 */
export const picklistBatch: ResourceDefinition = {
	name: 'Picklist Batch',
	value: 'picklistBatch',
	description: 'Several picklists collected in one run through the warehouse',
	operations: [
		{
			value: 'addPicklist',
			name: 'Add Picklist',
			action: 'Add a picklist to a picklist batch',
			fields: [batchId, picklistId],
			// POST /picklists/batches/{id}/picklists `{idpicklist}`.
			run: call((params) => ({
				method: 'POST',
				path: batchPath(params, '/picklists'),
				body: { idpicklist: Number(params.id('picklistId', { numeric: true })) },
			})),
		},
		{
			value: 'assign',
			name: 'Assign',
			action: 'Assign a picklist batch to a user',
			fields: [
				batchId,
				{
					displayName: 'User Name or ID',
					name: 'userId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getUsers' },
					required: true,
					default: '',
					description:
						'The user who will pick the batch. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
			],
			// POST /picklists/batches/{id}/assign `{iduser}`.
			run: call((params) => ({
				method: 'POST',
				path: batchPath(params, '/assign'),
				body: { iduser: Number(params.id('userId', { numeric: true })) },
			})),
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a picklist batch',
			fields: [
				{
					displayName: 'Picklist IDs',
					name: 'picklistIds',
					type: 'string',
					required: true,
					default: '',
					placeholder: '300001,300002',
					description:
						'The picklists to collect in one run (idpicklist), separated by commas; open picklists of one warehouse',
				},
			],
			// POST /picklists/batches `{idpicklists: [...]}`.
			run: call((params) => {
				const ids = params.idList('picklistIds');
				if (ids.length === 0) params.invalid('picklistIds', 'is required');
				return {
					method: 'POST',
					path: '/picklists/batches',
					body: { idpicklists: ids.map(Number) },
				};
			}),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a picklist batch',
			isDefault: true,
			fields: [batchId],
			run: call((params) => ({ method: 'GET', path: batchPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many picklist batches',
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
					{
						displayName: 'Assigned To Name or ID',
						name: 'assigned_to_iduser',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getUsers' },
						default: '',
						description:
							'Only batches assigned to this user. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Status',
						name: 'status',
						type: 'options',
						options: [
							{ name: 'Completed', value: 'completed' },
							{ name: 'Open', value: 'open' },
						],
						default: 'open',
						description: 'Only batches with this status',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Normal', value: 'normal' },
							{ name: 'Singles', value: 'singles' },
						],
						default: 'normal',
						description: 'Only batches of this type',
					},
					{
						displayName: 'Warehouse Name or ID',
						name: 'idwarehouse',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getWarehouses' },
						default: '',
						description:
							'Only batches of this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
				]),
			],
			// Filters idwarehouse, assigned_to_iduser, type, status (picqer.com/en/api/picklist-batches).
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/picklists/batches',
				qs: checkedIds(params, params.fields('filters')),
			})),
		},
		{
			value: 'getPdf',
			name: 'Get PDF',
			action: 'Get a picklist batch as a PDF file',
			fields: [
				batchId,
				{
					displayName: 'Include Picklists',
					name: 'includePicklists',
					type: 'boolean',
					default: false,
					description: 'Whether the PDF also holds the picklist of every picklist in the batch',
				},
				{
					displayName: 'Include Packing Lists',
					name: 'includePackinglists',
					type: 'boolean',
					default: false,
					description: 'Whether the PDF also holds the packing list of every picklist in the batch',
				},
				binaryOutputField,
			],
			// GET /picklists/batches/{id}/pdf?includePicklists=true&includePackinglists=true answers with
			// the PDF's bytes (EveryPlants Batchmaker). Picqer names no file; the node does.
			run: download(
				(params) => ({
					method: 'GET',
					path: batchPath(params, '/pdf'),
					qs: {
						...(params.boolean('includePicklists') ? { includePicklists: true } : {}),
						...(params.boolean('includePackinglists') ? { includePackinglists: true } : {}),
					},
				}),
				(params) => ({
					fileName: `picklist-batch-${params.id('batchId', { numeric: true })}.pdf`,
					mimeType: 'application/pdf',
				}),
			),
		},
		{
			value: 'removePicklist',
			name: 'Remove Picklist',
			action: 'Remove a picklist from a picklist batch',
			fields: [batchId, picklistId],
			// DELETE /picklists/batches/{id}/picklists/{idpicklist}.
			run: call((params) => ({
				method: 'DELETE',
				path: batchPath(params, path`/picklists/${params.id('picklistId', { numeric: true })}`),
			})),
		},
	],
};
