import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORKFLOWS_DIR = join(__dirname, '..', 'workflows');
const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'examples');

export interface WorkflowFile {
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string }>;
}

/**
 * A workflow file (test/e2e/workflows by default) with its `__NAME__` placeholders filled in; a
 * placeholder left without a value is an error, so a typo cannot reach n8n.
 */
export function loadWorkflow(
	file: string,
	values: Record<string, string>,
	dir = WORKFLOWS_DIR,
): WorkflowFile {
	const text = readFileSync(join(dir, file), 'utf8').replace(
		/__([A-Z0-9_]+)__/g,
		(placeholder, name: string) => {
			if (!(name in values)) throw new Error(`${file}: no value for ${placeholder}`);
			return values[name];
		},
	);
	return JSON.parse(text) as WorkflowFile;
}

/** Every example workflow shipped in examples/, ready to import. */
export function loadExamples(values: Record<string, string>): WorkflowFile[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => loadWorkflow(file, values, EXAMPLES_DIR));
}
