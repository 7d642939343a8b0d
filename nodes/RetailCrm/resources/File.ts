import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { download } from '../../shared/executor';
import {
	binaryOutputField,
	filtersCollection,
	returnAllAndLimit,
	updateFields,
} from '../../shared/fields';
import { nested } from '../../shared/nested';
import type { ResourceDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { request } from '../../shared/request';
import { idsFilter } from '../fields';
import { entity, rcCall, rcFiltered } from '../requests';

const fileId: INodeProperties = {
	displayName: 'File ID',
	name: 'fileId',
	type: 'string',
	required: true,
	default: '',
	description: 'The RetailCRM ID of the file',
};

const filePath = (params: Params, suffix = '') =>
	path`/files/${params.id('fileId', { numeric: true })}` + suffix;

function fileUpdate(fields: IDataObject): IDataObject {
	const { attachment__order__id: orderId, ...rest } = fields;
	return {
		...nested(rest),
		...(orderId ? { attachment: [{ order: { id: Number(orderId) } }] } : {}),
	};
}

/** RetailCRM files (api-client-php src/ResourceGroup/Files.php). */
export const file: ResourceDefinition = {
	name: 'File',
	value: 'file',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a file',
			isDefault: true,
			fields: [fileId],
			run: rcCall((params) => ({ method: 'GET', path: filePath(params) }), {
				pick: entity('file'),
			}),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a file',
			fields: [fileId],
			run: rcCall((params) => ({
				method: 'POST',
				path: filePath(params, '/delete'),
				idempotent: true,
			})),
		},
		{
			value: 'download',
			name: 'Download',
			action: 'Download a file',
			description: 'Get the file itself as binary data, ready for an email or a file node',
			fields: [fileId, binaryOutputField],
			// GET /files/{id}/download answers the bytes, the name in Content-Disposition
			// (api-client-php src/Handler/Response/FilesDownloadResponseHandler.php) and the type.
			run: download(
				(params) => ({ method: 'GET', path: filePath(params, '/download') }),
				(params) => ({
					fileName: `file-${params.string('fileId')}`,
					mimeType: 'application/octet-stream',
				}),
			),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many files',
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
					{
						displayName: 'File Name',
						name: 'filename',
						type: 'string',
						default: '',
						description: 'Only files whose name contains this text',
					},
					idsFilter,
					{
						displayName: 'Order IDs',
						name: 'orderIds',
						type: 'string',
						default: '',
						description: 'Comma-separated RetailCRM IDs of orders the files are attached to',
					},
				]),
			],
			run: rcFiltered('files', '/files', { lists: ['ids', 'orderIds'] }),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a file',
			fields: [
				fileId,
				updateFields([
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
				]),
			],
			run: rcCall((params) => ({
				method: 'POST',
				path: filePath(params, '/edit'),
				body: { file: fileUpdate(params.fields('updateFields')) },
				idempotent: true,
			})),
		},
		{
			value: 'upload',
			name: 'Upload',
			action: 'Upload a file',
			fields: [
				{
					displayName: 'Input Binary Field',
					name: 'binaryPropertyName',
					type: 'string',
					required: true,
					default: 'data',
					hint: 'The name of the input binary field containing the file to be uploaded',
				},
			],
			// The file's bytes are the whole body (api-client-php src/Handler/Request/RequestDataHandler.php
			// `withBody($file)`); RetailCRM takes no name on upload, so it is set afterwards with
			// /files/{id}/edit (FilesEditRequest `file={filename}`), which may be repeated safely.
			run: async ({ client, params, itemIndex }) => {
				const property = params.required('binaryPropertyName');
				const binary = params.ctx.helpers.assertBinaryData(itemIndex, property);
				const data = await params.ctx.helpers.getBinaryDataBuffer(itemIndex, property);
				const uploaded = await request<IDataObject>(
					client,
					{ method: 'POST', path: '/files/upload', body: data },
					itemIndex,
				);
				const stored = (uploaded.file as IDataObject | undefined) ?? {};
				if (binary.fileName && stored.id !== undefined) {
					await request(
						client,
						{
							method: 'POST',
							path: path`/files/${String(stored.id)}/edit`,
							body: { file: { filename: binary.fileName } },
							idempotent: true,
						},
						itemIndex,
					);
					return { ...stored, filename: binary.fileName };
				}
				return stored;
			},
		},
	],
};
