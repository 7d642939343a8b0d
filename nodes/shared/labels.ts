import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

type Option = NonNullable<INodeProperties['options']>[number];

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	const resources = show?.resource as string[] | undefined;
	const operations = show?.operation as string[] | undefined;
	return (
		(!resources || resources.includes(resource)) && (!operations || operations.includes(operation))
	);
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
