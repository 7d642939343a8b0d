import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Operation, OperationMap } from './executor';

/** One resource of an action node: what the user sees and what each operation sends. */
export interface Resource {
	name: string;
	value: string;
	description?: string;
	operations: INodeProperties;
	fields: INodeProperties[];
	requests: Record<string, Operation>;
}

/** The Resource picker, every resource's fields, and the map the executor runs. */
export function composeResources(resources: Resource[], defaultResource: string) {
	const picker: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources
			.map(
				(r): INodePropertyOptions => ({ name: r.name, value: r.value, description: r.description }),
			)
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultResource,
	};
	const properties = [picker, ...resources.flatMap((r) => [r.operations, ...r.fields])];
	const operations: OperationMap = Object.fromEntries(resources.map((r) => [r.value, r.requests]));
	return { properties, operations };
}
