import type { Router } from '../../router';
import { ok, takes, type Ctx, type Handler } from '../context';
import { CrmError, invalidInput } from '../errors';
import { contains, dateFrom, dateTo, inList, many } from '../filters';
import { entity, findById, listOf, scalar } from '../params';
import { crmTime } from '../time';
import type { Entity, Row } from '../types';
import { registerResource } from './resource';

/** Attachments point at orders or customers: `[{order: {id}}, {customer: {id}}]` (api-client-php src/Model/Entity/Files/Attachment.php). */
const attachedTo = (file: Entity, kind: 'order' | 'customer'): string[] =>
	(file.attachment as Row[]).flatMap((a) => (a[kind] ? [String((a[kind] as Row).id)] : []));

function fileFor(ctx: Ctx): Entity {
	return findById(ctx.data.files, ctx.params.id);
}

/**
 * The type of an uploaded file, from its first bytes. Both official clients send a fixed content
 * type with the bytes (api-client-php src/Handler/Request/PsrRequestHandler.php
 * application/x-www-form-urlencoded, api-client-go client.go FileUpload application/octet-stream),
 * so the header says nothing about the file. How RetailCRM tells the type: no vendor source found.
 */
function sniffedType(bytes: Buffer): string {
	if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
	if (bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'image/png';
	if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
	return 'application/octet-stream';
}

/**
 * POST /files/upload: the body is the file's raw bytes (api-client-php
 * src/Handler/Request/RequestDataHandler.php `withBody($file)`), whatever the content type; no
 * other parameter, and no name: that is set with /files/{id}/edit. Answers `{file: {id}}`
 * (src/Model/Response/Files/FilesUploadResponse.php).
 */
const upload: Handler = (ctx) => {
	const bytes = ctx.bytes;
	if (Object.keys(ctx.query).length > 0)
		throw invalidInput(
			Object.fromEntries(
				Object.keys(ctx.query).map((name) => [name, 'This form should not contain extra fields.']),
			),
		);
	if (bytes.length === 0)
		throw new CrmError(400, 'File is not uploaded', { file: 'The file is empty.' });
	const type = sniffedType(bytes);
	const file = ctx.data.files.create((id) => ({
		id,
		filename: `file-${id}`,
		type,
		createdAt: crmTime(ctx.now),
		size: bytes.length,
		attachment: [],
	}));
	ctx.data.fileContents.set(file.id, Buffer.from(bytes));
	return ok({ file: { id: file.id } });
};

/**
 * GET /files/{id}/download: the bytes, with the name in Content-Disposition (api-client-php
 * src/Handler/Response/FilesDownloadResponseHandler.php reads `filename` from it) and the type.
 */
const download: Handler = (ctx) => {
	const file = fileFor(ctx);
	const content = ctx.data.fileContents.get(file.id) ?? Buffer.alloc(0);
	return {
		status: 200,
		headers: {
			'content-type': String(file.type),
			'content-disposition': `attachment; filename="${String(file.filename)}"`,
		},
		bytes: content,
	};
};

/** POST /files/{id}/edit: `file={filename, attachment}` (FilesEditRequest: `file` only). */
const edit: Handler = (ctx) => {
	const file = fileFor(ctx);
	const input = entity<Row>(ctx, 'file');
	if (input.filename !== undefined) file.filename = String(input.filename);
	if (Array.isArray(input.attachment)) {
		const errors: Record<string, string> = {};
		(input.attachment as Row[]).forEach((a, i) => {
			const order = a.order as Row | undefined;
			const customer = a.customer as Row | undefined;
			if (order && !ctx.data.orders.get(Number(order.id)))
				errors[`attachment[${i}].order`] = 'Order not found.';
			if (customer && !ctx.data.customers.get(Number(customer.id)))
				errors[`attachment[${i}].customer`] = 'Customer not found.';
		});
		if (Object.keys(errors).length > 0) throw new CrmError(400, 'File is not edited', errors);
		file.attachment = input.attachment;
	}
	return ok({ file });
};

/** api-client-php src/ResourceGroup/Files.php. */
export function registerFiles(router: Router<Handler>): void {
	router
		// No `takes`: the PHP client's header makes the raw bytes look like a form.
		.add('POST', '/api/v5/files/upload', upload)
		.add('GET', '/api/v5/files/:id/download', takes([], download))
		.add('POST', '/api/v5/files/:id/edit', takes(['file'], edit));
	registerResource(router, {
		path: '/api/v5/files',
		table: (data) => data.files,
		listKey: 'files',
		itemKey: 'file',
		entity: 'file',
		// A subset of api-client-php src/Model/Filter/Files/FileFilter.php (type is string[]).
		filters: {
			ids: inList('id'),
			orderIds: many((f: Entity, v) => attachedTo(f, 'order').some((id) => listOf(v).includes(id))),
			customerIds: many((f: Entity, v) =>
				attachedTo(f, 'customer').some((id) => listOf(v).includes(id)),
			),
			filename: contains('filename'),
			type: inList('type'),
			createdAtFrom: dateFrom('createdAt'),
			createdAtTo: dateTo('createdAt'),
			sizeFrom: (f, v) => Number(f.size) >= Number(scalar(v)),
			sizeTo: (f, v) => Number(f.size) <= Number(scalar(v)),
		},
		remove: true,
	});
}
