/** Fast projects; the e2e suite (a real n8n) has its own config in test/e2e/. */
const base = {
	preset: 'ts-jest',
	testEnvironment: 'node',
};

module.exports = {
	projects: [
		{ ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
		{ ...base, displayName: 'nodes', testMatch: ['<rootDir>/test/nodes/**/*.test.ts'] },
		{ ...base, displayName: 'sandbox', testMatch: ['<rootDir>/test/sandbox/**/*.test.ts'] },
		{ ...base, displayName: 'package', testMatch: ['<rootDir>/test/package/**/*.test.ts'] },
		{ ...base, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.test.ts'] },
	],
};
