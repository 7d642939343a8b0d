// Finds a Chromium for the editor check, installing Debian's package when possible. Where none
// can be had it exits non-zero: a browser check that cannot run must not pass.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return CANDIDATES.find((path) => existsSync(path));
}

function hasCommand(command) {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
	console.error(`[ensure-chromium] ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Returns the path of a Chromium binary or throws with what to do instead. */
export function ensureChromium() {
	const found = findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (hasCommand('apt-get') && isRoot) {
		run('apt-get', ['update']);
		run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
		const installed = findChromium();
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium found (looked at CHROMIUM_PATH and /usr/bin/chromium). Install it, e.g. ' +
			'`sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		console.log(ensureChromium());
	} catch (error) {
		console.error(`[ensure-chromium] ${error.message}`);
		process.exit(1);
	}
}
