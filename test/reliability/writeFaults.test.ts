import { NodeApiError } from 'n8n-workflow';

import { safeToRepeat } from '../../nodes/shared/retryPolicy';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { FAULT_CASES, PASS, timesOf } from './faultCases';
import type { FaultCase } from './faultCases';
import { failure, fullText, marker, output, runNode, settled, withTimeout } from './harness';
import type { VendorCase, WriteCase } from './vendorCase';
import { vendors } from './vendors';

jest.setTimeout(30_000);

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const UNKNOWN_OUTCOME = /outcome[^.]* is unknown/i;
const NOT_RESENT = /not sent again/i;

const writes = vendors.flatMap((vendor) =>
	vendor.writes.flatMap((write) =>
		FAULT_CASES.map(
			(fault) =>
				[`${vendor.displayName}: ${write.name}`, fault.name, vendor, write, fault] as const,
		),
	),
);

/** Whether the core may send this write again after this fault. */
const resendable = (write: WriteCase, fault: FaultCase) =>
	fault.limited === true || safeToRepeat(write);

function target(vendor: VendorCase, write: WriteCase) {
	return { vendor: vendor.name, method: write.method, path: write.path };
}

describe('writes under faults', () => {
	it.each(writes)('%s through %s', async (_write, _fault, vendor, write, fault) => {
		const name = marker(write.name);
		sandbox.faults.add({ ...target(vendor, write), ...fault.spec });

		const run = await runNode(vendor, sandbox, write.parameters(sandbox, name), {
			profile: fault.timeoutMs ? withTimeout(fault.timeoutMs) : undefined,
		});
		await settled(sandbox);

		const sent = sandbox.received.filter(target(vendor, write));
		if (resendable(write, fault)) {
			expect(output(run)).toHaveLength(1);
			expect(sent).toHaveLength(1 + timesOf(fault));
			expect(write.stored(sandbox, name)).toBe(1);
			return;
		}
		// It may have reached the vendor: never sent twice, and the user is told to check.
		expect(sent).toHaveLength(1);
		const error = failure(run);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.context.itemIndex).toBe(0);
		expect(fullText(error)).toMatch(UNKNOWN_OUTCOME);
		expect(fullText(error)).toMatch(NOT_RESENT);
		expect(fullText(error)).toContain(vendor.displayName);
		expect(write.stored(sandbox, name)).toBe(fault.applied ? 1 : 0);
	});
});

const itemFaults = vendors.flatMap((vendor) =>
	// Three items create three records; an update would overwrite one record three times.
	vendor.writes
		.slice(0, 1)
		.flatMap((write) =>
			FAULT_CASES.filter((fault) => !resendable(write, fault)).map(
				(fault) =>
					[`${vendor.displayName}: ${write.name}`, fault.name, vendor, write, fault] as const,
			),
		),
);

describe('the failing item among others', () => {
	it.each(itemFaults)(
		'%s: %s on item 1 fails that item only, with its index',
		async (_write, _fault, vendor, write, fault) => {
			const names = [0, 1, 2].map(() => marker(write.name));
			const parameters = (itemIndex: number) => write.parameters(sandbox, names[itemIndex]);
			const options = {
				items: 3,
				profile: fault.timeoutMs ? withTimeout(fault.timeoutMs) : undefined,
			};

			// Without continueOnFail: the run stops at item 1 and says so.
			sandbox.faults.add({ ...target(vendor, write), ...PASS });
			sandbox.faults.add({ ...target(vendor, write), ...fault.spec });
			const stopped = await runNode(vendor, sandbox, parameters, options);
			const error = failure(stopped);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error.context.itemIndex).toBe(1);
			expect(fullText(error)).toMatch(UNKNOWN_OUTCOME);
			await settled(sandbox);
			expect(sandbox.received.filter(target(vendor, write))).toHaveLength(2);

			// With continueOnFail: items 0 and 2 still run, item 1 carries the error.
			sandbox.reset();
			sandbox.faults.add({ ...target(vendor, write), ...PASS });
			sandbox.faults.add({ ...target(vendor, write), ...fault.spec });
			const run = await runNode(vendor, sandbox, parameters, { ...options, continueOnFail: true });
			const out = output(run);
			await settled(sandbox);
			expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(out[0].json.error).toBeUndefined();
			expect(out[2].json.error).toBeUndefined();
			expect(`${out[1].json.error}\n${out[1].json.description}`).toMatch(UNKNOWN_OUTCOME);
			expect(sandbox.received.filter(target(vendor, write))).toHaveLength(3);
			expect(write.stored(sandbox, names[0])).toBe(1);
			expect(write.stored(sandbox, names[2])).toBe(1);
			expect(write.stored(sandbox, names[1])).toBe(fault.applied ? 1 : 0);
		},
	);
});
