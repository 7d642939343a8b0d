import { NodeApiError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import type { Operation } from '../shared/executor';
import { request } from '../shared/request';
import { errorEntries } from './RetailCrmProfile';
import { siteOf, withoutEnvelope, withSite } from './requests';

export interface UploadOptions {
	path: string;
	/** Form field holding the JSON array, e.g. `orders`. */
	field: string;
	/** The parameter the user fills with the array. */
	param: string;
	/** The most records RetailCRM takes in one call. */
	batchSize: number;
	/** Where the answer lists what went in and what did not, e.g. `uploadedOrders`. */
	uploaded?: string;
	failed?: string;
	site?: boolean;
}

/** HTTP 460: RetailCRM stored part of a batch and refused the rest. */
const PARTIAL_FAILURE = 460;

/**
 * A batch upload, split into calls of at most `batchSize` records. On a partial failure (460)
 * the stored records are output and each refused one becomes an item with `success: false`
 * and RetailCRM's messages, so neither is lost. A call that fails outright stops the run, and
 * its error says which batches had already been stored.
 */
export function rcUpload(options: UploadOptions): Operation {
	return async ({ client, params, itemIndex }) => {
		const records = params.jsonArray(options.param);
		if (records.length === 0) params.invalid(options.param, 'needs at least one record');
		const site = options.site ? await siteOf(params) : undefined;
		const out: IDataObject[] = [];
		for (let start = 0; start < records.length; start += options.batchSize) {
			const batch = records.slice(start, start + options.batchSize);
			const spec = withSite(
				{
					method: 'POST',
					path: options.path,
					body: { [options.field]: batch },
					accept: [PARTIAL_FAILURE],
				},
				site,
			);
			let body: IDataObject;
			try {
				body = (await request<IDataObject>(client, spec, itemIndex)) ?? {};
			} catch (error) {
				throw uploadedSoFar(error as Error, start, options.batchSize);
			}
			out.push(...batchResult(body, batch, options));
		}
		return out;
	};
}

/** A batch failed outright: the error also says which records were already stored. */
function uploadedSoFar(error: Error, stored: number, batchSize: number): Error {
	if (stored > 0 && error instanceof NodeApiError) {
		error.description = [
			error.description,
			`The first ${stored} records (${stored / batchSize} batches) were already uploaded.`,
		]
			.filter(Boolean)
			.join('\n');
	}
	return error;
}

function batchResult(
	body: IDataObject,
	batch: IDataObject[],
	options: UploadOptions,
): IDataObject[] {
	const uploaded = options.uploaded ? body[options.uploaded] : undefined;
	const failed = options.failed ? body[options.failed] : undefined;
	if (!Array.isArray(uploaded) && !Array.isArray(failed)) return [withoutEnvelope(body)];
	const rows: IDataObject[] = [];
	for (const record of (uploaded as IDataObject[] | undefined) ?? []) {
		rows.push({ success: true, ...record });
	}
	if (Array.isArray(failed) && failed.length > 0) {
		const messages = errorEntries(body.errors);
		const error = typeof body.errorMsg === 'string' ? body.errorMsg : 'Not uploaded';
		for (const record of failed as IDataObject[]) {
			rows.push({ success: false, ...record, error, errors: messages });
		}
	}
	// In the order they were sent, where the external ID tells which is which.
	const position = (row: IDataObject) => {
		const index = batch.findIndex(
			(input) => input.externalId !== undefined && input.externalId === row.externalId,
		);
		return index === -1 ? batch.length : index;
	};
	return rows
		.map((row, index) => ({ row, index }))
		.sort((a, b) => position(a.row) - position(b.row) || a.index - b.index)
		.map(({ row }) => row);
}
