import type { SpecDocument, Where } from './document';
import type { Json } from './refs';
import { deref, isObject, refOf } from './refs';

/** What the node needs to know about one schema, with 3.0 and 3.1 spellings made one. */
export interface SchemaShape {
	/** JSON types without "null": "string", "integer", "number", "boolean", "array", "object". */
	types: string[];
	/** 3.0 `nullable: true`, or "null" among 3.1 types. */
	nullable: boolean;
	format?: string;
	enum?: unknown[];
	/** 3.0 `example`, or the first of 3.1 `examples`. */
	example?: unknown;
	description?: string;
	readOnly: boolean;
	writeOnly: boolean;
	/** Property schemas (not yet flattened), allOf members merged. */
	properties: Record<string, unknown>;
	required: string[];
	/** The item schema of an array (not yet flattened). */
	items?: unknown;
	maximum?: number;
	default?: unknown;
	/** Where the schema is, so nested lookups can name their place. */
	where: Where;
}

const JSON_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object', 'null']);

function typeList(schema: Json): string[] {
	const { type } = schema;
	// 3.1: `type: ["string", "null"]`; 3.0: one type word.
	const list = Array.isArray(type) ? type : type === undefined ? [] : [type];
	return list.filter((t): t is string => typeof t === 'string' && JSON_TYPES.has(t));
}

function empty(where: Where): SchemaShape {
	return {
		types: [],
		nullable: false,
		readOnly: false,
		writeOnly: false,
		properties: {},
		required: [],
		where,
	};
}

function mergeInto(out: SchemaShape, part: SchemaShape): void {
	for (const type of part.types) if (!out.types.includes(type)) out.types.push(type);
	out.nullable ||= part.nullable;
	out.format ??= part.format;
	out.enum ??= part.enum;
	out.example ??= part.example;
	out.description ??= part.description;
	out.readOnly ||= part.readOnly;
	out.writeOnly ||= part.writeOnly;
	out.properties = { ...part.properties, ...out.properties };
	out.required = [...new Set([...out.required, ...part.required])];
	out.items ??= part.items;
	out.maximum ??= part.maximum;
	out.default ??= part.default;
}

/**
 * One schema flattened: $refs followed, allOf merged, a single non-null anyOf/oneOf branch taken
 * as the schema (the 3.1 way of writing nullable), several branches merged loosely. Recursive
 * schemas are fine: nested properties stay unflattened, and a ref met again inside its own
 * allOf chain is skipped.
 */
export function flatten(
	document: SpecDocument,
	schema: unknown,
	where: Where,
	visiting: Set<string> = new Set(),
): SchemaShape {
	const ref = refOf(schema);
	if (ref !== undefined) {
		if (visiting.has(ref)) return empty(where);
		visiting.add(ref);
	}
	const resolved = deref(document, schema, where);
	const node = resolved.node;
	const at = resolved.where;
	const out = empty(at);
	if (!isObject(node)) {
		if (ref !== undefined) visiting.delete(ref);
		return out;
	}
	const types = typeList(node);
	out.types = types.filter((t) => t !== 'null');
	out.nullable = types.includes('null') || node.nullable === true;
	if (typeof node.format === 'string') out.format = node.format;
	if (Array.isArray(node.enum)) out.enum = node.enum.filter((value) => value !== null);
	if (node.const !== undefined) out.enum = [node.const];
	if (node.example !== undefined) out.example = node.example;
	else if (Array.isArray(node.examples) && node.examples.length > 0) out.example = node.examples[0];
	if (typeof node.description === 'string') out.description = node.description;
	out.readOnly = node.readOnly === true;
	out.writeOnly = node.writeOnly === true;
	if (isObject(node.properties)) out.properties = { ...node.properties };
	if (Array.isArray(node.required))
		out.required = node.required.filter((r) => typeof r === 'string');
	if (node.items !== undefined && !Array.isArray(node.items)) out.items = node.items;
	// 3.0 tuples (`items: [...]`) and 3.1 `prefixItems`: the first member describes the entries.
	else if (Array.isArray(node.items)) out.items = node.items[0];
	else if (Array.isArray(node.prefixItems)) out.items = node.prefixItems[0];
	if (typeof node.maximum === 'number') out.maximum = node.maximum;
	if (node.default !== undefined) out.default = node.default;
	if (out.types.length === 0) {
		if (isObject(node.properties)) out.types = ['object'];
		else if (out.items !== undefined) out.types = ['array'];
	}

	if (Array.isArray(node.allOf)) {
		node.allOf.forEach((member, index) =>
			mergeInto(out, flatten(document, member, [...at, 'allOf', index], visiting)),
		);
	}
	for (const key of ['oneOf', 'anyOf'] as const) {
		const branches = node[key];
		if (!Array.isArray(branches)) continue;
		const shapes = branches.map((branch, index) =>
			flatten(document, branch, [...at, key, index], visiting),
		);
		const real = shapes.filter((shape) => !(shape.types.length === 0 && shape.nullable));
		if (real.length < shapes.length) out.nullable = true;
		for (const shape of real) mergeInto(out, shape);
	}
	if (ref !== undefined) visiting.delete(ref);
	return out;
}

/** The type a form field should have. */
export function mainType(shape: SchemaShape): string {
	if (shape.types.length === 1) return shape.types[0];
	if (shape.types.includes('object')) return 'object';
	if (shape.types.includes('array')) return 'array';
	return shape.types[0] ?? 'string';
}
