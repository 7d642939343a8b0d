import type { IDataObject } from 'n8n-workflow';

import type { RawResponse, RequestSpec } from '../../nodes/shared/types';
import type { Fetched, FetchJob } from '../strategy';
import { n8nBenchTransport } from '../transport';

/** What a baseline does after a limit answer: retry after a wait, or give up. */
export type LimitAnswer = { retryAfterMs: number } | { fail: string };

export interface WalkPolicy {
	/** Called with the number of limit answers this page has had before this one. */
	onLimited(attempt: number): LimitAnswer;
	/** Wait between one page's answer and the next request (n8n's pagination interval). */
	intervalMs?: number;
}

/** The most limit answers one page may take before the harness stops a baseline. */
const HARNESS_RETRY_CAP = 200;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Walks the list page by page with n8n's bare request helper and the vendor's own pagination
 * rules, so a baseline differs from the core only in how it treats the rate limit.
 */
export async function walk(job: FetchJob, policy: WalkPolicy): Promise<Fetched> {
	const { vendor, account } = job;
	const transport = n8nBenchTransport(account);
	const baseUrl = vendor.profile.baseUrl(account.credentials);
	const isLimit = (response: RawResponse) =>
		vendor.profile.rateLimit.limitStatuses.includes(response.statusCode);

	async function page(spec: RequestSpec): Promise<RawResponse | { fail: string }> {
		for (let attempt = 0; ; attempt++) {
			const response = await transport.send({
				method: spec.method,
				url: `${baseUrl}${spec.path}`,
				qs: spec.qs,
				json: true,
			});
			if (!isLimit(response)) return response;
			const answer: LimitAnswer =
				attempt < HARNESS_RETRY_CAP ? policy.onLimited(attempt) : { fail: 'harness retry cap' };
			if ('fail' in answer) return answer;
			await sleep(answer.retryAfterMs);
		}
	}

	const records: IDataObject[] = [];
	let spec: RequestSpec | undefined = vendor.paginator.first(vendor.list, job.wanted);
	while (spec) {
		const response = await page(spec);
		if ('fail' in response) return { records, failure: response.fail };
		if (response.statusCode >= 300) return { records, failure: `HTTP ${response.statusCode}` };
		const found = vendor.paginator.records(response.body);
		records.push(...found);
		if (job.wanted !== undefined && records.length >= job.wanted) {
			return { records: records.slice(0, job.wanted) };
		}
		spec = vendor.paginator.next(spec, response, found);
		if (spec && policy.intervalMs) await sleep(policy.intervalMs);
	}
	return { records };
}
