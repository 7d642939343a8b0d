import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Query, SandboxResponse } from './types';

export function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

export function parseQuery(params: URLSearchParams): Query {
	const query: Query = {};
	for (const [key, value] of params) {
		const existing = query[key];
		if (existing === undefined) query[key] = value;
		else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return query;
}

/** Fields of an `application/x-www-form-urlencoded` body; undefined for any other content type. */
export function parseForm(raw: string, contentType: string | undefined): Query | undefined {
	if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) return undefined;
	return parseQuery(new URLSearchParams(raw));
}

/** Parsed JSON, the raw text when it is not JSON, or undefined for an empty body. */
export function parseBody(raw: string): { body: unknown; invalidJson: boolean } {
	if (raw.trim() === '') return { body: undefined, invalidJson: false };
	try {
		return { body: JSON.parse(raw), invalidJson: false };
	} catch {
		return { body: raw, invalidJson: true };
	}
}

export function flattenHeaders(req: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
	}
	return headers;
}

/** The bytes a response would put on the wire, before any fault mangles them. */
export function serialise(response: SandboxResponse): { contentType?: string; text: string } {
	if (response.status === 204) return { text: '' };
	if (response.bytes !== undefined) return { text: response.bytes.toString('latin1') };
	if (response.text !== undefined) return { text: response.text };
	if (response.json === undefined) return { text: '' };
	return { contentType: 'application/json', text: JSON.stringify(response.json) };
}

export function send(res: ServerResponse, response: SandboxResponse, text?: string): void {
	const wire = serialise(response);
	const payload = text ?? response.bytes ?? wire.text;
	const headers: Record<string, string> = {};
	if (wire.contentType) headers['content-type'] = wire.contentType;
	Object.assign(headers, response.headers);
	if (response.status !== 204) headers['content-length'] = String(Buffer.byteLength(payload));
	res.writeHead(response.status, headers);
	res.end(response.status === 204 ? undefined : payload);
}

/** The HTML error page nginx sends in front of an API (its reason phrases differ from Node's). */
export function nginxPage(status: number, reason: string): SandboxResponse {
	const title = `${status} ${reason}`;
	return {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8' },
		text: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
	};
}

export function json(status: number, body: unknown): SandboxResponse {
	return { status, json: body };
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
