import type { Router } from '../../router';
import { ok, type Ctx, type Handler } from '../context';
import { CrmError } from '../errors';
import { contains, dateFrom, dateTo, equals, inList } from '../filters';
import { entity, findById, listOf, scalar } from '../params';
import { crmTime } from '../time';
import type { Entity, Row } from '../types';
import { registerResource } from './resource';

/** Attachments point at orders or customers: `[{order: {id}}, {customer: {id}}]`. */
const attachedTo = (file: Entity, kind: 'order' | 'customer'): string[] =>
	(file.attachment as Row[]).flatMap((a) => (a[kind] ? [String((a[kind] as Row).id)] : []));

function fileFor(ctx: Ctx): Entity {
	return findById(ctx.data.files, ctx.params.id);
}

/** POST /files/upload: the body is the file's raw bytes, not a form. */
const upload: Handler = (ctx) => {
	const bytes = ctx.rawBody;
	if (!bytes || bytes.length === 0)
		throw new CrmError(400, 'File is not uploaded', { file: 'The file is empty.' });
	const type = ctx.contentType.split(';')[0].trim() || 'application/octet-stream';
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

/** POST /files/{id}/edit: `file={filename, attachment}`. */
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

export function registerFiles(router: Router<Handler>): void {
	router
		.add('POST', '/api/v5/files/upload', upload)
		.add('GET', '/api/v5/files/:id/download', download)
		.add('POST', '/api/v5/files/:id/edit', edit);
	registerResource(router, {
		path: '/api/v5/files',
		table: (data) => data.files,
		listKey: 'files',
		itemKey: 'file',
		entity: 'file',
		filters: {
			ids: inList('id'),
			orderIds: (f, v) => attachedTo(f, 'order').some((id) => listOf(v).includes(id)),
			customerIds: (f, v) => attachedTo(f, 'customer').some((id) => listOf(v).includes(id)),
			filename: contains('filename'),
			type: equals('type'),
			createdAtFrom: dateFrom('createdAt'),
			createdAtTo: dateTo('createdAt'),
			sizeFrom: (f, v) => Number(f.size) >= Number(scalar(v)),
			sizeTo: (f, v) => Number(f.size) <= Number(scalar(v)),
		},
		remove: true,
	});
}
