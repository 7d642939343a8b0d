// The one test command (`npm test`): build, lint, type check, the fast jest projects, the
// end-to-end suite in a real n8n, then n8n in queue mode (main + 2 workers on Redis and Postgres,
// a few minutes of real rate-limit windows). Each step prints its duration; the first failure
// stops the run.
// The last line sums up every jest test that ran, as "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const reports = mkdtempSync(join(tmpdir(), 'backoffice-test-'));

/** A jest run that also writes its counts where the summary can read them. */
const jestStep = (name, report, args) => [
	name,
	process.execPath,
	[jest, ...args, '--json', '--outputFile', join(reports, `${report}.json`)],
];

const steps = [
	['build', 'npm', ['run', 'build', '--silent']],
	['lint', 'npm', ['run', 'lint', '--silent']],
	// jest transpiles without type checks, so the tests, sandbox and scripts are checked here.
	['type check', process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit']],
	jestStep('unit, node, sandbox, package and reliability tests', 'fast', [
		'--selectProjects',
		'unit',
		'nodes',
		'sandbox',
		'package',
		'reliability',
	]),
	jestStep('end-to-end tests in n8n', 'e2e', ['-c', 'test/e2e/jest.config.js']),
	jestStep('queue mode in n8n: main + 2 workers', 'queue', ['-c', 'test/queue/jest.config.js']),
];

function summary() {
	let passed = 0;
	let failed = 0;
	for (const report of ['fast', 'e2e', 'queue']) {
		const file = join(reports, `${report}.json`);
		if (!existsSync(file)) continue;
		const counts = JSON.parse(readFileSync(file, 'utf8'));
		passed += counts.numPassedTests;
		failed += counts.numFailedTests;
	}
	rmSync(reports, { recursive: true, force: true });
	return `tests: ${passed} passed, ${failed} failed`;
}

const started = Date.now();
for (const [name, command, args] of steps) {
	const stepStart = Date.now();
	console.log(`\n▶ ${name}`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`✖ ${name} failed after ${seconds} s`);
		console.log(summary());
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(summary());
