import { readFileSync } from 'node:fs';
import type { INodeParameters } from 'n8n-workflow';

import {
	openApiServiceLoadOptions as load,
	openApiServiceResourceMapping as mapping,
} from '../../../nodes/OpenApiService/methods';
import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { designContext, serviceCredentials } from './helpers';

let sandbox: Sandbox;
useSandbox((s) => (sandbox = s));

const ctx = (parameters: INodeParameters, credentials = serviceCredentials(sandbox)) =>
	designContext(sandbox, parameters, { credentials });
const columns = async (parameters: INodeParameters) =>
	(await mapping.getParameterColumns.call(ctx(parameters))).fields.map((f) => ({
		id: f.id,
		displayName: f.displayName,
		required: f.required,
		type: f.type,
		...(f.options ? { options: f.options.map((o) => o.value) } : {}),
	}));

describe('the editor reads the spec', () => {
	it('offers the tags as resources', async () => {
		expect(await load.getResources.call(ctx({}))).toEqual([
			{ name: 'Customers', value: 'Customers', description: '11 operations' },
			{ name: 'Orders', value: 'Orders', description: '4 operations' },
			{ name: 'Products', value: 'Products', description: '2 operations' },
		]);
	});

	it('offers a tag’s operations, list operations marked for Return All and Limit', async () => {
		const options = await load.getOperations.call(ctx({ resource: 'Orders' }));
		expect(options.map((o) => [o.name, o.value])).toEqual([
			['Create an order', 'POST /orders'],
			['Get an order', 'GET /orders/{orderId}'],
			['List orders', 'GET /orders#list'],
		]);
	});

	it('marks required fields and takes types and enums from the schema, per version', async () => {
		expect(await columns({ resource: 'Customers', operation: 'POST /customers' })).toEqual([
			{ id: 'name', displayName: 'name', required: true, type: 'string' },
			{ id: 'email', displayName: 'email', required: true, type: 'string' },
			{ id: 'phone', displayName: 'phone', required: false, type: 'string' },
			{
				id: 'status',
				displayName: 'status',
				required: false,
				type: 'options',
				options: ['active', 'archived'],
			},
		]);
		const v2 = await columns({
			resource: 'Customers',
			operation: 'POST /customers',
			apiVersion: 'v2',
		});
		expect(v2.map((c) => [c.id, c.required, c.type])).toEqual([
			['first_name', true, 'string'],
			['last_name', false, 'string'],
			['email', true, 'string'],
			['phone', false, 'string'],
			['status', false, 'options'],
			['tags', false, 'array'],
		]);
	});

	it('shows path parameters first and leaves out what pagination fills in', async () => {
		expect(
			await columns({ resource: 'Customers', operation: 'PUT /customers/{customerId}' }),
		).toEqual(
			expect.arrayContaining([
				{ id: 'path:customerId', displayName: 'customerId (path)', required: true, type: 'number' },
			]),
		);
		const list = await columns({ resource: 'Orders', operation: 'GET /orders#list' });
		expect(list.map((c) => c.id)).toEqual(['query:status', 'query:customer_id']);
		const byPage = await columns({
			resource: 'Orders',
			operation: 'GET /orders#list',
			pagination: 'none',
		});
		expect(byPage.map((c) => c.id)).toEqual(['query:status', 'query:customer_id']);
	});

	it('leaves the body fields out when the raw JSON body is used', async () => {
		expect(
			await columns({ resource: 'Orders', operation: 'POST /orders', useJsonBody: true }),
		).toEqual([]);
	});

	it('names the detected pagination first', async () => {
		const styles = await load.getPaginationStyles.call(
			ctx({ resource: 'Customers', operation: 'GET /customers#list', apiVersion: 'v2' }),
		);
		expect(styles[0]).toEqual({
			name: 'Detected: Cursor (cursor from next_cursor, limit up to 50)',
			value: 'auto',
		});
		expect(styles.map((s) => s.value)).toEqual([
			'auto',
			'page',
			'offset',
			'cursor',
			'nextLink',
			'linkHeader',
			'none',
		]);
	});

	it('offers the item fields of a list for the trigger, dates first for Updated-At', async () => {
		const parameters = {
			resource: 'Customers',
			operation: 'GET /customers#list',
			apiVersion: 'v2',
		};
		const ids = await load.getIdFields.call(ctx(parameters));
		expect(ids.map((o) => o.value)).toEqual(expect.arrayContaining(['id', 'email', 'first_name']));
		const dates = await load.getUpdatedAtFields.call(ctx(parameters));
		expect(dates.slice(0, 2).map((o) => o.value)).toEqual(['updated_at', 'created_at']);
	});
});

describe("the editor on GitHub's published spec", () => {
	const text = readFileSync(
		require.resolve('@octokit/openapi/generated/api.github.com.json'),
		'utf8',
	);
	const credentials = () => serviceCredentials(sandbox, { specSource: 'text', specText: text });

	it('lists every operation of every tag from the one cached read', async () => {
		const resources = await load.getResources.call(ctx({}, credentials()));
		let listed = 0;
		for (const resource of resources) {
			listed += (await load.getOperations.call(ctx({ resource: resource.value }, credentials())))
				.length;
		}
		const expected = resources.reduce(
			(sum, r) => sum + Number(/^(\d+)/.exec(String(r.description))?.[1]),
			0,
		);
		expect(resources.length).toBeGreaterThan(40);
		expect(listed).toBe(expected);
		expect(listed).toBeGreaterThan(1000);
	});
});
