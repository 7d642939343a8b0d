import type { IDataObject } from 'n8n-workflow';

import { OpenApiServiceTrigger } from '../../../nodes/OpenApiService/OpenApiServiceTrigger.node';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { mapped, pollContext, serviceCredentials } from './helpers';

let sandbox: Sandbox;
let staticData: IDataObject;
useSandbox((s) => (sandbox = s));
beforeEach(() => {
	staticData = {};
});

const trigger = new OpenApiServiceTrigger();
const newCustomers = {
	resource: 'Customers',
	operation: 'GET /customers#list',
	event: 'new',
	idField: 'id',
	parameters: mapped({}),
};
const changedV2 = {
	...newCustomers,
	apiVersion: 'v2',
	event: 'changed',
	updatedAtField: 'updated_at',
};

const runPoll = async (
	parameters: IDataObject,
	mode: 'manual' | 'trigger' = 'trigger',
	extra = {},
) => await trigger.poll.call(pollContext(sandbox, parameters as never, staticData, mode, extra));
const emitted = (result: Awaited<ReturnType<typeof runPoll>>) =>
	(result?.[0] ?? []).map((item) => item.json as IDataObject);

function addCustomer(id: number, token?: string) {
	const data = sandbox.openApiService.data(token);
	const stamp = new Date().toISOString();
	data.customers.push({
		id,
		firstName: 'New',
		lastName: null,
		email: `new${id}@example.com`,
		phone: null,
		status: 'active',
		tags: [],
		createdAt: stamp,
		updatedAt: stamp,
	});
}

describe('OpenAPI Service Trigger', () => {
	it('starts from now, then emits each new item once, by a numeric id', async () => {
		expect(await runPoll(newCustomers)).toBeNull();
		expect(await runPoll(newCustomers)).toBeNull();
		addCustomer(900);
		addCustomer(901);
		expect(emitted(await runPoll(newCustomers)).map((c) => c.id)).toEqual([900, 901]);
		expect(await runPoll(newCustomers)).toBeNull();
		// Every page was read through the detected paging.
		expect(
			sandbox.received.filter({ vendor: 'openapi-service', path: '/v1/customers' }).length,
		).toBeGreaterThanOrEqual(3);
	});

	it('emits changed items by their updated-at field, in the list’s own shape, once', async () => {
		expect(await runPoll(changedV2)).toBeNull();
		sandbox.openApiService.touchCustomer(12);
		sandbox.openApiService.touchCustomer(40);
		const out = emitted(await runPoll(changedV2));
		expect(out.map((c) => c.id)).toEqual([12, 40]);
		expect(out[0]).toHaveProperty('first_name');
		expect(await runPoll(changedV2)).toBeNull();
		sandbox.openApiService.touchCustomer(12);
		expect(emitted(await runPoll(changedV2)).map((c) => c.id)).toEqual([12]);
	});

	it('tracks ids that have no order (text ids) by the ones it has seen', async () => {
		const products = {
			resource: 'Products',
			operation: 'GET /products#list',
			event: 'new',
			idField: 'id',
			parameters: mapped({}),
		};
		expect(await runPoll(products)).toBeNull();
		const data = sandbox.openApiService.data();
		data.products.unshift({ ...data.products[0], id: 'prod_new_a' });
		expect(emitted(await runPoll(products)).map((p) => p.id)).toEqual(['prod_new_a']);
		expect(await runPoll(products)).toBeNull();
	});

	it('keeps the list filters, and a changed filter starts from now', async () => {
		const archived = { ...newCustomers, parameters: mapped({ 'query:status': 'archived' }) };
		expect(await runPoll(archived)).toBeNull();
		expect(
			sandbox.received
				.filter({ vendor: 'openapi-service', path: '/v1/customers' })
				.every((r) => r.query.status === 'archived'),
		).toBe(true);
		addCustomer(950);
		expect(await runPoll(newCustomers)).toBeNull();
	});

	it('starts from now on another account', async () => {
		expect(await runPoll(newCustomers)).toBeNull();
		addCustomer(960, sandbox.openApiService.secondToken);
		const other = {
			credentials: serviceCredentials(sandbox, { token: sandbox.openApiService.secondToken }),
		};
		expect(await runPoll(newCustomers, 'trigger', other)).toBeNull();
		addCustomer(961, sandbox.openApiService.secondToken);
		expect(emitted(await runPoll(newCustomers, 'trigger', other)).map((c) => c.id)).toEqual([961]);
	});

	it('shows one item in a manual run and leaves the cursor alone', async () => {
		const out = emitted(await runPoll(newCustomers, 'manual'));
		expect(out).toHaveLength(1);
		expect(out[0]).toHaveProperty('email');
		expect(staticData).toEqual({});
	});
});
