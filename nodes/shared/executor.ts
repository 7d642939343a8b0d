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
import { request, send } from './request';
import type { Headers, RequestSpec, VendorProfile } from './types';

/** A file an operation returns: the executor stores it as the item's binary data. */
export class FileResult {
	constructor(
		readonly data: Buffer,
		readonly fileName: string,
		readonly mimeType: string,
		/** The binary field it goes in, n8n's "Put Output File in Field". */
		readonly field = 'data',
		/** The item's JSON next to the file; its name, type and size when not given. */
		readonly json: IDataObject = { fileName, mimeType, fileSize: data.length },
	) {}
}

export type OperationResult = IDataObject | IDataObject[] | FileResult | undefined;

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

function headerText(headers: Headers, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	return value === undefined ? undefined : String(Array.isArray(value) ? value[0] : value);
}

/** The file name a Content-Disposition header gives (RFC 6266), without any directory part. */
function dispositionName(headers: Headers): string | undefined {
	const value = headerText(headers, 'content-disposition') ?? '';
	const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(value);
	const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(value);
	let name: string | undefined;
	try {
		name = extended ? decodeURIComponent(extended[1].trim()) : (plain?.[1] ?? plain?.[2])?.trim();
	} catch {
		name = plain?.[1] ?? plain?.[2];
	}
	const base = name?.split(/[\\/]/).pop();
	return base ? base : undefined;
}

/**
 * An operation that downloads one file. The name and type come from the vendor's headers,
 * else from `fallback`; the file goes in the field `binaryOutputField` (fields.ts) names.
 */
export function download(
	build: (params: Params) => RequestSpec,
	fallback: (params: Params) => { fileName: string; mimeType: string },
): Operation {
	return async ({ client, params, itemIndex }) => {
		const field = params.required('binaryPropertyName');
		const response = await send(client, { ...build(params), binary: true }, itemIndex);
		const given = fallback(params);
		const type = headerText(response.headers, 'content-type')?.split(';')[0].trim();
		return new FileResult(
			response.body as Buffer,
			dispositionName(response.headers) ?? given.fileName,
			type && type !== 'application/octet-stream' ? type : given.mimeType,
			field,
		);
	};
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
			if (result instanceof FileResult) {
				const binary = await ctx.helpers.prepareBinaryData(
					result.data,
					result.fileName,
					result.mimeType,
				);
				out.push({
					json: result.json,
					binary: { [result.field]: binary },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
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
