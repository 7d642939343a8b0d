import type { INodeProperties } from 'n8n-workflow';

import { withYmdHis, ymdHis } from '../../shared/dates';
import { call, download, getMany } from '../../shared/executor';
import { binaryOutputField, returnAllAndLimit, updateFields } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { checkedIds, productLocator } from '../fields';
import { picqerPages } from '../PicqerProfile';

const picklistId: INodeProperties = {
	displayName: 'Picklist ID',
	name: 'picklistId',
	type: 'string',
	required: true,
	default: '',
	description: 'The Picqer ID of the picklist (idpicklist), not the picklist number',
};

const picklistPath = (params: Params, suffix = '') =>
	path`/picklists/${params.id('picklistId', { numeric: true })}` + suffix;

const action = (suffix: string) =>
	call((params) => ({ method: 'POST', path: picklistPath(params, suffix) }));

const shippingProfile = (required: boolean): INodeProperties => ({
	displayName: 'Shipping Profile Name or ID',
	name: 'shippingProfileId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getShippingProfiles' },
	required,
	default: '',
	description:
		'See Get Shipping Methods for the profiles allowed for a picklist. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

/**
 * A picklist document as a file. GET /picklists/{id}/picklistpdf and …/packinglistpdf answer with
 * the PDF itself (picqer-php Client.php `getPicklistPdf`, `getPackinglistPdf`; a third-party
 * client, EveryPlants Batchmaker, reads the bytes as a PDF). Picqer names no file, so the node
 * does: `picklist-<idpicklist>.pdf`.
 */
const document = (suffix: string, prefix: string) =>
	download(
		(params) => ({ method: 'GET', path: picklistPath(params, suffix) }),
		(params) => ({
			fileName: `${prefix}-${params.id('picklistId', { numeric: true })}.pdf`,
			mimeType: 'application/pdf',
		}),
	);

/**
 * Picqer's pick takes a product code or an idproduct in the same `product` field, with `amount`
 * (picqer-php Client.php `pickProductOnPicklist`).
 */
function pickedProduct(params: Params): string | number {
	const locator = params.ctx.getNodeParameter('product', params.itemIndex, {}) as {
		mode?: string;
	};
	if (locator.mode === 'code') return params.required('product');
	return Number(params.id('product', { numeric: true }));
}

/** Picqer picklists: https://picqer.com/en/api/picklists */
export const picklist: ResourceDefinition = {
	name: 'Picklist',
	value: 'picklist',
	operations: [
		{
			value: 'assign',
			name: 'Assign',
			action: 'Assign a picklist to a user',
			fields: [
				picklistId,
				{
					displayName: 'User Name or ID',
					name: 'userId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getUsers' },
					required: true,
					default: '',
					description:
						'The user who will pick this picklist. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
			],
			// `{iduser}`: picqer-php Client.php `assignPicklistToUser`.
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/assign'),
				body: { iduser: Number(params.id('userId', { numeric: true })) },
			})),
		},
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel a picklist',
			fields: [picklistId],
			run: action('/cancel'),
		},
		{
			value: 'close',
			name: 'Close',
			action: 'Close a picklist',
			fields: [picklistId],
			run: action('/close'),
		},
		{
			value: 'cancelShipment',
			name: 'Cancel Shipment',
			action: 'Cancel a shipment of a picklist',
			description: 'Only within 5 minutes of its creation; the carrier is not told',
			fields: [
				picklistId,
				{
					displayName: 'Shipment ID',
					name: 'shipmentId',
					type: 'string',
					required: true,
					default: '',
					description: 'The Picqer ID of the shipment (idshipment), see Get Shipments',
				},
			],
			// DELETE /picklists/{id}/shipments/{idshipment}, "only possible within 5 minutes after
			// creation" (EveryPlants Batchmaker client; picqer.com/en/api/picklist-shipments).
			run: call((params) => ({
				method: 'DELETE',
				path: picklistPath(params, path`/shipments/${params.id('shipmentId', { numeric: true })}`),
			})),
		},
		{
			value: 'createShipment',
			name: 'Create Shipment',
			action: 'Create a shipment for a picklist',
			fields: [
				picklistId,
				shippingProfile(true),
				{
					displayName: 'Weight',
					name: 'weight',
					type: 'number',
					typeOptions: { minValue: 1 },
					required: true,
					default: 1000,
					description: 'Weight of the shipment in grams, passed on to the carrier',
				},
				{
					displayName: 'Additional Fields',
					name: 'shipmentFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [
						{
							displayName: 'Packaging ID',
							name: 'idpackaging',
							type: 'string',
							default: '',
							description: 'The packaging used for the shipment (idpackaging)',
						},
					],
				},
			],
			// `{idshippingprofile, weight, idpackaging}`: "Picqer requires idshippingprofile and weight"
			// (EveryPlants Batchmaker client; Picqer WMS MCP server). `idshippingprovider_profile` is
			// the attribute's name on orders and picklists, not this parameter. The readable part of
			// picqer.com/en/api/picklist-shipments does not show the body. `?return=shipment` answers
			// with the shipment itself (EveryPlants Batchmaker).
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/shipments'),
				qs: { return: 'shipment' },
				body: {
					idshippingprofile: Number(params.id('shippingProfileId', { numeric: true })),
					weight: params.positiveInteger('weight'),
					...checkedIds(params, params.fields('shipmentFields')),
				},
			})),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a picklist',
			isDefault: true,
			fields: [picklistId],
			run: call((params) => ({ method: 'GET', path: picklistPath(params) })),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many picklists',
			fields: [
				...returnAllAndLimit(),
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: [
						{
							displayName: 'Assigned To Name or ID',
							name: 'assigned_to_iduser',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getUsers' },
							default: '',
							description:
								'Only picklists assigned to this user. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Batch ID',
							name: 'idpicklist_batch',
							type: 'string',
							default: '',
							description: 'Only picklists in this picklist batch (idpicklist_batch)',
						},
						{
							displayName: 'Before ID',
							name: 'beforeid',
							type: 'string',
							default: '',
							description: 'Only picklists with a lower idpicklist',
						},
						{
							displayName: 'Picklist Number',
							name: 'picklistid',
							type: 'string',
							default: '',
							description: 'The picklist number shown in Picqer, e.g. P2024-0001',
						},
						{
							displayName: 'Since Date',
							name: 'sincedate',
							type: 'dateTime',
							default: '',
							description: 'Only picklists created or changed on or after this date',
						},
						{
							displayName: 'Since ID',
							name: 'sinceid',
							type: 'string',
							default: '',
							description: 'Only picklists with a higher idpicklist',
						},
						{
							displayName: 'Status',
							name: 'status',
							type: 'options',
							options: [
								{ name: 'Cancelled', value: 'cancelled' },
								{ name: 'Closed', value: 'closed' },
								{ name: 'New', value: 'new' },
								{ name: 'Paused', value: 'paused' },
								{ name: 'Snoozed', value: 'snoozed' },
							],
							default: 'new',
							description: 'Only picklists with this status',
						},
						{
							displayName: 'Tag Name',
							name: 'tag',
							type: 'string',
							default: '',
							description: 'Only picklists with this tag',
						},
						{
							displayName: 'Warehouse Name or ID',
							name: 'idwarehouse',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getWarehouses' },
							default: '',
							description:
								'Only picklists for this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
					],
				},
			],
			// Filters: `picklistid` (picqer-php Client.php `getPicklistByPicklistid`); `status`,
			// `idwarehouse`, `assigned_to_iduser`, `sinceid`, `sincedate` (Picqer WMS MCP server);
			// `beforeid`, `idpicklist_batch`, `tag` (picqer.com/en/api/changelog: 4 Dec 2025,
			// 19 Feb 2024, 16 Sep 2025).
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: '/picklists',
				qs: checkedIds(params, withYmdHis(params.fields('filters'), ['sincedate'])),
			})),
		},
		{
			value: 'getPackingListPdf',
			name: 'Get Packing List PDF',
			action: 'Get the packing list of a picklist as a PDF file',
			fields: [picklistId, binaryOutputField],
			run: document('/packinglistpdf', 'packinglist'),
		},
		{
			value: 'getPdf',
			name: 'Get PDF',
			action: 'Get a picklist as a PDF file',
			fields: [picklistId, binaryOutputField],
			run: document('/picklistpdf', 'picklist'),
		},
		{
			value: 'getShipments',
			name: 'Get Shipments',
			action: 'Get the shipments of a picklist',
			fields: [picklistId],
			run: call((params) => ({ method: 'GET', path: picklistPath(params, '/shipments') })),
		},
		{
			value: 'getShippingMethods',
			name: 'Get Shipping Methods',
			action: 'Get the shipping methods allowed for a picklist',
			fields: [picklistId],
			run: call((params) => ({
				method: 'GET',
				path: picklistPath(params, '/shippingmethods'),
			})),
		},
		{
			value: 'pause',
			name: 'Pause',
			action: 'Pause a picklist',
			fields: [
				picklistId,
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					required: true,
					default: '',
					description: 'Why the picklist is paused; Picqer shows it as its paused reason',
				},
			],
			// POST /picklists/{id}/pause `{reason}` (Picqer WMS MCP server; `paused_reason`:
			// picqer.com/en/api/picklists attributes).
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/pause'),
				body: { reason: params.required('reason') },
			})),
		},
		{
			value: 'pick',
			name: 'Pick',
			action: 'Pick a product on a picklist',
			fields: [
				picklistId,
				productLocator('product', {
					description: 'The product to pick: from the list, by ID or by product code',
					modes: [
						{
							displayName: 'By Product Code',
							name: 'code',
							type: 'string',
							placeholder: 'SKU-001',
						},
					],
				}),
				{
					displayName: 'Amount',
					name: 'amount',
					type: 'number',
					typeOptions: { minValue: 1 },
					required: true,
					default: 1,
					description: 'How many of the product were picked',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/pick'),
				body: { product: pickedProduct(params), amount: params.positiveInteger('amount') },
			})),
		},
		{
			value: 'pickAll',
			name: 'Pick All',
			action: 'Pick all products on a picklist',
			fields: [picklistId],
			run: action('/pickall'),
		},
		{
			value: 'resume',
			name: 'Resume',
			action: 'Resume a paused picklist',
			fields: [picklistId],
			// POST /picklists/{id}/resume (Picqer WMS MCP server).
			run: action('/resume'),
		},
		{
			value: 'snooze',
			name: 'Snooze',
			action: 'Snooze a picklist',
			fields: [
				picklistId,
				{
					displayName: 'Snooze Until',
					name: 'snoozeUntil',
					type: 'dateTime',
					required: true,
					default: '',
					description: 'The picklist returns to the queue at this moment',
				},
			],
			// `{snooze_until}`: picqer-php Client.php `snoozePicklist`.
			run: call((params) => ({
				method: 'POST',
				path: picklistPath(params, '/snooze'),
				body: { snooze_until: ymdHis(params.required('snoozeUntil')) },
			})),
		},
		{
			value: 'unassign',
			name: 'Unassign',
			action: 'Unassign a picklist',
			fields: [picklistId],
			run: action('/unassign'),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a picklist',
			fields: [
				picklistId,
				updateFields([
					{
						displayName: 'Invoiced',
						name: 'invoiced',
						type: 'boolean',
						default: false,
						description: 'Whether the picklist is invoiced',
					},
					{ ...shippingProfile(false), name: 'idshippingprovider_profile' },
					{
						displayName: 'Urgent',
						name: 'urgent',
						type: 'boolean',
						default: false,
						description: 'Whether the picklist is marked as urgent',
					},
				]),
			],
			// PUT /picklists/{id} (picqer-php Client.php `updatePicklist`); `urgent`, `invoiced`,
			// `idshippingprovider_profile` (Picqer WMS MCP server; picqer.com/en/api/picklists).
			run: call((params) => {
				const target = picklistPath(params);
				const fields = checkedIds(params, params.fields('updateFields'));
				if (Object.keys(fields).length === 0)
					params.invalid('updateFields', 'needs at least one field');
				return { method: 'PUT', path: target, body: fields };
			}),
		},
	],
};
