import type { NodeApiError } from 'n8n-workflow';

/** The error a call must fail with; a call that succeeds fails the test. */
export async function failure(run: Promise<unknown>): Promise<NodeApiError> {
	try {
		await run;
	} catch (error) {
		return error as NodeApiError;
	}
	throw new Error('Expected the call to fail');
}
