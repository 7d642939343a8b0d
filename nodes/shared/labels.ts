import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

type Option = NonNullable<INodeProperties['options']>[number];

type Condition = { _cnd: Record<string, unknown> };

/** One of n8n's display conditions (`{ _cnd: { endsWith: '#list' } }`) against a value. */
function meets(condition: Condition['_cnd'], value: string): boolean {
	const [[kind, expected]] = Object.entries(condition);
	switch (kind) {
		case 'eq':
			return value === expected;
		case 'not':
			return value !== expected;
		case 'startsWith':
			return value.startsWith(String(expected));
		case 'endsWith':
			return value.endsWith(String(expected));
		case 'includes':
			return value.includes(String(expected));
		case 'regex':
			return new RegExp(String(expected)).test(value);
		default:
			return true;
	}
}

function allows(values: unknown[] | undefined, value: string): boolean {
	if (!values) return true;
	return values.some((entry) =>
		entry !== null && typeof entry === 'object' && '_cnd' in entry
			? meets((entry as Condition)._cnd, value)
			: entry === value,
	);
}

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	return allows(show?.resource, resource) && allows(show?.operation, operation);
}

function isField(option: Option): option is INodeProperties {
	return 'type' in option && 'displayName' in option;
}

function collect(labels: Record<string, string>, fields: Array<INodeProperties | Option>) {
	for (const field of fields) {
		if ('values' in field) {
			collect(labels, (field as INodePropertyCollection).values);
			continue;
		}
		if (!isField(field)) continue;
		labels[field.name] ??= field.displayName;
		if ((field.type === 'collection' || field.type === 'fixedCollection') && field.options) {
			collect(labels, field.options);
		}
	}
}

/**
 * The label users see for each parameter of one resource and operation, nested collection
 * fields included, so an input error names "VAT Group Name or ID" rather than "idvatgroup".
 */
export function fieldLabels(
	properties: INodeProperties[],
	resource: string,
	operation: string,
): Record<string, string> {
	const labels: Record<string, string> = {};
	collect(
		labels,
		properties.filter((property) => shownFor(property, resource, operation)),
	);
	return labels;
}
