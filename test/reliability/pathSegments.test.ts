import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { runNode } from './harness';
import { HOSTILE_SEGMENTS, idWalk } from './idWalk';
import { vendors } from './vendors';

jest.setTimeout(120_000);

let sandbox: Sandbox;

/** A body as text, form encoding undone, so a value in a form field can be found. */
function bodyText(body: unknown): string {
	if (typeof body !== 'string') return JSON.stringify(body ?? '');
	return [...new URLSearchParams(body).values()].join('\n');
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
	sandbox = await startSandbox({ rateLimits: false });
});
afterAll(async () => await sandbox.close());

const cases = vendors.flatMap((vendor) =>
	idWalk(vendor).map(
		(walk) =>
			[
				vendor.displayName,
				`${walk.resource} ${walk.operation}`,
				walk.field.name,
				vendor,
				walk,
			] as const,
	),
);

describe('ids from user input in paths', () => {
	it('walks a good number of id fields', () => {
		expect(cases.length).toBeGreaterThanOrEqual(30);
	});

	it.each(cases)(
		'%s %s: %s is refused by name or sent as one encoded segment',
		async (_v, _op, _f, vendor, walk) => {
			for (const value of HOSTILE_SEGMENTS) {
				sandbox.reset();
				const parameters = {
					...walk.parameters,
					[walk.field.name]:
						walk.field.type === 'resourceLocator' ? { __rl: true, mode: 'id', value } : value,
				};
				const run = await runNode(vendor, sandbox, parameters);
				if (run.sent.length === 0) {
					// Refused before anything was sent, with a message that names the field under test.
					expect(run.error?.message).toMatch(new RegExp(`^"${escaped(walk.field.displayName)}" `));
					expect(sandbox.received.length).toBe(0);
					continue;
				}
				// Sent: the value is one encoded path segment, never a path of its own.
				const encoded = `/${encodeURIComponent(value)}`;
				const inPath = run.sent.filter((request) => String(request.url).includes(encoded));
				const inBody = run.sent.filter((request) => bodyText(request.body).includes(value));
				expect(inPath.length + inBody.length).toBeGreaterThan(0);
				for (const entry of sandbox.received.all) {
					expect(entry.path.split('/')).not.toContain('..');
					expect(entry.path).not.toMatch(/\/x$|\/b(\/|$)/);
				}
			}
		},
	);
});
