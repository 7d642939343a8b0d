import type { IDataObject } from 'n8n-workflow';

import { list } from '../nodes/shared/list';
import type { RequestSpec } from '../nodes/shared/types';
import { requestWithCredential } from '../test/helpers/n8nHttp';
import { monotonicMs } from './clock';
import type { Summary } from './stats';
import { summarize } from './stats';
import { unpacedProfile } from './timeScale';
import { benchClient } from './transport';
import type { BenchVendor } from './vendors';

export interface OverheadResult {
	requests: number;
	/** Core throughput / bare helper throughput, per pair of runs. */
	ratio: Summary;
	coreRequestsPerSecond: Summary;
	bareRequestsPerSecond: Summary;
}

/** Each timed sample is this many Return Alls, long enough to rise above timer noise. */
const RETURN_ALLS_PER_SAMPLE = 3;

/**
 * Return All through the core (pacing off) against the same pages fetched by a hand-written
 * loop over n8n's bare `httpRequestWithAuthentication`, as a node without the core would do.
 */
export async function measureOverhead(
	vendor: BenchVendor,
	sandboxUrl: string,
	pairs: number,
): Promise<OverheadResult> {
	const account = vendor.account(sandboxUrl);
	const baseUrl = vendor.profile.baseUrl(account.credentials);
	let requests = 0;

	async function bare(): Promise<number> {
		const records: IDataObject[] = [];
		let sent = 0;
		let spec: RequestSpec | undefined = vendor.paginator.first(vendor.list);
		while (spec) {
			const body = await requestWithCredential(account.credentialType, account.credentials, {
				method: spec.method,
				url: `${baseUrl}${spec.path}`,
				qs: spec.qs,
				json: true,
			});
			sent++;
			const page = vendor.paginator.records(body);
			records.push(...page);
			spec = vendor.paginator.next(spec, { statusCode: 200, headers: {}, body }, page);
		}
		requests = sent;
		return records.length;
	}

	async function core(): Promise<number> {
		const client = benchClient(unpacedProfile(vendor.profile), account);
		return (await list(client, vendor.list, vendor.paginator, { returnAll: true })).length;
	}

	const timed = async (run: () => Promise<number>) => {
		const started = monotonicMs();
		for (let i = 0; i < RETURN_ALLS_PER_SAMPLE; i++) await run();
		return monotonicMs() - started;
	};

	// Warm-up: connections and compiled code.
	await timed(bare);
	await timed(core);
	const bareMs: number[] = [];
	const coreMs: number[] = [];
	for (let pair = 0; pair < pairs; pair++) {
		// Alternate which goes first, so neither always meets a warmer machine.
		if (pair % 2 === 0) {
			bareMs.push(await timed(bare));
			coreMs.push(await timed(core));
		} else {
			coreMs.push(await timed(core));
			bareMs.push(await timed(bare));
		}
	}
	const perSecond = (ms: number) => ((requests * RETURN_ALLS_PER_SAMPLE) / ms) * 1000;
	return {
		requests,
		ratio: summarize(bareMs.map((ms, i) => ms / coreMs[i])),
		coreRequestsPerSecond: summarize(coreMs.map(perSecond)),
		bareRequestsPerSecond: summarize(bareMs.map(perSecond)),
	};
}
