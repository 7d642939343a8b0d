import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodeType } from 'n8n-workflow';

/** Every trigger whose subtitle names a choice shows that choice's name, not its value. */
const root = join(__dirname, '..', '..', 'nodes');
const triggers = readdirSync(root)
	.filter((vendor) => vendor !== 'shared')
	.flatMap((vendor) =>
		readdirSync(join(root, vendor))
			.filter((file) => file.endsWith('Trigger.node.ts'))
			.map((file) => join(root, vendor, file)),
	)
	.map((file) => new (Object.values(require(file))[0] as new () => INodeType)())
	.filter((node) => /\.map\(\(value\)/.test(String(node.description.subtitle)));

function evaluate(subtitle: string, parameters: Record<string, unknown>): string {
	const body = /^=\{\{([\s\S]*)\}\}$/.exec(subtitle)![1];
	return String(new Function('$parameter', `return (${body});`)(parameters));
}

describe.each(triggers.map((node) => [node.description.displayName, node] as const))(
	'%s',
	(_name, node) => {
		it('shows the names of the chosen options on the canvas', () => {
			const choice = node.description.properties.find(
				(p): p is INodeProperties =>
					(p.type === 'options' || p.type === 'multiOptions') &&
					String(node.description.subtitle).includes(`"${p.name}"`),
			)!;
			const options = choice.options as Array<{ name: string; value: string | number }>;
			const picked = options.slice(0, 2);
			const value = choice.type === 'multiOptions' ? picked.map((o) => o.value) : picked[0].value;
			const expected = (choice.type === 'multiOptions' ? picked : [picked[0]])
				.map((o) => o.name)
				.join(', ');
			expect(evaluate(String(node.description.subtitle), { [choice.name]: value })).toBe(expected);
		});
	},
);

it('covers the webhook and polling triggers that name a choice', () => {
	expect(triggers.map((node) => node.description.name).sort()).toEqual(
		expect.arrayContaining(['pelcroTrigger', 'picqerTrigger', 'retailCrmTrigger']),
	);
});
