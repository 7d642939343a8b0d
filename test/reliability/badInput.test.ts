import { NodeOperationError } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { failure, output, runNode } from './harness';
import { vendors } from './vendors';

jest.setTimeout(30_000);

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const cases = vendors.flatMap((vendor) =>
	vendor.badInputs.map((input) => [vendor.displayName, input.name, vendor, input] as const),
);

describe('bad input', () => {
	it('has at least 40 cases across the vendors', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
	});

	it.each(cases)(
		'%s refuses %s with an error naming the field, before any request',
		async (_vendor, _case, vendor, input) => {
			const run = await runNode(vendor, sandbox, input.parameters);
			const error = failure(run);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toContain(`"${input.field}"`);
			expect(error.context.itemIndex).toBe(0);
			expect(run.sent).toHaveLength(0);
			expect(sandbox.received.length).toBe(0);
		},
	);

	it.each(vendors.map((vendor) => [vendor.displayName, vendor] as const))(
		'%s runs the good items around a bad one with continueOnFail',
		async (_name, vendor) => {
			const bad = vendor.badInputs[0];
			const good = { ...vendor.list.parameters, returnAll: false, limit: 2 };
			const run = await runNode(vendor, sandbox, (i) => (i === 1 ? bad.parameters : good), {
				items: 3,
				continueOnFail: true,
			});
			const out = output(run);
			expect(out.filter((item) => item.json.error === undefined)).toHaveLength(4);
			const failed = out.filter((item) => item.json.error !== undefined);
			expect(failed).toHaveLength(1);
			expect(failed[0].pairedItem).toEqual({ item: 1 });
			expect(String(failed[0].json.error)).toContain(`"${bad.field}"`);
			expect(sandbox.received.length).toBe(2);
		},
	);
});

const texts = vendors.flatMap((vendor) =>
	vendor.passThrough.map((text) => [vendor.displayName, text.name, vendor, text] as const),
);

describe('text values', () => {
	it.each(texts)('%s sends %s unchanged', async (_vendor, _case, vendor, text) => {
		const run = await runNode(vendor, sandbox, text.parameters(sandbox, text.value));
		expect(output(run)).toHaveLength(1);
		const received = sandbox.received.filter({ vendor: vendor.name, path: text.path });
		expect(received).toHaveLength(1);
		expect(text.received(received[0].body)).toBe(text.value);
	});
});
