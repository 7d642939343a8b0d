import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as yaml from 'js-yaml';

import { parseYaml, YamlError } from '../../nodes/OpenApiService/spec/yaml';

const root = join(__dirname, '..', '..');
const examples = dirname(require.resolve('@readme/oas-examples/package.json'));

function filesUnder(folder: string): string[] {
	const out = execFileSync('find', [folder, '-name', '*.yaml', '-o', '-name', '*.yml'], {
		encoding: 'utf8',
	});
	return out
		.split('\n')
		.filter((line) => line !== '')
		.sort();
}

/**
 * js-yaml with the YAML 1.2 core schema (the types our reader gives plain scalars) and merge
 * keys, which our reader resolves too; dates stay text, as in JSON.
 */
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types;
const schema = yaml.CORE_SCHEMA.extend({ implicit: [merge] });
const oracle = (text: string) => yaml.load(text, { schema });

describe('the YAML reader against js-yaml', () => {
	const specs = filesUnder(examples);

	it("has real specs to read (ReadMe's OpenAPI 2.0, 3.0 and 3.1 examples)", () => {
		expect(specs.length).toBeGreaterThanOrEqual(50);
	});

	it.each(specs.map((file) => [relative(examples, file), file]))(
		'reads %s as js-yaml does',
		(_name, file) => {
			const text = readFileSync(file, 'utf8');
			expect(parseYaml(text)).toEqual(oracle(text));
		},
	);

	it('reads every other YAML file the installed packages ship as js-yaml does', () => {
		const others = filesUnder(join(root, 'node_modules')).filter((f) => !f.startsWith(examples));
		let compared = 0;
		for (const file of others) {
			const text = readFileSync(file, 'utf8');
			let expected: unknown;
			try {
				expected = oracle(text);
			} catch {
				continue;
			}
			expect({ file, value: parseYaml(text) }).toEqual({ file, value: expected });
			compared++;
		}
		expect(compared).toBeGreaterThan(50);
	});
});

describe('YAML constructs specs use', () => {
	it.each([
		[
			'literal block, kept and stripped newlines',
			'a: |\n  one\n   two\n\n  three\nb: |-\n  x\n\nc: |+\n  y\n\nd: 1\n',
		],
		['folded block with more-indented lines', 'a: >\n  one\n  two\n\n    code\n  three\n'],
		['explicit indentation', 'a: |2\n    four\n  two\n'],
		[
			'quoted scalars and escapes',
			`a: 'it''s'\nb: "tab\\tnew\\nline \\u00e9 \\x41 \\"q\\""\nc: "folded\n  line"\n`,
		],
		[
			'flow collections, nested and multi-line',
			'a: [1, two, {x: 3, "y": [4]}]\nb: {k: v,\n  l: [a,\n  b]}\nc: []\nd: {}\n',
		],
		[
			'core schema scalars',
			'a: ~\nb: Null\nc: TRUE\nd: 0x1F\ne: 0o17\nf: -12\ng: 1.5e3\nh: .inf\ni: -.Inf\nj: 2024-01-01\nk: 1_000\nl: 010\n',
		],
		[
			'comments everywhere',
			'# head\na: 1 # one\n# between\nb:\n  # inside\n  - x # item\n  - "y#z"\nc: d#e\n',
		],
		['compact sequences under keys', 'a:\n- 1\n- k: v\n  l: w\nb:\n  - - x\n    - y\n'],
		[
			'tags and document markers',
			'%YAML 1.2\n---\na: !!str 123\nb: !!int "7"\nc: !!float 1\n...\n',
		],
		[
			'plain multi-line text',
			'description: This is\n  a long line\n\n  with a break\nnext: value\n',
		],
		['keys that are numbers or quoted', '200:\n  ok: true\n"x: y": 1\n\'a b\': 2\n1.10: v\n'],
	])('%s', (_name, text) => {
		expect(parseYaml(text)).toEqual(oracle(text));
	});

	it('resolves anchors, aliases and merge keys as js-yaml does', () => {
		const text = 'base: &b\n  a: 1\n  b: 2\nother:\n  <<: *b\n  b: 3\nlist: [*b, *b]\n';
		expect(parseYaml(text)).toEqual(oracle(text));
	});

	it('keeps "__proto__" a plain key, never the prototype', () => {
		const value = parseYaml('__proto__:\n  polluted: true\n') as Record<string, unknown>;
		expect(Object.keys(value)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('YAML errors say where the text broke', () => {
	const where = (text: string) => {
		try {
			parseYaml(text);
		} catch (error) {
			const e = error as YamlError;
			return { line: e.line, column: e.column, reason: e.reason };
		}
		throw new Error('parsed');
	};

	it.each([
		['bad indentation', 'a:\n  b: 1\n   c: 2\n', 3, /bad indentation/],
		['unterminated quote', 'a: "open\nb: 1\n', 1, /unterminated/],
		['duplicate key', 'a: 1\nb: 2\na: 3\n', 3, /duplicated mapping key "a"/],
		['tab indentation', 'a:\n\tb: 1\n', 2, /tab/],
		['two documents', 'a: 1\n---\nb: 2\n', 2, /second document/],
		['an unknown alias', 'a: *nope\n', 1, /unknown alias \*nope/],
		['a mapping on a key line', 'a: b: c\n', 1, /mapping cannot start/],
		['an unclosed flow sequence', 'a: [1, 2\n', 1, /unclosed "\["/],
		['an unknown tag', 'a: !custom x\n', 1, /unknown tag !custom/],
	])('%s', (_name, text, line, reason) => {
		const found = where(text);
		expect(found.line).toBe(line);
		expect(found.reason).toMatch(reason);
		expect(() => oracle(text)).toThrow();
	});

	it('refuses explicit "?" keys, which no spec needs, rather than misread them', () => {
		expect(where('? a\n: b\n')).toEqual({
			line: 1,
			column: 1,
			reason: expect.stringMatching(/explicit/),
		});
	});
});
