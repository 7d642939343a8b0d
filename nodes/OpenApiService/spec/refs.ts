import type { SpecDocument, Where } from './document';
import { SpecError } from './document';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The keys of a local JSON pointer: "#/components/schemas/a~1b" → components, schemas, a/b. */
function pointerKeys(ref: string, where: Where): string[] {
	if (!ref.startsWith('#')) {
		throw SpecError.at(
			where,
			`the $ref "${ref}" points outside this document; bundle the spec into one file`,
		);
	}
	const pointer = ref.slice(1);
	if (pointer === '') return [];
	if (!pointer.startsWith('/'))
		throw SpecError.at(where, `the $ref "${ref}" is not a JSON pointer`);
	return pointer
		.slice(1)
		.split('/')
		.map((key) => decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Follows `$ref`s until a node that is not one, with the place it was found. Keys beside a
 * `$ref` (3.1 allows summary and description there) override the target's. A chain that comes
 * back to itself is an error naming the ref.
 */
export function deref(
	document: SpecDocument,
	node: unknown,
	where: Where,
): { node: unknown; where: Where } {
	let current = node;
	let at = where;
	const siblings: Json = {};
	const seen = new Set<string>();
	while (isObject(current) && typeof current.$ref === 'string') {
		const ref = current.$ref;
		if (seen.has(ref)) throw SpecError.at(at, `the $ref "${ref}" refers back to itself`);
		seen.add(ref);
		for (const [key, value] of Object.entries(current)) {
			if (key !== '$ref' && !(key in siblings)) siblings[key] = value;
		}
		const keys = pointerKeys(ref, at);
		let target: unknown = document;
		for (const key of keys) {
			target = isObject(target) || Array.isArray(target) ? (target as Json)[key] : undefined;
			if (target === undefined) throw SpecError.at(at, `the $ref "${ref}" points to nothing`);
		}
		current = target;
		at = keys;
	}
	if (Object.keys(siblings).length > 0 && isObject(current)) current = { ...current, ...siblings };
	return { node: current, where: at };
}

/** The $ref of a node, if it is one: schemas are known by it when they recur. */
export function refOf(node: unknown): string | undefined {
	return isObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}
