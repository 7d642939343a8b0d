import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { FAULT_CASES, PASS, timesOf } from './faultCases';
import { jsonOf, output, runNode, withTimeout } from './harness';
import { vendors } from './vendors';

jest.setTimeout(30_000);

let sandbox: Sandbox;

/** Vendors list newest or oldest first; what counts is which records came back. */
const sorted = (ids: unknown[]) => ids.map(String).sort();

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

describe.each(vendors.map((vendor) => [vendor.displayName, vendor] as const))(
	'%s Return All under faults',
	(_name, vendor) => {
		it.each(FAULT_CASES.map((fault) => [fault.name, fault] as const))(
			'returns exactly the seeded records through %s on the second page',
			async (_fault, fault) => {
				const seeded = vendor.list.seeded(sandbox);
				const target = { vendor: vendor.name, method: 'GET', path: vendor.list.path };
				sandbox.faults.add({ ...target, ...PASS });
				sandbox.faults.add({ ...target, ...fault.spec });

				const run = await runNode(vendor, sandbox, vendor.list.parameters, {
					profile: fault.timeoutMs ? withTimeout(fault.timeoutMs) : undefined,
				});

				const ids = jsonOf(output(run)).map(vendor.list.idOf);
				expect(sorted(ids)).toEqual(sorted(seeded));
				expect(new Set(ids).size).toBe(seeded.length);
				const gets = sandbox.received.filter(target);
				const faulted = gets.filter((entry) => entry.fault && entry.fault !== 'delay');
				expect(faulted.length + (fault.spec.kind === 'delay' ? 1 : 0)).toBe(timesOf(fault));
				// Every retry asked for the page that failed, never for another one.
				const pagesAsked = gets.map((entry) => JSON.stringify(entry.query));
				const distinct = [...new Set(pagesAsked)];
				expect(gets).toHaveLength(distinct.length + timesOf(fault));
				expect(pagesAsked.filter((page) => page === pagesAsked[1])).toHaveLength(
					1 + timesOf(fault),
				);
			},
		);
	},
);
