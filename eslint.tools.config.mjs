import js from '@eslint/js';
import { globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// TypeScript rules for what does not ship: the sandbox, tests, benchmarks and scripts, which
// rightly use node:http, timers and process. What ships (package.json, nodes/, credentials/) is
// linted by eslint.config.mjs, n8n's unmodified default (README, "n8n Cloud verification").
export default tseslint.config(
	globalIgnores([
		'dist',
		'node_modules',
		'.cache',
		'bench/results',
		'test/e2e/artifacts',
		'coverage',
		'nodes',
		'credentials',
	]),
	{
		files: ['**/*.ts'],
		extends: [js.configs.recommended, tseslint.configs.recommended],
		rules: { 'prefer-spread': 'off' },
	},
	{
		// Tests load built files and JSON fixtures by computed paths.
		files: ['test/**/*.ts'],
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
