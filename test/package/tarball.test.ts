import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ICredentialType, INodeType } from 'n8n-workflow';

/** What users install: the tarball `npm pack` makes from the built package (run `npm run build` first). */
const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[]; credentials: string[] };
	dependencies?: object;
};

let unpacked: string;
let scratch: string;
let tarball: string;

beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'backoffice-tarball-'));
	const name = execFileSync(
		'npm',
		['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch],
		{
			cwd: root,
			encoding: 'utf8',
		},
	)
		.trim()
		.split('\n')
		.pop() as string;
	tarball = join(scratch, name);
	unpacked = join(scratch, 'node_modules', 'n8n-nodes-backoffice');
	mkdirSync(unpacked, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
	// n8n provides these two to community packages; nothing else may be needed at run time.
	for (const host of ['n8n-workflow', 'zod']) {
		symlinkSync(join(root, 'node_modules', host), join(scratch, 'node_modules', host), 'dir');
	}
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const load = (file: string) => {
	const exports = require(join(unpacked, file)) as Record<string, new () => unknown>;
	return Object.values(exports).map((Class) => new Class());
};

describe('the packed package', () => {
	it('has no runtime dependencies and ships only dist', () => {
		expect(manifest.dependencies).toBeUndefined();
		const shipped = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
		expect(
			shipped
				.split('\n')
				.filter((f) => f && !/^package\/(dist\/|package\.json|README\.md|LICENSE)/.test(f)),
		).toEqual([]);
	});

	it.each(manifest.n8n.nodes)('loads node %s with its icons', (file) => {
		const [node] = load(file) as INodeType[];
		expect(node.description.name).toMatch(/^[a-z][A-Za-z]+$/);
		expect(node.description.properties.length).toBeGreaterThan(0);
		const icon = node.description.icon as { light: string; dark: string };
		for (const variant of [icon.light, icon.dark]) {
			expect(existsSync(join(unpacked, file, '..', variant.replace(/^file:/, '')))).toBe(true);
		}
	});

	it.each(manifest.n8n.credentials)('loads credential %s with its icons and its test', (file) => {
		const [credential] = load(file) as ICredentialType[];
		expect(credential.name).toMatch(/Api$/);
		// A declarative test request, or a test method of every node that uses it (`testedBy`).
		const users = manifest.n8n.nodes
			.flatMap((node) => load(node) as INodeType[])
			.flatMap((node) =>
				(node.description.credentials ?? [])
					.filter((c) => c.name === credential.name)
					.map((c) => node.methods?.credentialTest?.[String(c.testedBy)]),
			);
		expect(credential.test !== undefined || (users.length > 0 && users.every(Boolean))).toBe(true);
		const icon = credential.icon as { light: string; dark: string };
		for (const variant of [icon.light, icon.dark]) {
			expect(existsSync(join(unpacked, file, '..', variant.replace(/^file:/, '')))).toBe(true);
		}
	});
});
