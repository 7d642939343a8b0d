import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORKFLOWS_DIR = join(__dirname, '..', 'workflows');

/**
 * A workflow from test/e2e/workflows with its `__NAME__` placeholders filled in; a placeholder
 * left without a value is an error, so a typo cannot reach n8n.
 */
export function loadWorkflow(file: string, values: Record<string, string>): { id: string } {
	const text = readFileSync(join(WORKFLOWS_DIR, file), 'utf8').replace(
		/__([A-Z0-9_]+)__/g,
		(placeholder, name: string) => {
			if (!(name in values)) throw new Error(`${file}: no value for ${placeholder}`);
			return values[name];
		},
	);
	return JSON.parse(text) as { id: string };
}
