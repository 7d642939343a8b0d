import { list } from '../nodes/shared/list';
import type { Strategy } from './strategy';
import { scaledLimits, scaledProfile } from './timeScale';
import { benchClient } from './transport';

/** This package's core: `list` on a client built as every execution builds one. */
export const ours: Strategy = {
	name: 'this package',
	imitates: 'n8n-nodes-backoffice request core (clientFor + list)',
	async fetch(job) {
		const { vendor, account } = job;
		const profile = scaledProfile(vendor.profile, vendor.timeScale, job.perWindow);
		const client = benchClient(
			profile,
			account,
			scaledLimits(vendor.timeScale),
			undefined,
			job.processes,
		);
		try {
			const records = await list(client, vendor.list, vendor.paginator, {
				returnAll: job.wanted === undefined,
				limit: job.wanted,
			});
			return { records };
		} catch (error) {
			return { records: [], failure: (error as Error).message };
		}
	},
};
