import type { FieldType, IDataObject, ResourceMapperField } from 'n8n-workflow';

import type { Params } from '../shared/params';
import { checkSegment } from '../shared/params';
import type { RequestSpec } from '../shared/types';
import type { ResolvedOperation } from './catalog';
import type { OperationDetails, SpecField } from './spec/operations';
import { mainType } from './spec/schema';

/** Headers the node and the credential set themselves; a spec that lists them is not asked. */
const OWN_HEADERS = new Set(['authorization', 'content-type', 'accept', 'content-length', 'host']);

/** The resource mapper's id of a field: body fields by name, parameters with their location. */
export const fieldId = (field: SpecField) =>
	field.in === 'body' ? field.name : `${field.in}:${field.name}`;

/** "customerId (path)": the label the form shows and every message quotes. */
export const fieldLabel = (field: SpecField) =>
	field.in === 'body' ? field.name : `${field.name} (${field.in})`;

const MAPPER_TYPES: Record<string, FieldType> = {
	string: 'string',
	integer: 'number',
	number: 'number',
	boolean: 'boolean',
	array: 'array',
	object: 'object',
};

/** The fields a request of this operation can carry, in form order: path, query, header, body. */
export function formFields(
	details: OperationDetails,
	options: { withBody: boolean; skipQuery?: string[]; only?: Array<SpecField['in']> },
): SpecField[] {
	const skip = new Set(options.skipQuery ?? []);
	const parameters = details.parameters.filter(
		(p) =>
			!(p.in === 'header' && OWN_HEADERS.has(p.name.toLowerCase())) &&
			!(p.in === 'query' && skip.has(p.name)),
	);
	const order = ['path', 'query', 'header'];
	parameters.sort((a, b) => order.indexOf(a.in) - order.indexOf(b.in));
	const fields = [...parameters, ...(options.withBody ? (details.body?.fields ?? []) : [])];
	return options.only ? fields.filter((f) => options.only?.includes(f.in)) : fields;
}

/** The resource mapper's columns: required marked, types and enums from the schema. */
export function mapperColumns(fields: SpecField[]): ResourceMapperField[] {
	return fields.map((field) => {
		const type = mainType(field.shape);
		const options = field.shape.enum?.map((value) => ({
			name: String(value),
			value: value as string,
		}));
		return {
			id: fieldId(field),
			displayName: fieldLabel(field),
			required: field.required,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: options
				? 'options'
				: field.shape.format === 'date-time'
					? 'dateTime'
					: (MAPPER_TYPES[type] ?? 'string'),
			...(options ? { options } : {}),
		};
	});
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function clip(value: string) {
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** One value checked against its schema, as the API expects it; refusals name the field. */
function convert(params: Params, field: SpecField, raw: unknown): unknown {
	const label = fieldLabel(field);
	const type = mainType(field.shape);
	let value: unknown = raw;
	// n8n's date picker hands over a luxon DateTime.
	if (
		value !== null &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		value = (value as { toISO: () => string }).toISO();
	}
	if (type === 'integer' || type === 'number') {
		const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		if (typeof n !== 'number' || !Number.isFinite(n))
			params.reject(label, `must be a number, got "${clip(String(value))}"`);
		if (type === 'integer' && !Number.isInteger(n))
			params.reject(label, `must be a whole number, got ${n}`);
		value = n;
	} else if (type === 'boolean') {
		if (value === 'true' || value === 'false') value = value === 'true';
		if (typeof value !== 'boolean')
			params.reject(label, `must be true or false, got "${clip(String(value))}"`);
	} else if (type === 'array' || type === 'object') {
		if (typeof value === 'string') {
			const text = value.trim();
			if (type === 'array' && !text.startsWith('[')) {
				value = text.split(',').map((part) => part.trim());
			} else {
				try {
					value = JSON.parse(text);
				} catch (error) {
					params.reject(label, `is not valid JSON: ${(error as Error).message}`);
				}
			}
		}
		const ok =
			type === 'array'
				? Array.isArray(value)
				: value !== null && typeof value === 'object' && !Array.isArray(value);
		if (!ok) params.reject(label, `must be ${type === 'array' ? 'a list' : 'a JSON object'}`);
	} else if (typeof value === 'object') {
		params.reject(label, 'must be text');
	} else {
		value = String(value);
	}
	const allowed = field.shape.enum;
	if (allowed && allowed.length > 0 && !allowed.some((a) => String(a) === String(value))) {
		params.reject(
			label,
			`must be one of ${allowed.map(String).join(', ')}; got "${clip(String(value))}"`,
		);
	}
	return value;
}

/** The values of the Parameters form, by field id. */
function formValues(params: Params): IDataObject {
	const mapper = params.raw('parameters', {}) as { value?: IDataObject | null } | undefined;
	return (mapper?.value ?? {}) as IDataObject;
}

function checkRequired(params: Params, fields: SpecField[], has: (field: SpecField) => boolean) {
	for (const field of fields) {
		if (field.required && !has(field)) params.reject(fieldLabel(field), 'is required');
	}
}

/**
 * The request of an operation from the form (or the raw JSON body), every value checked before
 * anything is sent: required fields present, types and enums as the schema says, each path
 * parameter one URL-encoded segment.
 */
export function buildRequest(
	params: Params,
	details: OperationDetails,
	resolved: ResolvedOperation,
	options: { skipQuery?: string[]; useJsonBody: boolean },
): RequestSpec {
	const values = formValues(params);
	const fields = formFields(details, {
		withBody: !options.useJsonBody,
		skipQuery: options.skipQuery,
	});
	const given = (field: SpecField) => !isEmpty(values[fieldId(field)]);
	checkRequired(params, fields, given);

	const qs: IDataObject = {};
	const headers: IDataObject = {};
	const pathValues: Record<string, string> = {};
	let body: IDataObject | undefined;
	for (const field of fields) {
		if (!given(field)) continue;
		const value = convert(params, field, values[fieldId(field)]);
		if (field.in === 'path') {
			const text = checkSegment(
				String(value),
				fieldLabel(field),
				params.ctx.getNode(),
				params.itemIndex,
			);
			pathValues[field.name] = encodeURIComponent(text);
		} else if (field.in === 'query') {
			qs[field.name] = value as IDataObject[keyof IDataObject];
		} else if (field.in === 'header') {
			if (/[\r\n]/.test(String(value)))
				params.reject(fieldLabel(field), 'must not contain line breaks');
			headers[field.name] = String(value);
		} else {
			body ??= {};
			body[field.name] = value as IDataObject[keyof IDataObject];
		}
	}
	if (details.body && options.useJsonBody) {
		body = params.json('jsonBody');
		checkRequired(params, details.body.fields, (field) => !isEmpty(body?.[field.name]));
	}
	if (details.body?.required && body === undefined) {
		params.reject(
			options.useJsonBody ? 'JSON Body' : 'Parameters',
			'must hold the request body this operation requires',
		);
	}
	const path = resolved.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		const value = pathValues[name];
		if (value === undefined) params.reject(`${name} (path)`, 'is required');
		return value;
	});
	return {
		method: resolved.operation.method as RequestSpec['method'],
		path,
		...(Object.keys(qs).length > 0 ? { qs } : {}),
		...(Object.keys(headers).length > 0 ? { headers } : {}),
		...(body !== undefined ? { body } : {}),
	};
}
