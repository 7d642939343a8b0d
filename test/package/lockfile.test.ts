import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The whitespace before the first key: how the file is indented. */
const indentOf = (file: string) =>
	/^\{\r?\n([ \t]+)"/.exec(readFileSync(join(root, file), 'utf8'))?.[1];

describe('package-lock.json', () => {
	// npm writes the lockfile with package.json's indentation (arborist's reify keeps
	// `package[Symbol.for('indent')]`), so any other indentation is rewritten by `npm install`
	// and leaves a fresh clone dirty.
	it('is indented like package.json, so npm install leaves it unchanged', () => {
		expect(indentOf('package.json')).toBe('\t');
		expect(indentOf('package-lock.json')).toBe(indentOf('package.json'));
	});
});
