import { startSandbox } from '../../sandbox/server';
import type { Sandbox, SandboxOptions } from '../../sandbox/server';

/** One sandbox per test file, reset before each test; `onStart` receives it. */
export function useSandbox(
	onStart: (sandbox: Sandbox) => void,
	options: SandboxOptions = { rateLimits: false },
) {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox(options);
		onStart(sandbox);
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());
}
