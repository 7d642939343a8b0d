import type { Sandbox } from '../../../sandbox/server';
import { runNode } from '../../reliability/harness';
import { HOSTILE_SEGMENTS, idWalk } from '../../reliability/idWalk';
import { picqerVendor } from '../../reliability/vendors/picqer';
import { useSandbox } from '../../helpers/useSandbox';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picqer's record ids are numbers, so every id field refuses anything else: nothing is sent. */
describe('Picqer id fields', () => {
	const cases = idWalk(picqerVendor).map(
		(walk) => [`${walk.resource} ${walk.operation}`, walk.field.name, walk] as const,
	);

	it('walks every id field of the node', () => {
		expect(cases.length).toBeGreaterThanOrEqual(100);
	});

	it.each(cases)(
		'%s: %s refuses non-numeric and path-like values by name',
		async (_op, _f, walk) => {
			for (const value of [...HOSTILE_SEGMENTS, 'abc', '12abc', '-1', '1.5']) {
				const parameters = {
					...walk.parameters,
					[walk.field.name]:
						walk.field.type === 'resourceLocator' ? { __rl: true, mode: 'id', value } : value,
				};
				const run = await runNode(picqerVendor, sandbox, parameters);
				expect([value, run.sent.length]).toEqual([value, 0]);
				expect(run.error?.message).toMatch(new RegExp(`^"${escaped(walk.field.displayName)}" `));
			}
		},
	);

	it.each([
		[
			'picklist getAll',
			{ resource: 'picklist', operation: 'getAll', filters: { idpicklist_batch: '1/x' } },
			'Batch ID',
		],
		[
			'order getAll',
			{ resource: 'order', operation: 'getAll', filters: { sinceid: '..' } },
			'Since ID',
		],
		[
			'receipt receiveProduct',
			{
				resource: 'receipt',
				operation: 'receiveProduct',
				receiptId: '1',
				productId: { __rl: true, mode: 'id', value: '2' },
				amount: 1,
				receiveFields: { idpurchaseorder_product: 'a/b' },
			},
			'Purchase Order Line ID',
		],
		[
			'location update',
			{
				resource: 'location',
				operation: 'update',
				locationId: '1',
				updateFields: { parent_idlocation: 'A-1' },
			},
			'Parent Location Name or ID',
		],
	])('%s: an id inside a collection is refused by name', async (_op, parameters, label) => {
		const run = await runNode(picqerVendor, sandbox, parameters);
		expect(run.sent).toHaveLength(0);
		expect(run.error?.message).toMatch(new RegExp(`^"${escaped(label)}" must be a numeric ID`));
	});
});
