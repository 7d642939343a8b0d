import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('README', () => {
	it('lists exactly the nodes and operations the built package has (npm run docs)', () => {
		const table = execFileSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				"import('./scripts/operations-table.mjs').then((m) => process.stdout.write(m.operationsTable()))",
			],
			{ cwd: root, encoding: 'utf8' },
		);
		expect(table.split('\n').length).toBeGreaterThan(3);
		// Prettier pads the columns; compare the cells.
		const cells = (text: string) => text.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
		expect(cells(readFileSync(join(root, 'README.md'), 'utf8'))).toContain(cells(table));
	});

	it('gives the test command that CI runs', () => {
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		expect(readme).toContain('npm install\nnpm test');
		expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/^npm install\nnpm test$/m);
	});
});
