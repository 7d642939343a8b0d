import type { ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import type { Headers, RawResponse } from './types';

/**
 * For credential tests that run node code (a node's `testedBy` method) because a declarative
 * request cannot tell whether the credential works, e.g. when a document must be fetched and
 * read. n8n gives such a test only its legacy request helper; this wraps it into one GET that
 * never throws on a status, never follows a redirect (the test sends the key to the URL it was
 * given and nowhere else) and hands back status, headers and the body as text.
 */
export type TestGet = (url: string, headers: Record<string, string>) => Promise<RawResponse>;

export function credentialTestGet(ctx: ICredentialTestFunctions, timeoutMs = 30_000): TestGet {
	return async (url, headers) => {
		const response = (await ctx.helpers.request({
			method: 'GET',
			uri: url,
			headers,
			json: false,
			simple: false,
			resolveWithFullResponse: true,
			followRedirect: false,
			timeout: timeoutMs,
		})) as { statusCode: number; headers?: Headers; body?: unknown };
		return {
			statusCode: response.statusCode,
			headers: { ...(response.headers ?? {}) },
			body: typeof response.body === 'string' ? response.body : String(response.body ?? ''),
		};
	};
}

/** The test's outcome: OK with what it found, or the first problem as the message to show. */
export async function credentialTestResult(
	run: () => Promise<string>,
): Promise<INodeCredentialTestResult> {
	try {
		return { status: 'OK', message: await run() };
	} catch (error) {
		return { status: 'Error', message: (error as Error).message };
	}
}
