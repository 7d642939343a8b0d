import { prepareBinaryData } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';

import { pdfDocument } from '../../../sandbox/pdf';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { receivedBy, runRetailCrm } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const received = (path?: string | RegExp, method?: string) => receivedBy(sandbox)(path, method);
const bytesOf = (binary: IBinaryData) => Buffer.from(binary.data, 'base64');

describe('RetailCRM files as n8n binary data', () => {
	it('downloads a file as binary output with the name and type RetailCRM gives', async () => {
		const file = sandbox.retailcrm.data().files.rows.find((f) => f.type === 'application/pdf');
		const content = sandbox.retailcrm.data().fileContents.get(Number(file?.id)) as Buffer;
		const [item] = await runRetailCrm(sandbox, {
			resource: 'file',
			operation: 'download',
			fileId: String(file?.id),
			binaryPropertyName: 'invoice',
		});
		const binary = item.binary?.invoice as IBinaryData;
		expect(binary).toMatchObject({ fileName: file?.filename, mimeType: 'application/pdf' });
		expect(bytesOf(binary).equals(content)).toBe(true);
		expect(bytesOf(binary).subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(item.json).toEqual({
			fileName: file?.filename,
			mimeType: 'application/pdf',
			fileSize: content.length,
		});
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('uploads the bytes of an input binary field, then names the file after it', async () => {
		const pdf = pdfDocument(['Delivery note 42']);
		const data = await prepareBinaryData(pdf, 'exec', 'wf', 'delivery-42.pdf', 'application/pdf');
		const [item] = await runRetailCrm(
			sandbox,
			{ resource: 'file', operation: 'upload', binaryPropertyName: 'document' },
			{ items: [{ json: {}, binary: { document: data } }] },
		);
		const id = Number(item.json.id);
		expect(item.json.filename).toBe('delivery-42.pdf');
		const [upload] = received('/api/v5/files/upload');
		expect(upload.headers['content-type']).toBe('application/octet-stream');
		expect(sandbox.retailcrm.data().fileContents.get(id)?.equals(pdf)).toBe(true);
		const [rename] = received(`/api/v5/files/${id}/edit`);
		expect(JSON.parse((rename.body as Record<string, string>).file)).toEqual({
			filename: 'delivery-42.pdf',
		});

		const [back] = await runRetailCrm(sandbox, {
			resource: 'file',
			operation: 'download',
			fileId: String(id),
		});
		const binary = back.binary?.data as IBinaryData;
		expect(binary).toMatchObject({ fileName: 'delivery-42.pdf', mimeType: 'application/pdf' });
		expect(bytesOf(binary).equals(pdf)).toBe(true);
	});

	it('says which binary field is missing before sending anything', async () => {
		const run = runRetailCrm(sandbox, {
			resource: 'file',
			operation: 'upload',
			binaryPropertyName: 'document',
		});
		await expect(run).rejects.toThrow(/binary file 'document'|no binary field 'document'/);
		expect(received()).toHaveLength(0);
	});

	it('answers a download of a missing file with the vendor error', async () => {
		const run = runRetailCrm(sandbox, {
			resource: 'file',
			operation: 'download',
			fileId: '999999',
		});
		await expect(run).rejects.toMatchObject({ message: 'RetailCRM: Not found', httpCode: '404' });
	});
});
