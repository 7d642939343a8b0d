import type { IExecuteFunctions } from 'n8n-workflow';
import { constructExecutionMetaData, returnJsonArray } from 'n8n-core';

import type { OperationResolver } from '../../nodes/shared/executor';
import { runOperations } from '../../nodes/shared/executor';
import { testProfile } from '../helpers/fakeTransport';

/** Just enough of n8n's execute context for the item loop. */
function context(parameters: Array<Record<string, string>>, continueOnFail = false) {
	return {
		getInputData: () => parameters.map(() => ({ json: {} })),
		getNodeParameter: (name: string, index: number) => parameters[index][name],
		getNode: () => ({ name: 'Vendor', type: 'test.vendor', typeVersion: 1, parameters: {} }),
		getCredentials: async () => ({}),
		continueOnFail: () => continueOnFail,
		logger: { debug: () => undefined },
		helpers: { returnJsonArray, constructExecutionMetaData },
	} as unknown as IExecuteFunctions;
}

describe('runOperations with operations resolved at run time', () => {
	const resolver: OperationResolver = (resource, operation) =>
		operation.startsWith('GET ')
			? async ({ itemIndex }) => ({ resource, operation, itemIndex })
			: undefined;

	it('runs what the resolver returns for each item, paired with its input', async () => {
		const [out] = await runOperations(
			context([
				{ resource: 'Customers', operation: 'GET /customers' },
				{ resource: 'Orders', operation: 'GET /orders/{id}' },
			]),
			testProfile,
			resolver,
		);
		expect(out.map((item) => item.json)).toEqual([
			{ resource: 'Customers', operation: 'GET /customers', itemIndex: 0 },
			{ resource: 'Orders', operation: 'GET /orders/{id}', itemIndex: 1 },
		]);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('says which operation it cannot run when the resolver has none', async () => {
		await expect(
			runOperations(
				context([{ resource: 'Customers', operation: 'DELETE /customers' }]),
				testProfile,
				resolver,
			),
		).rejects.toThrow('The operation "DELETE /customers" is not supported for "Customers"');
	});
});
