import type { VendorProfile } from '../../nodes/shared/types';
import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { jsonOf, marker, output, runNode } from './harness';
import type { VendorCase } from './vendorCase';
import { vendors } from './vendors';

jest.setTimeout(90_000);

const EXECUTIONS = 20;

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());

/** The vendor's own limits, on the sandbox's compressed clock. */
const scaled =
	(scale: number) =>
	(profile: VendorProfile): VendorProfile => ({
		...profile,
		rateLimit: {
			...profile.rateLimit,
			windows: profile.rateLimit.windows.map((w) => ({ ...w, intervalMs: w.intervalMs * scale })),
		},
	});

describe.each(vendors.map((vendor) => [vendor.displayName, vendor] as const))(
	'%s under load',
	(_name, vendor: VendorCase) => {
		beforeEach(() => {
			sandbox.reset();
			sandbox.setTimeScale(vendor.load.timeScale);
			vendor.load.limitSandbox(sandbox);
		});

		it(`runs ${EXECUTIONS} concurrent executions on one credential to the end, losing nothing and never over the limit`, async () => {
			const create = vendor.writes.find((write) => write.method === 'POST') ?? vendor.writes[0];
			const names = Array.from({ length: EXECUTIONS }, () => marker('load'));
			const seeded = vendor.list.seeded(sandbox);
			const runs = await Promise.all(
				names.map((name) =>
					runNode(
						vendor,
						sandbox,
						(itemIndex) =>
							itemIndex === 0 ? vendor.list.parameters : create.parameters(sandbox, name),
						{ items: 2, profile: scaled(vendor.load.timeScale) },
					),
				),
			);

			for (const [index, run] of runs.entries()) {
				const records = jsonOf(output(run));
				const ids = records.slice(0, -1).map(vendor.list.idOf);
				// Nothing lost and nothing twice, though others' creates land between the pages.
				expect(new Set(ids).size).toBe(ids.length);
				expect(ids.filter((id) => seeded.includes(id)).sort()).toEqual([...seeded].sort());
				expect(create.stored(sandbox, names[index])).toBe(1);
			}
			// Each create was processed once; a limit answer (ignored by the vendor) may be resent.
			const creates = { vendor: vendor.name, method: create.method, path: create.path };
			expect(sandbox.received.count({ ...creates, rateLimited: false })).toBe(EXECUTIONS);
			const limited = sandbox.received.count({ vendor: vendor.name, rateLimited: true });
			// Alone on the account, the shared pacer keeps every execution under the limit.
			expect(limited).toBe(0);
		});
	},
);
