import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import type { VendorCase } from './vendorCase';

/** Values that would climb out of, split, or end a path segment if not encoded. */
export const HOSTILE_SEGMENTS = ['../x', 'a/b', '%2e%2e', '..', 'ü/../é', '1?x=1#y'];

export interface IdWalkCase {
	resource: string;
	operation: string;
	field: INodeProperties;
	parameters: INodeParameters;
}

function shownFor(property: INodeProperties, resource: string, operation: string) {
	const show = property.displayOptions?.show ?? {};
	const allows = (name: string, value: string) =>
		show[name] === undefined || (show[name] as unknown[]).includes(value);
	return allows('resource', resource) && allows('operation', operation);
}

/** Fields that name one record: they go into paths, so each gets the hostile values. */
const isIdField = (property: INodeProperties) =>
	/(Id|^id\w*)$/.test(property.name) &&
	['string', 'options', 'resourceLocator'].includes(property.type);

/** A harmless value for every other field, so only the id under test can fail. */
function filler(property: INodeProperties): unknown {
	if (isIdField(property)) return '1';
	switch (property.type) {
		case 'string':
			return property.name.toLowerCase().includes('color') ? '#336699' : 'x';
		case 'number':
			return 1;
		case 'dateTime':
			return '2024-05-01T10:00:00';
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '1' };
		default:
			return property.default;
	}
}

/** The other settings that show the field, e.g. "receive for: supplier". */
function conditions(property: INodeProperties): INodeParameters {
	const show = property.displayOptions?.show ?? {};
	return Object.fromEntries(
		Object.entries(show)
			.filter(([name]) => name !== 'resource' && name !== 'operation')
			.map(([name, values]) => [name, (values as unknown[])[0]]),
	) as INodeParameters;
}

/** Every (resource, operation, id field) of the node, with every other field filled in. */
export function idWalk(vendor: VendorCase): IdWalkCase[] {
	const properties = vendor.nodeType.description.properties;
	const cases: IdWalkCase[] = [];
	for (const [resource, operations] of Object.entries(vendor.operations)) {
		for (const operation of Object.keys(operations)) {
			const shown = properties.filter(
				(p) => shownFor(p, resource, operation) && !['resource', 'operation'].includes(p.name),
			);
			const base: INodeParameters = { resource, operation };
			for (const property of shown) base[property.name] = filler(property) as never;
			const seen = new Set<string>();
			for (const field of shown.filter(isIdField)) {
				if (seen.has(field.name)) continue;
				seen.add(field.name);
				cases.push({ resource, operation, field, parameters: { ...base, ...conditions(field) } });
			}
		}
	}
	return cases;
}
