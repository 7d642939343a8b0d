import { NodeApiError } from 'n8n-workflow';

import { clientFor, n8nTransport } from '../../nodes/shared/client';
import { send } from '../../nodes/shared/request';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { executeContext } from '../helpers/n8nContext';
import type { LogLine } from '../helpers/n8nContext';
import { fullText } from './harness';
import { expectNoSecrets } from './leaks';
import type { VendorCase } from './vendorCase';
import { vendors } from './vendors';

jest.setTimeout(30_000);

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

/** The core over n8n's real HTTP helper, with backoff steps of milliseconds instead of seconds. */
function fastClient(vendor: VendorCase, logs: LogLine[]) {
	const credentials = vendor.credentials(sandbox);
	const ctx = executeContext({
		nodeType: vendor.nodeType,
		credentialType: vendor.credentialType,
		credentials,
		parameters: vendor.list.parameters,
		logs,
	});
	return clientFor(
		vendor.profile,
		n8nTransport(ctx, vendor.profile.credentialType),
		ctx.getNode(),
		vendor.profile.baseUrl(credentials),
		vendor.profile.secrets(credentials),
		{ backoffBaseMs: 5, backoffCapMs: 20 },
	);
}

async function failingGet(vendor: VendorCase, itemIndex: number) {
	const logs: LogLine[] = [];
	const error = await send(
		fastClient(vendor, logs),
		{ method: 'GET', path: vendor.list.apiPath },
		itemIndex,
	).then(
		() => undefined,
		(thrown: NodeApiError) => thrown,
	);
	if (!error) throw new Error('Expected the call to fail');
	expectNoSecrets(
		{ logs, sent: [], error: error as never },
		vendor.secrets(vendor.credentials(sandbox)),
	);
	return error;
}

describe.each(vendors.map((vendor) => [vendor.displayName, vendor] as const))(
	'%s retry budget',
	(_name, vendor) => {
		const target = () => ({ vendor: vendor.name, method: 'GET', path: vendor.list.path });

		it('gives up on a failing idempotent call after 3 retries with a clear error for its item', async () => {
			sandbox.faults.add({ ...target(), kind: 'status', status: 502, times: 20 });
			const error = await failingGet(vendor, 2);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error.context.itemIndex).toBe(2);
			expect(error.httpCode).toBe('502');
			expect(fullText(error)).toContain('Gave up after 3 retries');
			expect(sandbox.received.count(target())).toBe(4);
		});

		it('gives up on a dropped connection after 3 retries', async () => {
			sandbox.faults.add({ ...target(), kind: 'resetBefore', times: 20 });
			const error = await failingGet(vendor, 0);
			expect(error.message).toBe(
				`${vendor.displayName} could not be reached: the connection was dropped`,
			);
			expect(fullText(error)).toContain('after 3 retries');
			expect(sandbox.received.count(target())).toBe(4);
		});

		it('stops retrying rate-limit answers after 10 and says to try later', async () => {
			sandbox.faults.add({ ...target(), kind: 'rateLimit', times: 50 });
			const error = await failingGet(vendor, 1);
			expect(error.httpCode).toBe(String(vendor.limitStatus));
			expect(fullText(error)).toContain('still asked to slow down after 10 retries');
			expect(sandbox.received.count(target())).toBe(11);
		});
	},
);
