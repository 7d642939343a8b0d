import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../shared/errors';
import type { Params } from '../shared/params';

const NUMERIC_ID = /^\d{1,18}$/;

/**
 * Picqer wants integer IDs in bodies. A dropdown gives a number, an expression often gives text:
 * send numbers, and refuse anything else before a request goes out. `labels` maps each field to
 * the name users see, for the message.
 */
export function numericIds(
	params: Params,
	values: IDataObject,
	labels: Record<string, string>,
): IDataObject {
	const out = { ...values };
	for (const [field, label] of Object.entries(labels)) {
		const value = out[field];
		if (value === undefined || value === null || value === '') continue;
		const text = String(value).trim();
		if (!NUMERIC_ID.test(text)) {
			throw inputError(
				params.ctx.getNode(),
				`"${label}" must be a numeric ID, got "${text.slice(0, 40)}"`,
				params.itemIndex,
			);
		}
		out[field] = Number(text);
	}
	return out;
}

/** An optional ID parameter: its number, or null when left empty. */
export function optionalId(params: Params, name: string): number | null {
	return params.string(name) === '' ? null : Number(params.id(name, { numeric: true }));
}
