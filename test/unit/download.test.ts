import type { IExecuteFunctions } from 'n8n-workflow';

import { download, FileResult } from '../../nodes/shared/executor';
import { Params } from '../../nodes/shared/params';
import {
	FakeTransport,
	fakeClient,
	ok,
	status,
	testNode,
	testProfile,
} from '../helpers/fakeTransport';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

function paramsWith(values: Record<string, unknown>) {
	const ctx = {
		getNode: () => testNode,
		getNodeParameter: (name: string, _item: number, fallback: unknown) => values[name] ?? fallback,
	} as unknown as IExecuteFunctions;
	return new Params(ctx, 0, { binaryPropertyName: 'Put Output File in Field' });
}

async function fetched(headers: Record<string, string>, values = { binaryPropertyName: 'pdf' }) {
	const transport = new FakeTransport(() => ok(PDF, headers));
	const operation = download(
		() => ({ method: 'GET', path: '/documents/7/pdf' }),
		() => ({ fileName: 'document-7.pdf', mimeType: 'application/pdf' }),
	);
	const result = await operation({
		client: fakeClient(testProfile, transport),
		params: paramsWith(values),
		itemIndex: 0,
	});
	return { result: result as FileResult, sent: transport.sent };
}

describe('download', () => {
	it('asks for the bytes and returns them as a file in the named field', async () => {
		const { result, sent } = await fetched({ 'content-type': 'application/pdf' });
		expect(result).toBeInstanceOf(FileResult);
		expect(result.data.equals(PDF)).toBe(true);
		expect(result).toMatchObject({
			fileName: 'document-7.pdf',
			mimeType: 'application/pdf',
			field: 'pdf',
			json: { fileName: 'document-7.pdf', mimeType: 'application/pdf', fileSize: PDF.length },
		});
		expect(sent[0]).toMatchObject({ encoding: 'arraybuffer', json: false });
	});

	it('takes the name and type the vendor gives, without any directory part', async () => {
		const quoted = await fetched({
			'content-type': 'application/pdf; charset=binary',
			'content-disposition': 'attachment; filename="../../picklist P1.pdf"',
		});
		expect(quoted.result).toMatchObject({
			fileName: 'picklist P1.pdf',
			mimeType: 'application/pdf',
		});
		const extended = await fetched({
			'content-type': 'application/octet-stream',
			'content-disposition': "attachment; filename=x.pdf; filename*=UTF-8''pakbon%20%C3%A9.pdf",
		});
		// A generic type says nothing: the operation's own type is kept.
		expect(extended.result).toMatchObject({
			fileName: 'pakbon é.pdf',
			mimeType: 'application/pdf',
		});
	});

	it('refuses an empty output field before anything is sent', async () => {
		await expect(fetched({}, { binaryPropertyName: '' })).rejects.toThrow(
			'"Put Output File in Field" is required',
		);
	});

	it('reads a failed download as the vendor error it is', async () => {
		const transport = new FakeTransport(() =>
			status(404, Buffer.from(JSON.stringify({ message: 'No such document' }))),
		);
		const operation = download(
			() => ({ method: 'GET', path: '/documents/8/pdf' }),
			() => ({ fileName: 'document-8.pdf', mimeType: 'application/pdf' }),
		);
		await expect(
			operation({
				client: fakeClient(testProfile, transport),
				params: paramsWith({ binaryPropertyName: 'data' }),
				itemIndex: 0,
			}),
		).rejects.toThrow('No such document');
	});
});
