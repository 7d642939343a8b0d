import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Operation, OperationMap } from './executor';

/**
 * One operation of an action node, whole: its picker entry, its fields and what it sends.
 * The fields carry no resource or operation display rules; composeResources injects them.
 */
export interface OperationDefinition {
	value: string;
	name: string;
	/** n8n's action text, in sentence case: "Get many orders". */
	action: string;
	description?: string;
	/** The operation picked when the user picks its resource; one per resource. */
	isDefault?: true;
	/**
	 * The fields of this operation in form order. A field object listed by several operations of
	 * one resource becomes one property shown for all of them.
	 */
	fields?: INodeProperties[];
	run: Operation;
}

/** One resource of an action node: its picker entry and its operations. */
export interface ResourceDefinition {
	name: string;
	value: string;
	description?: string;
	operations: OperationDefinition[];
}

/** Display conditions of a field, as n8n's `displayOptions.show` holds them. */
export type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function operationPicker(resource: ResourceDefinition): INodeProperties {
	const defaultOperation = (resource.operations.find((o) => o.isDefault) ?? resource.operations[0])
		.value;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations
			.map(
				({ name, value, action, description }): INodePropertyOptions => ({
					name,
					value,
					action,
					...(description ? { description } : {}),
				}),
			)
			.sort(byName),
		default: defaultOperation,
	};
}

/**
 * The fields of a resource in one order that keeps every operation's own order. A field shared
 * by Create and Update (custom fields after Additional Fields in one, after Update Fields in the
 * other) cannot simply stand where it first appears, so each field waits for the fields listed
 * before it; among the ready ones, the first listed goes first.
 */
function formOrder(resource: ResourceDefinition, fields: INodeProperties[]): INodeProperties[] {
	const before = new Map(fields.map((field) => [field, new Set<INodeProperties>()]));
	for (const operation of resource.operations) {
		const listed = operation.fields ?? [];
		for (let i = 1; i < listed.length; i++) before.get(listed[i])!.add(listed[i - 1]);
	}
	const pending = [...fields];
	const placed = new Set<INodeProperties>();
	while (pending.length > 0) {
		const next = pending.findIndex((field) => [...before.get(field)!].every((f) => placed.has(f)));
		if (next === -1) {
			const names = pending.map((field) => field.name).join(', ');
			throw new Error(`The operations of ${resource.name} list ${names} in conflicting orders`);
		}
		placed.add(pending.splice(next, 1)[0]);
	}
	return [...placed];
}

/**
 * n8n lists a collection's fields by name (its lint asks for that order); composed collections
 * (address blocks spread into Additional Fields) get it here.
 */
function sortedCollection(field: INodeProperties): INodeProperties {
	if (field.type !== 'collection' || !field.options) return field;
	const options = (field.options as INodeProperties[]).map(sortedCollection);
	return {
		...field,
		options: options.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** Each distinct field object of a resource, with the operations that list it. */
function fieldsOf(resource: ResourceDefinition): INodeProperties[] {
	const users = new Map<INodeProperties, string[]>();
	for (const operation of resource.operations) {
		for (const field of operation.fields ?? []) {
			const values = users.get(field) ?? [];
			values.push(operation.value);
			users.set(field, values);
		}
	}
	return formOrder(resource, [...users.keys()]).map((field) => ({
		...sortedCollection(field),
		displayOptions: {
			...field.displayOptions,
			show: {
				resource: [resource.value],
				operation: users.get(field)!,
				...field.displayOptions?.show,
			},
		},
	}));
}

/** The Resource picker, each resource's Operation picker and fields, and the executor's map. */
export function composeResources(resources: ResourceDefinition[], defaultResource: string) {
	const picker: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources
			.map(({ name, value, description }): INodePropertyOptions => ({ name, value, description }))
			.sort(byName),
		default: defaultResource,
	};
	const properties = [
		picker,
		...resources.flatMap((resource) => [operationPicker(resource), ...fieldsOf(resource)]),
	];
	const operations: OperationMap = Object.fromEntries(
		resources.map((resource) => [
			resource.value,
			Object.fromEntries(resource.operations.map((operation) => [operation.value, operation.run])),
		]),
	);
	return { properties, operations, subtitle: subtitleOf(resources) };
}

/**
 * The canvas subtitle: what the panel shows ("Get Many: Product"), not the internal values, as a
 * lookup n8n evaluates per node.
 */
export function subtitleOf(resources: ResourceDefinition[]): string {
	const names = Object.fromEntries(
		resources.flatMap((resource) =>
			resource.operations.map((operation) => [
				`${resource.value}:${operation.value}`,
				`${operation.name}: ${resource.name}`,
			]),
		),
	);
	return `={{ (${JSON.stringify(names)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}

/**
 * A trigger's canvas subtitle: the names of the chosen options (one value or several), as the
 * panel shows them, instead of their internal values.
 */
export function choiceSubtitle(parameter: string, options: INodePropertyOptions[]): string {
	const names = Object.fromEntries(options.map((option) => [String(option.value), option.name]));
	return `={{ [].concat($parameter[${JSON.stringify(parameter)}]).map((value) => (${JSON.stringify(names)})[value] || value).join(", ") }}`;
}
