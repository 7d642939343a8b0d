import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

// n8n's node CLI calls a package eligible for n8n Cloud verification only with "strict": true in
// package.json and its default eslint.config.mjs unmodified (@n8n/node-cli,
// dist/commands/cloud-support.js); `npm run lint` lints with that config what n8n's verification
// scan lints (@n8n/scan-community-package: package.json, nodes/, credentials/).
describe('n8n Cloud verification', () => {
	it('n8n-node cloud-support calls the package eligible', () => {
		const status = execFileSync(
			process.execPath,
			[join(root, 'node_modules', '@n8n', 'node-cli', 'bin', 'n8n-node.mjs'), 'cloud-support'],
			{ cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
		);
		expect(status).toContain('Strict mode: enabled');
		expect(status).toContain('ESLint config: using default config');
		expect(status).toContain('Status: eligible for n8n Cloud verification');
	});
});
