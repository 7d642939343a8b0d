import type { SpecDocument, SpecText, SpecVersion, Where } from './document';
import { SpecError } from './document';
import type { Json } from './refs';
import { deref, isObject } from './refs';
import type { SchemaShape } from './schema';
import { flatten, mainType } from './schema';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** A route version as the first path segment: /v1/customers, /v2.1/orders. */
const VERSION_SEGMENT = /^v\d+(?:\.\d+)*$/i;

/** One operation of the spec, as the pickers show it. */
export interface SpecOperation {
	method: string;
	/** The path as the spec writes it. */
	path: string;
	/** The route version the path starts with ("v2"), if it carries one. */
	version?: string;
	/** The path without that version: operations of several versions share it. */
	route: string;
	/** METHOD and route: what the user picks, whatever the version. */
	key: string;
	tags: string[];
	summary?: string;
	operationId?: string;
	deprecated: boolean;
	where: Where;
}

export interface ParsedSpec {
	version: SpecVersion;
	document: SpecDocument;
	operations: SpecOperation[];
	/** key → the operation in each version the spec has it in. */
	byKey: Map<string, SpecOperation[]>;
}

export function splitVersion(path: string): { version?: string; route: string } {
	const [, first, ...rest] = path.split('/');
	if (first !== undefined && VERSION_SEGMENT.test(first) && rest.length > 0) {
		return { version: first, route: `/${rest.join('/')}` };
	}
	return { route: path };
}

/** Lists every operation; details are read only when one is used (see operationDetails). */
export function indexSpec({ document, version }: SpecText): ParsedSpec {
	const operations: SpecOperation[] = [];
	const byKey = new Map<string, SpecOperation[]>();
	for (const [path, rawItem] of Object.entries(document.paths as Json)) {
		if (!path.startsWith('/')) throw SpecError.at(['paths', path], 'a path must start with "/"');
		const item = deref(document, rawItem, ['paths', path]).node;
		if (!isObject(item)) throw SpecError.at(['paths', path], 'must be a path item object');
		for (const method of METHODS) {
			const operation = item[method];
			if (operation === undefined) continue;
			const where: Where = ['paths', path, method];
			if (!isObject(operation)) throw SpecError.at(where, 'must be an operation object');
			const split = splitVersion(path);
			const tags = Array.isArray(operation.tags)
				? operation.tags.filter((tag): tag is string => typeof tag === 'string' && tag !== '')
				: [];
			const entry: SpecOperation = {
				method: method.toUpperCase(),
				path,
				version: split.version,
				route: split.route,
				key: `${method.toUpperCase()} ${split.route}`,
				// Untagged operations are grouped by the first segment of their route.
				tags: tags.length > 0 ? tags : [split.route.split('/')[1] || 'default'],
				summary: typeof operation.summary === 'string' ? operation.summary.trim() : undefined,
				operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
				deprecated: operation.deprecated === true,
				where,
			};
			operations.push(entry);
			const variants = byKey.get(entry.key) ?? [];
			variants.push(entry);
			byKey.set(entry.key, variants);
		}
	}
	return { version, document, operations, byKey };
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'body';

export interface SpecField {
	name: string;
	in: ParameterLocation;
	required: boolean;
	shape: SchemaShape;
	description?: string;
}

export interface ListShape {
	/** Keys from the body to the array of records ([] when the body is the array). */
	recordsPath: string[];
	item: SchemaShape;
}

export interface OperationDetails {
	operation: SpecOperation;
	/** Path, query and header parameters, path-level ones included. */
	parameters: SpecField[];
	/** The JSON body: its top-level fields, when it is an object. */
	body?: { required: boolean; fields: SpecField[]; isObject: boolean };
	/** The success response's schema, flattened. */
	response?: SchemaShape;
	/** Response header names the spec declares, lower-cased. */
	responseHeaders: string[];
	/** Set when the success response holds a list of records. */
	list?: ListShape;
}

function parameterFrom(document: SpecDocument, raw: unknown, where: Where): SpecField | undefined {
	const { node, where: at } = deref(document, raw, where);
	if (!isObject(node)) throw SpecError.at(where, 'a parameter must be an object');
	const location = node.in;
	if (typeof node.name !== 'string' || node.name === '')
		throw SpecError.at(at, 'a parameter needs a "name"');
	if (location === 'cookie' || location === 'formData' || location === 'body') return undefined;
	if (location !== 'path' && location !== 'query' && location !== 'header') {
		throw SpecError.at(at, `"in" must be path, query, header or cookie, not "${String(location)}"`);
	}
	// 2.0 puts type, format and enum on the parameter itself.
	const schema = node.schema ?? node;
	return {
		name: node.name,
		in: location,
		required: location === 'path' || node.required === true,
		shape: flatten(document, schema, node.schema ? [...at, 'schema'] : at),
		description: typeof node.description === 'string' ? node.description : undefined,
	};
}

function jsonMedia(content: unknown): Json | undefined {
	if (!isObject(content)) return undefined;
	const types = Object.keys(content);
	const chosen =
		types.find((type) => /^application\/json\b/i.test(type)) ??
		types.find((type) => /[/+]json\b/i.test(type)) ??
		types.find((type) => type === '*/*');
	const media = chosen === undefined ? undefined : content[chosen];
	return isObject(media) ? media : undefined;
}

function fieldsOf(
	document: SpecDocument,
	shape: SchemaShape,
	location: ParameterLocation,
): SpecField[] {
	return Object.entries(shape.properties).map(([name, schema]) => {
		const field = flatten(document, schema, [...shape.where, 'properties', name]);
		return {
			name,
			in: location,
			required: shape.required.includes(name),
			shape: field,
			description: field.description,
		};
	});
}

function bodyOf(
	document: SpecDocument,
	operation: Json,
	rawParameters: Array<{ raw: unknown; where: Where }>,
	where: Where,
): OperationDetails['body'] {
	let schema: unknown;
	let schemaWhere: Where = where;
	let required = false;
	if (operation.requestBody !== undefined) {
		const { node, where: at } = deref(document, operation.requestBody, [...where, 'requestBody']);
		if (!isObject(node)) return undefined;
		const media = jsonMedia(node.content);
		if (!media) return undefined;
		schema = media.schema;
		schemaWhere = [...at, 'content', 'schema'];
		required = node.required === true;
	} else {
		// Swagger 2.0: one `in: body` parameter, or `formData` fields.
		for (const { raw, where: at } of rawParameters) {
			const node = deref(document, raw, at).node;
			if (isObject(node) && node.in === 'body') {
				schema = node.schema;
				schemaWhere = [...at, 'schema'];
				required = node.required === true;
			}
		}
		const form = rawParameters
			.map(({ raw, where: at }) => ({ node: deref(document, raw, at).node, at }))
			.filter(({ node }) => isObject(node) && node.in === 'formData');
		if (schema === undefined && form.length > 0) {
			const fields = form.map(({ node, at }) => {
				const parameter = node as Json;
				return {
					name: String(parameter.name),
					in: 'body' as const,
					required: parameter.required === true,
					shape: flatten(document, parameter, at),
					description:
						typeof parameter.description === 'string' ? parameter.description : undefined,
				};
			});
			return { required: fields.some((f) => f.required), fields, isObject: true };
		}
	}
	if (schema === undefined) return undefined;
	const shape = flatten(document, schema, schemaWhere);
	const object = mainType(shape) === 'object';
	const fields = object ? fieldsOf(document, shape, 'body').filter((f) => !f.shape.readOnly) : [];
	return { required, fields, isObject: object };
}

const SUCCESS_CODES = ['200', '201', '202', '203', '2XX', '2xx', 'default'];

function responseOf(document: SpecDocument, operation: Json, where: Where) {
	const responses = isObject(operation.responses) ? operation.responses : {};
	const code = SUCCESS_CODES.find((c) => responses[c] !== undefined);
	if (code === undefined) return { headers: [] };
	const { node, where: at } = deref(document, responses[code], [...where, 'responses', code]);
	if (!isObject(node)) return { headers: [] };
	const headers = isObject(node.headers)
		? Object.keys(node.headers).map((h) => h.toLowerCase())
		: [];
	// 3.x: content → media → schema; 2.0: schema on the response.
	const media = jsonMedia(node.content);
	const schema = media ? media.schema : node.schema;
	if (schema === undefined) return { headers };
	const schemaWhere = media ? [...at, 'content', 'schema'] : [...at, 'schema'];
	return { headers, shape: flatten(document, schema, schemaWhere) };
}

/** Array properties that usually hold a page's records, best first. */
const RECORD_KEYS = [
	'data',
	'items',
	'results',
	'records',
	'entries',
	'values',
	'list',
	'rows',
	'nodes',
	'content',
];

function listOf(
	document: SpecDocument,
	response: SchemaShape | undefined,
	route: string,
): ListShape | undefined {
	if (!response) return undefined;
	const type = mainType(response);
	if (type === 'array') {
		return {
			recordsPath: [],
			item: flatten(document, response.items, [...response.where, 'items']),
		};
	}
	if (type !== 'object') return undefined;
	const arrays = Object.keys(response.properties).filter((name) =>
		flatten(document, response.properties[name], [
			...response.where,
			'properties',
			name,
		]).types.includes('array'),
	);
	const segments = route.split('/').filter((segment) => segment !== '');
	const resource = segments.filter((segment) => !segment.startsWith('{')).pop();
	// One record (GET /orders/{id}, or anything with an id of its own) may hold an array field;
	// that does not make it a list.
	const oneRecord = segments[segments.length - 1]?.startsWith('{') || 'id' in response.properties;
	const key =
		RECORD_KEYS.find((k) => arrays.includes(k)) ??
		arrays.find((name) => name === resource) ??
		(arrays.length === 1 && !oneRecord ? arrays[0] : undefined);
	if (key === undefined) return undefined;
	const array = flatten(document, response.properties[key], [...response.where, 'properties', key]);
	return { recordsPath: [key], item: flatten(document, array.items, [...array.where, 'items']) };
}

/** Everything about one operation the form and the request need, read from the spec. */
export function operationDetails(spec: ParsedSpec, operation: SpecOperation): OperationDetails {
	const { document } = spec;
	const item = deref(document, (document.paths as Json)[operation.path], ['paths', operation.path])
		.node as Json;
	const raw = item[operation.method.toLowerCase()] as Json;
	const rawParameters: Array<{ raw: unknown; where: Where }> = [];
	const collect = (list: unknown, where: Where) => {
		if (list === undefined) return;
		if (!Array.isArray(list)) throw SpecError.at(where, 'parameters must be a list');
		list.forEach((entry, index) => rawParameters.push({ raw: entry, where: [...where, index] }));
	};
	collect(item.parameters, ['paths', operation.path, 'parameters']);
	collect(raw.parameters, [...operation.where, 'parameters']);
	// An operation's parameter replaces a path-level one with the same name and location.
	const byPlace = new Map<string, SpecField>();
	for (const { raw: entry, where } of rawParameters) {
		const parameter = parameterFrom(document, entry, where);
		if (parameter) byPlace.set(`${parameter.in}:${parameter.name}`, parameter);
	}
	const response = responseOf(document, raw, operation.where);
	const list =
		operation.method === 'GET' ? listOf(document, response.shape, operation.route) : undefined;
	return {
		operation,
		parameters: [...byPlace.values()],
		body: bodyOf(document, raw, rawParameters, operation.where),
		response: response.shape,
		responseHeaders: response.headers,
		list,
	};
}

/** How the spec says the token goes in the Authorization header: "Bearer ", "" (bare), or unknown. */
export function declaredTokenScheme(
	spec: ParsedSpec,
): { prefix: string; name: string } | undefined {
	const { document } = spec;
	const components = isObject(document.components) ? document.components : {};
	const schemes = isObject(components.securitySchemes)
		? components.securitySchemes
		: isObject(document.securityDefinitions)
			? document.securityDefinitions
			: {};
	for (const [name, raw] of Object.entries(schemes)) {
		const scheme = deref(document, raw, ['components', 'securitySchemes', name]).node;
		if (!isObject(scheme)) continue;
		if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer')
			return { prefix: 'Bearer ', name };
		if (
			scheme.type === 'apiKey' &&
			scheme.in === 'header' &&
			String(scheme.name).toLowerCase() === 'authorization'
		) {
			return { prefix: '', name };
		}
	}
	return undefined;
}
