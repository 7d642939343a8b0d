import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import type { VendorClient } from './client';
import { createClient } from './client';
import { fieldLabels } from './labels';
import { list } from './list';
import type { Paginator } from './pagination';
import { Params } from './params';
import { request } from './request';
import type { RequestSpec, VendorProfile } from './types';

export type OperationResult = IDataObject | IDataObject[] | undefined;

export interface OperationInput {
	params: Params;
	client: VendorClient;
	itemIndex: number;
}

export type Operation = (input: OperationInput) => Promise<OperationResult>;

/** resource → operation → how to run it. */
export type OperationMap = Record<string, Record<string, Operation>>;

/** How to run a resource and operation that are known only at run time (read from a spec, say). */
export type OperationResolver = (resource: string, operation: string) => Operation | undefined;

/** An operation that is one request; `pick` takes the record out of the vendor's envelope. */
export function call(
	build: (params: Params) => RequestSpec,
	pick?: (body: unknown) => OperationResult,
): Operation {
	return async ({ client, params, itemIndex }) => {
		const body = await request(client, build(params), itemIndex);
		return pick ? pick(body) : (body as OperationResult);
	};
}

/** A Get Many operation: Return All or Limit over the vendor's pagination. */
export function getMany(paginator: Paginator, build: (params: Params) => RequestSpec): Operation {
	return async ({ client, params, itemIndex }) =>
		await list(client, build(params), paginator, { ...params.paging(), itemIndex });
}

function errorJson(error: Error): IDataObject {
	const description = (error as NodeApiError).description;
	const httpCode = (error as NodeApiError).httpCode;
	return {
		error: error.message,
		...(description ? { description } : {}),
		...(httpCode ? { httpCode } : {}),
	};
}

/** The item loop every action node shares: dispatch, pairedItem, continueOnFail. */
export async function runOperations(
	ctx: IExecuteFunctions,
	profile: VendorProfile,
	operations: OperationMap | OperationResolver,
	properties: INodeProperties[] = [],
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const out: INodeExecutionData[] = [];
	let client: VendorClient | undefined;
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const resource = ctx.getNodeParameter('resource', itemIndex) as string;
			const operation = ctx.getNodeParameter('operation', itemIndex) as string;
			const run =
				typeof operations === 'function'
					? operations(resource, operation)
					: operations[resource]?.[operation];
			if (!run) {
				throw new NodeOperationError(
					ctx.getNode(),
					`The operation "${operation}" is not supported for "${resource}"`,
					{ itemIndex },
				);
			}
			client ??= await createClient(ctx, profile, { itemIndex });
			const labels = fieldLabels(properties, resource, operation);
			const result = await run({ params: new Params(ctx, itemIndex, labels), client, itemIndex });
			const rows = result === undefined ? [{ success: true }] : result;
			out.push(
				...ctx.helpers.constructExecutionMetaData(ctx.helpers.returnJsonArray(rows), {
					itemData: { item: itemIndex },
				}),
			);
		} catch (error) {
			if (ctx.continueOnFail()) {
				out.push({ json: errorJson(error as Error), pairedItem: { item: itemIndex } });
				continue;
			}
			const failure =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
			failure.context.itemIndex ??= itemIndex;
			throw failure;
		}
	}
	return [out];
}
