// The queue-mode project: n8n main + 2 workers (Redis, Postgres) run the packed package. Its own
// step in `npm test`, after the e2e suite; alone: `npx jest -c test/queue/jest.config.js`.
/** @type {import('jest').Config} */
module.exports = {
	displayName: 'queue',
	rootDir: '../..',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/queue/**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
	globalSetup: '<rootDir>/test/queue/global-setup.mjs',
	globalTeardown: '<rootDir>/test/queue/global-teardown.mjs',
	// A Picqer minute is a real minute here: the node paces by the profile's window.
	testTimeout: 600_000,
	maxWorkers: 1,
};
