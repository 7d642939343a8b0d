import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { request } from '../../shared/request';
import { entity, filterOf, nested, rcCall, rcList, withFilter } from '../retailCrmRequests';

const show = (operation: string[]) => ({ resource: ['file'], operation });

export const fileOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['file'] } },
	options: [
		{ name: 'Delete', value: 'delete', action: 'Delete a file' },
		{ name: 'Get', value: 'get', action: 'Get a file' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many files' },
		{ name: 'Update', value: 'update', action: 'Update a file' },
		{ name: 'Upload', value: 'upload', action: 'Upload a file' },
	],
	default: 'get',
};

export const fileFields: INodeProperties[] = [
	{
		displayName: 'File ID',
		name: 'fileId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show(['delete', 'get', 'update']) },
		description: 'The RetailCRM ID of the file',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		displayOptions: { show: show(['upload']) },
		hint: 'The name of the input binary field containing the file to be uploaded',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show(['update']) },
		options: [
			{
				displayName: 'File Name',
				name: 'filename',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Order ID',
				name: 'attachment__order__id',
				type: 'number',
				default: 0,
				description: 'Attaches the file to the order with this RetailCRM ID',
			},
		],
	},
	...returnAllAndLimit('file'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getAll']) },
		options: [
			{
				displayName: 'File Name',
				name: 'filename',
				type: 'string',
				default: '',
				description: 'Only files whose name contains this text',
			},
			{
				displayName: 'IDs',
				name: 'ids',
				type: 'string',
				default: '',
				description: 'Comma-separated RetailCRM IDs',
			},
			{
				displayName: 'Order IDs',
				name: 'orderIds',
				type: 'string',
				default: '',
				description: 'Comma-separated RetailCRM IDs of orders the files are attached to',
			},
		],
	},
];

const filePath = (params: Params, suffix = '') =>
	path`/files/${params.id('fileId', { numeric: true })}` + suffix;

function fileUpdate(fields: IDataObject): IDataObject {
	const { attachment__order__id: orderId, ...rest } = fields;
	return {
		...nested(rest),
		...(orderId ? { attachment: [{ order: { id: Number(orderId) } }] } : {}),
	};
}

export const fileRequests: Record<string, Operation> = {
	delete: rcCall((params) => ({ method: 'POST', path: filePath(params, '/delete') })),
	get: rcCall((params) => ({ method: 'GET', path: filePath(params) }), { pick: entity('file') }),
	getAll: rcList('files', (params) => ({
		method: 'GET',
		path: '/files',
		qs: withFilter(filterOf(params.fields('filters'), { lists: ['ids', 'orderIds'] })),
	})),
	update: rcCall((params) => ({
		method: 'POST',
		path: filePath(params, '/edit'),
		body: { file: fileUpdate(params.fields('updateFields')) },
	})),
	// The file's bytes are the whole body; its name is set afterwards, as RetailCRM takes no name on upload.
	upload: async ({ client, params, itemIndex }) => {
		const property = params.required('binaryPropertyName');
		const binary = params.ctx.helpers.assertBinaryData(itemIndex, property);
		const data = await params.ctx.helpers.getBinaryDataBuffer(itemIndex, property);
		const uploaded = await request<IDataObject>(
			client,
			{ method: 'POST', path: '/files/upload', body: data },
			itemIndex,
		);
		const file = (uploaded.file as IDataObject | undefined) ?? {};
		if (binary.fileName && file.id !== undefined) {
			await request(
				client,
				{
					method: 'POST',
					path: path`/files/${String(file.id)}/edit`,
					body: { file: { filename: binary.fileName } },
				},
				itemIndex,
			);
			return { ...file, filename: binary.fileName };
		}
		return file;
	},
};
