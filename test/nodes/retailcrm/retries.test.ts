import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { runRetailCrm, withMainSite } from './helpers';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const posts = (path: string) =>
	sandbox.received.filter({ vendor: 'retailcrm', method: 'POST', path });
const mainSite = () => withMainSite(sandbox);

/** RetailCRM's `/edit` and `/delete` POSTs are marked idempotent; creates are not. */
describe('RetailCRM retries of POSTs', () => {
	it('sends an order edit again after a 500 and applies it once', async () => {
		sandbox.faults.add({
			vendor: 'retailcrm',
			method: 'POST',
			path: '/api/v5/orders/1001/edit',
			kind: 'status',
			status: 500,
		});
		const before = sandbox.retailcrm.history('orders').length;
		const [item] = await runRetailCrm(sandbox, {
			resource: 'order',
			operation: 'update',
			by: 'id',
			orderId: '1001',
			updateFields: { managerComment: 'retried edit' },
		});
		expect(item.json).toMatchObject({ id: 1001, managerComment: 'retried edit' });
		expect(posts('/api/v5/orders/1001/edit').map((r) => r.status)).toEqual([500, 200]);
		const changes = sandbox.retailcrm.history('orders').slice(before);
		expect(changes.map((c) => c.field)).toEqual(['manager_comment']);
	});

	it('sends a payment delete again after a reset before the answer', async () => {
		const order = sandbox.retailcrm.data().orders.rows[0];
		const [paymentId] = Object.keys(order.payments);
		const path = `/api/v5/orders/payments/${paymentId}/delete`;
		sandbox.faults.add({ vendor: 'retailcrm', method: 'POST', path, kind: 'resetBefore' });
		await runRetailCrm(sandbox, { resource: 'order', operation: 'deletePayment', paymentId });
		expect(posts(path)).toHaveLength(2);
		expect(order.payments[paymentId]).toBeUndefined();
	});

	it('never sends a create again after a 500, and says to check before retrying', async () => {
		sandbox.faults.add({
			vendor: 'retailcrm',
			method: 'POST',
			path: '/api/v5/customers/create',
			kind: 'status',
			status: 500,
		});
		const run = runRetailCrm(
			sandbox,
			{ resource: 'customer', operation: 'create', additionalFields: { firstName: 'Once' } },
			mainSite(),
		);
		await expect(run).rejects.toMatchObject({
			httpCode: '500',
			description: expect.stringMatching(/outcome is unknown.*not sent again.*Retry On Fail/s),
		});
		expect(posts('/api/v5/customers/create')).toHaveLength(1);
	});
});
