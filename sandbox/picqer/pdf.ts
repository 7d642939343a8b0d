import { pdfDocument } from '../pdf';
import type { SandboxResponse } from '../types';

/**
 * A Picqer document: Picqer answers its document endpoints with the PDF itself (a third-party
 * client loads the bytes of `GET /picklists/{id}/packinglistpdf` straight into pdf-lib:
 * EveryPlants Batchmaker).
 */
export function picqerPdf(title: string, lines: string[] = []): Buffer {
	return pdfDocument([title, ...lines]);
}

/**
 * The answer to a document request: the bytes as `application/pdf`. Picqer's headers here are not
 * documented (no vendor source found); the third-party client above takes `application/pdf`
 * when a label answer names no type, and sends no file name.
 */
export function pdfResponse(pdf: Buffer): SandboxResponse {
	return { status: 200, headers: { 'content-type': 'application/pdf' }, bytes: pdf };
}
