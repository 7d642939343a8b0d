// Writes the README's table of nodes and operations from the built node descriptions, so the
// table cannot drift from the code. `npm run docs` after `npm run build`; a test checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

/** A long event list is summed up by the groups its event names start with. */
function eventSummary(all) {
	// The wildcard (`*`) is a choice, not an event.
	const options = all.filter((o) => o.value !== '*');
	if (options.length <= 8) return options.map((o) => o.name).join(', ');
	// `orders.created` belongs to "orders"; a snake_case name such as `invoice_paid` to "invoice".
	const group = (value) => (value.includes('.') ? value.split('.')[0] : value.split('_')[0]);
	const groups = [...new Set(options.map((o) => group(String(o.value)).replace(/_/g, ' ')))];
	return `${options.length} events on ${groups.join(', ')}`;
}

function rows(description) {
	const props = description.properties;
	const resource = props.find((p) => p.name === 'resource');
	if (!resource) {
		const events = props.find((p) => p.name === 'events' || p.name === 'event');
		const how = description.polling ? 'Polling trigger' : 'Webhook trigger';
		const what = events ? eventSummary(events.options) : '';
		return [`| ${description.displayName} | ${how} | ${what} |`];
	}
	// Pickers filled at design time (from a spec the user gives) have no options to list.
	if (!resource.options) {
		const events = props.find((p) => p.name === 'event');
		const how = description.polling ? 'Polling trigger' : 'Loaded from the spec';
		const what = events
			? `${events.options.map((o) => o.name).join(', ')}, on any list operation of the spec`
			: "Every operation of the user's OpenAPI spec, grouped by its tags";
		return [`| ${description.displayName} | ${how} | ${what} |`];
	}
	return resource.options.map((option) => {
		const operation = props.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(option.value),
		);
		const names = operation ? operation.options.map((o) => o.name).join(', ') : '';
		return `| ${description.displayName} | ${option.name} | ${names} |`;
	});
}

export function operationsTable() {
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const lines = ['| Node | Resource | Operations |', '| --- | --- | --- |'];
	for (const file of manifest.n8n.nodes) {
		for (const NodeClass of Object.values(require(join(root, file)))) {
			lines.push(...rows(new NodeClass().description));
		}
	}
	return lines.join('\n');
}

export function readmeWithTable(readme) {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start === -1 || end === -1) throw new Error(`README.md needs ${START} and ${END} markers`);
	return `${readme.slice(0, start + START.length)}\n${operationsTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const file = join(root, 'README.md');
	writeFileSync(file, readmeWithTable(readFileSync(file, 'utf8')));
	console.log('README.md operations table updated');
}
