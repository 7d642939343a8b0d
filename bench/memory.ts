import type { IDataObject } from 'n8n-workflow';

import { list } from '../nodes/shared/list';
import { picqerPages, picqerProfile } from '../nodes/Picqer/PicqerProfile';
import { PicqerApi } from '../credentials/PicqerApi.credentials';
import { SMALL_RECORDS_PATH, SMALL_RECORDS_ROOT } from './fixtures/smallRecords';
import type { RecordCheck } from './records';
import { checkRecords } from './records';
import type { Summary } from './stats';
import { summarize } from './stats';
import { unpacedProfile } from './timeScale';
import type { Account } from './transport';
import { benchClient, n8nBenchTransport } from './transport';

export interface MemoryResult {
	records: RecordCheck;
	jsonBytes: number;
	/** Peak growth of the live heap during Return All, in bytes. */
	peakGrowthBytes: Summary;
	/** Peak growth / the records' JSON size. */
	ratio: Summary;
}

/** Samples the live heap every this many responses (a full GC each time). */
const SAMPLE_EVERY = 20;

function liveHeap(): number {
	global.gc!();
	return process.memoryUsage().heapUsed;
}

/**
 * Return All of the fixture's small records through the core, with the live heap sampled
 * during the walk and once more with the result in hand; needs `node --expose-gc`.
 */
export async function measureMemory(
	fixtureUrl: string,
	count: number,
	runs: number,
): Promise<MemoryResult> {
	if (typeof global.gc !== 'function') throw new Error('Run with node --expose-gc');
	const account: Account = {
		credentialType: new PicqerApi(),
		credentials: {
			subdomain: 'bench',
			apiKey: 'fixture',
			baseUrl: `${fixtureUrl}${SMALL_RECORDS_ROOT}`,
		},
	};
	const profile = unpacedProfile(picqerProfile);
	const growth: number[] = [];
	let check: RecordCheck | undefined;
	let jsonBytes = 0;
	// Run 0 warms up: compiled code and the connection pool would otherwise count as growth.
	for (let run = 0; run <= runs; run++) {
		const transport = n8nBenchTransport(account);
		const send = transport.send.bind(transport);
		let responses = 0;
		let peak = 0;
		transport.send = async (options) => {
			const response = await send(options);
			if (++responses % SAMPLE_EVERY === 0) peak = Math.max(peak, liveHeap());
			return response;
		};
		const client = benchClient(profile, account, {}, transport);
		const baseline = liveHeap();
		const records: IDataObject[] = await list(
			client,
			{ method: 'GET', path: SMALL_RECORDS_PATH },
			picqerPages,
			{ returnAll: true },
		);
		peak = Math.max(peak, liveHeap());
		if (run === 0) continue;
		growth.push(peak - baseline);
		check = checkRecords(records, (r) => r.idproduct, count);
		jsonBytes = Buffer.byteLength(JSON.stringify(records));
	}
	return {
		records: check!,
		jsonBytes,
		peakGrowthBytes: summarize(growth),
		ratio: summarize(growth.map((bytes) => bytes / jsonBytes)),
	};
}
