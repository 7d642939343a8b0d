// The one test command (`npm test`): build, lint, type check, the fast jest projects, then the end-to-end
// suite in a real n8n. Each step prints its duration; the first failure stops the run.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');

const steps = [
	['build', 'npm', ['run', 'build', '--silent']],
	['lint', 'npm', ['run', 'lint', '--silent']],
	// jest transpiles without type checks, so the tests, sandbox and scripts are checked here.
	[
		'type check',
		process.execPath,
		[join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit'],
	],
	[
		'unit, node, sandbox and package tests',
		process.execPath,
		[jest, '--selectProjects', 'unit', 'nodes', 'sandbox', 'package', 'reliability'],
	],
	['end-to-end tests in n8n', process.execPath, [jest, '-c', 'test/e2e/jest.config.js']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
	const stepStart = Date.now();
	console.log(`\n▶ ${name}`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`✖ ${name} failed after ${seconds} s`);
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
