// The e2e project: a real n8n (installed by the global setup) runs the packed package.
// Run alone with `npx jest -c test/e2e/jest.config.js`, or list it in a root config's projects.
/** @type {import('jest').Config} */
module.exports = {
	displayName: 'e2e',
	rootDir: '../..',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
	globalSetup: '<rootDir>/test/e2e/global-setup.mjs',
	globalTeardown: '<rootDir>/test/e2e/global-teardown.mjs',
	// Each test file drives n8n processes that take seconds to start.
	testTimeout: 300_000,
	// n8n processes are heavy; one test file at a time keeps timings stable on small machines.
	maxWorkers: 1,
};
