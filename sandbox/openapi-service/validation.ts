import type { Query } from '../types';
import { OPENAPI_SERVICE_SPEC } from './spec';

/**
 * The simulator refuses what its own spec does not allow (notes.md: 400 for invalid input):
 * unknown query parameters and body fields, read-only fields, missing required ones, and values
 * of the wrong type, outside an enum or beyond a maximum. The rules are read from the spec the
 * service publishes, so the spec is the one contract the node and the simulator share.
 */

type Json = Record<string, unknown>;

export interface FieldProblem {
	field: string;
	message: string;
}

export class ValidationFailure extends Error {
	constructor(
		readonly code: string,
		message: string,
		readonly problems: FieldProblem[] = [],
	) {
		super(message);
	}
}

const doc = OPENAPI_SERVICE_SPEC as unknown as Json;

function resolve(node: unknown): Json {
	let current = node as Json;
	while (current && typeof current.$ref === 'string') {
		const keys = current.$ref.slice(2).split('/');
		current = keys.reduce<Json>((at, key) => at[key] as Json, doc);
	}
	return current ?? {};
}

/** A schema with its refs followed and allOf members merged. */
function schemaOf(node: unknown): Json {
	const schema = resolve(node);
	if (!Array.isArray(schema.allOf)) return schema;
	const merged: Json = { type: 'object', properties: {}, required: [] };
	for (const member of schema.allOf.map(schemaOf)) {
		Object.assign(merged.properties as Json, member.properties ?? {});
		(merged.required as string[]).push(...((member.required as string[]) ?? []));
	}
	return merged;
}

function typesOf(schema: Json): string[] {
	if (Array.isArray(schema.type)) return schema.type as string[];
	if (typeof schema.type === 'string') return [schema.type];
	if (Array.isArray(schema.anyOf)) return schema.anyOf.flatMap((s) => typesOf(schemaOf(s)));
	return [];
}

function jsonType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

function checkValue(value: unknown, schema: Json, field: string, problems: FieldProblem[]) {
	const types = typesOf(schema);
	const type = jsonType(value);
	const fits =
		types.length === 0 || types.includes(type) || (type === 'integer' && types.includes('number'));
	if (!fits) {
		problems.push({ field, message: `must be ${types.join(' or ')}, got ${type}` });
		return;
	}
	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
		problems.push({ field, message: `must be one of ${schema.enum.join(', ')}` });
	}
	if (typeof value === 'number') {
		if (typeof schema.minimum === 'number' && value < schema.minimum) {
			problems.push({ field, message: `must be at least ${schema.minimum}` });
		}
		if (typeof schema.maximum === 'number' && value > schema.maximum) {
			problems.push({ field, message: `must be at most ${schema.maximum}` });
		}
	}
	if (Array.isArray(value)) {
		if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
			problems.push({ field, message: `needs at least ${schema.minItems} entries` });
		}
		const items = schema.items === undefined ? undefined : schemaOf(schema.items);
		value.forEach((entry, index) => {
			if (items) checkObject(entry, items, `${field}[${index}]`, problems, 'create');
		});
	}
	if (type === 'object' && schema.properties) checkObject(value, schema, field, problems, 'create');
}

function checkObject(
	value: unknown,
	schema: Json,
	prefix: string,
	problems: FieldProblem[],
	mode: 'create' | 'update',
) {
	if (!schema.properties) {
		checkValue(value, schema, prefix, problems);
		return;
	}
	if (jsonType(value) !== 'object') {
		problems.push({ field: prefix || 'body', message: 'must be a JSON object' });
		return;
	}
	const properties = schema.properties as Json;
	const body = value as Json;
	const name = (key: string) => (prefix ? `${prefix}.${key}` : key);
	for (const [key, entry] of Object.entries(body)) {
		const property = properties[key] === undefined ? undefined : schemaOf(properties[key]);
		if (!property) problems.push({ field: name(key), message: 'is not a known field' });
		else if (property.readOnly === true)
			problems.push({ field: name(key), message: 'is read-only' });
		else checkValue(entry, property, name(key), problems);
	}
	if (mode === 'create') {
		for (const key of (schema.required as string[] | undefined) ?? []) {
			const property = schemaOf(properties[key]);
			if (body[key] === undefined && property.readOnly !== true) {
				problems.push({ field: name(key), message: 'is required' });
			}
		}
	}
}

function parametersOf(path: string, method: string): Json[] {
	const item = (doc.paths as Json)[path] as Json;
	const operation = item[method] as Json;
	return [
		...((item.parameters as unknown[]) ?? []),
		...((operation.parameters as unknown[]) ?? []),
	].map(resolve);
}

/** Query values arrive as text: read them as the schema's type before checking. */
function fromQuery(text: string, schema: Json): unknown {
	const types = typesOf(schema);
	if (types.includes('integer') && /^-?\d+$/.test(text)) return Number(text);
	if (types.includes('number') && text.trim() !== '' && Number.isFinite(Number(text)))
		return Number(text);
	if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
	return text;
}

/** Checks a request against its operation in the spec; returns the typed query. */
export function validate(
	specPath: string,
	method: string,
	query: Query,
	body: unknown,
	invalidJson: boolean,
): Record<string, unknown> {
	const operation = ((doc.paths as Json)[specPath] as Json)[method] as Json;
	const parameters = parametersOf(specPath, method).filter((p) => p.in === 'query');
	const problems: FieldProblem[] = [];
	const typed: Record<string, unknown> = {};
	for (const [key, raw] of Object.entries(query)) {
		const parameter = parameters.find((p) => p.name === key);
		if (!parameter) {
			throw new ValidationFailure('unknown_parameter', `Unknown query parameter "${key}"`);
		}
		const schema = schemaOf(parameter.schema);
		const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
		typed[key] = fromQuery(text, schema);
		checkValue(typed[key], schema, key, problems);
	}
	for (const parameter of parameters) {
		if (parameter.required === true && query[parameter.name as string] === undefined) {
			problems.push({ field: String(parameter.name), message: 'is required' });
		}
	}
	const requestBody = operation.requestBody as Json | undefined;
	if (requestBody) {
		if (invalidJson)
			throw new ValidationFailure('invalid_json', 'The request body is not valid JSON');
		if (body === undefined && requestBody.required === true) {
			throw new ValidationFailure('validation_failed', 'A JSON request body is required');
		}
		const schema = schemaOf(((requestBody.content as Json)['application/json'] as Json).schema);
		if (body !== undefined) {
			checkObject(body, schema, '', problems, method === 'post' ? 'create' : 'update');
		}
	} else if (body !== undefined) {
		throw new ValidationFailure(
			'validation_failed',
			`${method.toUpperCase()} ${specPath} takes no request body`,
		);
	}
	if (problems.length > 0) {
		throw new ValidationFailure(
			'validation_failed',
			`The request is invalid: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
			problems,
		);
	}
	return typed;
}
