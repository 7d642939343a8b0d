import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodeType } from 'n8n-workflow';

import { composeResources } from '../../nodes/shared/operations';
import type { ResourceDefinition } from '../../nodes/shared/operations';

/**
 * Every action node is composed from `nodes/<Vendor>/resources`, one file per resource. These
 * checks hold for all of them, so a new vendor is covered without being named here.
 */
const root = join(__dirname, '..', '..', 'nodes');

interface ActionNode {
	vendor: string;
	node: INodeType;
	resources: ResourceDefinition[];
}

function actionNodes(): ActionNode[] {
	return readdirSync(root)
		.filter((vendor) => existsSync(join(root, vendor, 'resources', 'index.ts')))
		.map((vendor) => {
			const file = readdirSync(join(root, vendor)).find(
				(name) => name.endsWith('.node.ts') && !name.includes('Trigger'),
			);
			const NodeClass = Object.values(require(join(root, vendor, file!)))[0] as new () => INodeType;
			const resources = Object.values(
				require(join(root, vendor, 'resources')),
			) as ResourceDefinition[];
			return { vendor, node: new NodeClass(), resources };
		});
}

const nodes = actionNodes();

type Pair = [resource: string, operation: string];

function shownFor(property: INodeProperties, [resource, operation]: Pair): boolean {
	const show = property.displayOptions?.show ?? {};
	return (
		(show.resource as string[]).includes(resource) &&
		(show.operation as string[]).includes(operation)
	);
}

function offered(properties: INodeProperties[]): Pair[] {
	const resources = properties.find((p) => p.name === 'resource')!.options as Array<{
		value: string;
	}>;
	return resources.flatMap(({ value }) => {
		const picker = properties.find(
			(p) =>
				p.name === 'operation' &&
				(p.displayOptions?.show?.resource as string[] | undefined)?.includes(value),
		);
		return ((picker?.options ?? []) as Array<{ value: string }>).map((o): Pair => [value, o.value]);
	});
}

describe.each(nodes.map((n) => [n.vendor, n] as const))('%s action node', (_vendor, subject) => {
	const { properties, operations } = composeResources(subject.resources, '');
	const described = subject.node.description.properties;
	const pairs = offered(described);
	const fields = described.filter((p) => p.name !== 'resource' && p.name !== 'operation');

	it('is built from the resources folder, whole', () => {
		const strip = (list: INodeProperties[]) => list.filter((p) => p.name !== 'resource');
		expect(strip(described)).toEqual(strip(properties));
		expect(subject.resources.map((r) => r.value).sort()).toEqual(
			(described[0].options as Array<{ value: string }>).map((o) => o.value).sort(),
		);
	});

	it('has a request for every picker entry and a picker entry for every request', () => {
		const requests = Object.entries(operations).flatMap(([resource, byOperation]) =>
			Object.keys(byOperation).map((operation) => `${resource}.${operation}`),
		);
		expect(requests.sort()).toEqual(pairs.map(([r, o]) => `${r}.${o}`).sort());
		for (const [resource, operation] of pairs) {
			expect(typeof operations[resource][operation]).toBe('function');
		}
	});

	it('shows every field for an offered operation and names no other', () => {
		const known = new Set(pairs.map(([r, o]) => `${r}.${o}`));
		for (const field of fields) {
			const show = field.displayOptions?.show ?? {};
			const named = (show.resource as string[]).flatMap((r) =>
				(show.operation as string[]).map((o) => `${r}.${o}`),
			);
			expect({ field: field.name, unknown: named.filter((n) => !known.has(n)) }).toEqual({
				field: field.name,
				unknown: [],
			});
			expect(pairs.some((pair) => shownFor(field, pair))).toBe(true);
		}
	});

	it('shows each operation its fields in the order the operation lists them', () => {
		for (const resource of subject.resources) {
			for (const operation of resource.operations) {
				const shown = fields
					.filter((f) => shownFor(f, [resource.value, operation.value]))
					.map((f) => f.name);
				expect([resource.value, operation.value, shown]).toEqual([
					resource.value,
					operation.value,
					(operation.fields ?? []).map((f) => f.name),
				]);
			}
		}
	});

	it('shows on the canvas what the panel shows ("Get Many: Product")', () => {
		const expression = String(subject.node.description.subtitle);
		const match = /^=\{\{([\s\S]*)\}\}$/.exec(expression);
		expect(match).not.toBeNull();
		const subtitle = new Function('$parameter', `return (${match![1]});`) as (
			parameter: Record<string, string>,
		) => string;
		for (const resource of subject.resources) {
			for (const operation of resource.operations) {
				expect(subtitle({ resource: resource.value, operation: operation.value })).toBe(
					`${operation.name}: ${resource.name}`,
				);
			}
		}
	});

	it('names operations as n8n does, with one default per resource', () => {
		for (const resource of subject.resources) {
			const values = resource.operations.map((o) => o.value);
			expect(new Set(values).size).toBe(values.length);
			expect(resource.operations.filter((o) => o.isDefault)).toHaveLength(1);
			for (const { name, value, action } of resource.operations) {
				if (value === 'getAll') expect(name).toBe('Get Many');
				// Title Case names ("Get Many"), sentence-case actions ("Get many orders").
				expect(name).toMatch(/^[A-Z][\w-]*( (a|an|as|in|of|to|the|and|or|[A-Z][\w-]*))*$/);
				expect(action).toMatch(/^[A-Z][a-z]+( |$)/);
				expect(action.split(' ').slice(1).join(' ')).not.toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+/);
			}
		}
	});
});

it('finds every action node of the package', () => {
	expect(nodes.map((n) => n.vendor)).toEqual(expect.arrayContaining(['Picqer', 'RetailCrm']));
});
