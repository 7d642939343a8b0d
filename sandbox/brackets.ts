import type { Query } from './types';

/** A value of a PHP-style query: `a[b][]=1&a[c][x]=2` gives `{a: {b: ['1'], c: {x: '2'}}}`. */
export type Nested = string | Nested[] | { [key: string]: Nested };

type Tree = { [key: string]: Tree | string };

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

function nextIndex(node: Tree): number {
	const indexes = Object.keys(node)
		.filter((key) => /^\d+$/.test(key))
		.map(Number);
	return indexes.length === 0 ? 0 : Math.max(...indexes) + 1;
}

function assign(root: Tree, segments: string[], value: string): void {
	let node = root;
	segments.forEach((segment, i) => {
		const key = segment === '' ? String(nextIndex(node)) : segment;
		if (i === segments.length - 1) {
			node[key] = value;
			return;
		}
		const child = node[key];
		if (typeof child !== 'object') node[key] = {};
		node = node[key] as Tree;
	});
}

/** Objects keyed 0..n-1 become lists, as PHP's `[]` and `[0]` keys both mean a list. */
function listify(value: Tree | string): Nested {
	if (typeof value === 'string') return value;
	const keys = Object.keys(value);
	const entries = keys.map((key) => [key, listify(value[key])] as const);
	const isList = keys.length > 0 && keys.every((key, i) => key === String(i));
	return isList ? entries.map(([, v]) => v) : Object.fromEntries(entries);
}

/** Decodes bracketed keys the way PHP fills `$_GET` / `$_POST`. */
export function parseBrackets(query: Query): Record<string, Nested> {
	const root: Tree = {};
	for (const [key, raw] of Object.entries(query)) {
		const match = KEY.exec(key);
		const segments = match
			? [match[1], ...(match[2].match(/\[[^[\]]*\]/g) ?? []).map((s) => s.slice(1, -1))]
			: [key];
		for (const value of Array.isArray(raw) ? raw : [raw]) assign(root, segments, value);
	}
	return listify(root) as Record<string, Nested>;
}
