import type { INodePropertyOptions } from 'n8n-workflow';

import type { ParsedSpec, SpecOperation } from './spec/operations';
import { detailsOf } from './specSource';

/**
 * Operation values are "METHOD /route", plus this mark on list operations so that Return All,
 * Limit and Pagination can be shown for them alone (n8n's display rules see only the value).
 */
export const LIST_MARK = '#list';

export const operationKey = (value: string) =>
	value.endsWith(LIST_MARK) ? value.slice(0, -LIST_MARK.length) : value;

/** "code-scanning" → "Code Scanning": n8n's Title Case for a tag. */
function titleCase(tag: string): string {
	return tag
		.split(/[-_\s]+/)
		.filter((word) => word !== '')
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The Resource picker: the spec's tags (untagged operations under their first path segment). */
export function resourceOptions(spec: ParsedSpec, onlyLists = false): INodePropertyOptions[] {
	const tags = new Map<string, number>();
	for (const operation of spec.operations) {
		if (onlyLists && !isList(spec, operation)) continue;
		for (const tag of operation.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
	}
	return [...tags]
		.map(([tag, count]) => ({
			name: titleCase(tag) || tag,
			value: tag,
			description: `${count} operation${count === 1 ? '' : 's'}`,
		}))
		.sort(byName);
}

function isList(spec: ParsedSpec, operation: SpecOperation): boolean {
	return operation.method === 'GET' && detailsOf(spec, operation).list !== undefined;
}

/** The variant of an operation for a version: the one the version's path has, else the unversioned one. */
function preferred(variants: SpecOperation[], version: string): SpecOperation {
	const lower = version.toLowerCase();
	return (
		variants.find((v) => v.version?.toLowerCase() === lower) ??
		variants.find((v) => v.version === undefined) ??
		variants[0]
	);
}

/** The Operation picker for one tag: summaries as names, "METHOD /route" as description. */
export function operationOptions(
	spec: ParsedSpec,
	tag: string,
	version: string,
	onlyLists = false,
): INodePropertyOptions[] {
	const options: INodePropertyOptions[] = [];
	for (const [key, variants] of spec.byKey) {
		const tagged = variants.filter((v) => v.tags.includes(tag));
		if (tagged.length === 0) continue;
		const operation = preferred(tagged, version);
		const list = isList(spec, operation);
		if (onlyLists && !list) continue;
		const versions = tagged.map((v) => v.version).filter((v): v is string => v !== undefined);
		const label = operation.summary || operation.operationId || key;
		options.push({
			name: operation.deprecated ? `${label} (Deprecated)` : label,
			value: list ? `${key}${LIST_MARK}` : key,
			description: versions.length > 0 ? `${key} (${versions.join(', ')})` : key,
		});
	}
	// Two operations with one summary would look the same: name them by their route too.
	const counts = new Map<string, number>();
	for (const option of options) counts.set(option.name, (counts.get(option.name) ?? 0) + 1);
	return options
		.map((option) =>
			(counts.get(option.name) ?? 0) > 1
				? { ...option, name: `${option.name} (${operationKey(String(option.value))})` }
				: option,
		)
		.sort(byName);
}

export interface ResolvedOperation {
	operation: SpecOperation;
	/** The path to request, template unfilled: the spec's own, or the version put in front. */
	path: string;
}

/**
 * The operation a picked value means in a version. A spec path that carries a version is used
 * as it is; an unversioned one gets the version in front, so /v1 is never doubled.
 */
export function resolveOperation(
	spec: ParsedSpec,
	value: string,
	version: string,
): ResolvedOperation {
	const key = operationKey(value);
	const variants = spec.byKey.get(key);
	if (!variants) {
		throw new Error(`The spec has no operation "${key}"; pick the operation from the list again`);
	}
	const lower = version.toLowerCase();
	const exact = variants.find((v) => v.version !== undefined && v.version.toLowerCase() === lower);
	if (exact) return { operation: exact, path: exact.path };
	const plain = variants.find((v) => v.version === undefined);
	if (plain)
		return { operation: plain, path: version === '' ? plain.path : `/${version}${plain.path}` };
	const versions = variants.map((v) => v.version).join(', ');
	throw new Error(
		`The spec has "${key}" in ${versions} only, not in ${version === '' ? 'an unversioned route' : version}; set API Version to one of them`,
	);
}
