import type { SandboxResponse } from '../types';

/**
 * A small, valid one-page PDF (PDF 1.4: catalog, pages, one page, a Helvetica font and a content
 * stream, with a correct cross-reference table), one line of text per entry of `lines`. Picqer
 * answers its document endpoints with the PDF itself (a third-party client loads the bytes of
 * `GET /picklists/{id}/packinglistpdf` straight into pdf-lib: EveryPlants Batchmaker).
 */
export function pdfDocument(title: string, lines: string[] = []): Buffer {
	const escape = (text: string) =>
		text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
	const text = [title, ...lines]
		.map(
			(line, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 50 ${780 - i * 20} Td (${escape(line)}) Tj ET`,
		)
		.join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		`<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, i) => {
		offsets.push(Buffer.byteLength(body, 'latin1'));
		body += `${i + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = Buffer.byteLength(body, 'latin1');
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(body, 'latin1');
}

/**
 * The answer to a document request: the bytes as `application/pdf`. Picqer's headers here are not
 * documented (no vendor source found); the third-party client above takes `application/pdf`
 * when a label answer names no type, and sends no file name.
 */
export function pdfResponse(pdf: Buffer): SandboxResponse {
	return { status: 200, headers: { 'content-type': 'application/pdf' }, bytes: pdf };
}
