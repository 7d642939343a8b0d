import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodeType } from 'n8n-workflow';

/**
 * n8n's lint sorts collection fields and option lists of five or more entries by name, but it
 * reads only literals: lists composed from factories and spreads are checked here instead, with
 * the same rule (localeCompare; lists of numbers exempt).
 */
const MIN_ITEMS_TO_ALPHABETIZE = 5;
const root = join(__dirname, '..', '..', 'nodes');

const nodeFiles = readdirSync(root)
	.filter((vendor) => existsSync(join(root, vendor)) && vendor !== 'shared')
	.flatMap((vendor) =>
		readdirSync(join(root, vendor))
			.filter((file) => file.endsWith('.node.ts'))
			.map((file) => join(root, vendor, file)),
	);

type Entry = { name?: string; displayName?: string; value?: unknown };

function unsorted(properties: INodeProperties[], where: string, out: string[]) {
	for (const property of properties) {
		const options = (property.options ?? []) as Array<Entry & { values?: INodeProperties[] }>;
		const here = `${where} › ${property.displayName}`;
		const check = (names: string[]) => {
			if (names.length < MIN_ITEMS_TO_ALPHABETIZE) return;
			const sorted = [...names].sort((a, b) => a.localeCompare(b));
			if (names.join('|') !== sorted.join('|')) out.push(`${here}: ${names.join(', ')}`);
		};
		if (property.type === 'collection') {
			check(options.map((o) => String(o.displayName)));
			unsorted(options as INodeProperties[], here, out);
		} else if (property.type === 'fixedCollection') {
			for (const group of options) unsorted(group.values ?? [], here, out);
		} else if (property.type === 'options' || property.type === 'multiOptions') {
			if (!/^\d+$/.test(String(options[0]?.value ?? ''))) check(options.map((o) => String(o.name)));
		}
	}
}

describe.each(nodeFiles.map((file) => [file.slice(root.length + 1), file]))('%s', (_name, file) => {
	it('sorts collection fields and long option lists by name, as n8n lint does', () => {
		const NodeClass = Object.values(require(file))[0] as new () => INodeType;
		const description = new NodeClass().description;
		const out: string[] = [];
		unsorted(description.properties, description.displayName, out);
		expect(out).toEqual([]);
	});
});
