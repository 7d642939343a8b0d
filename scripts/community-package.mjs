// Builds and packs this package, then installs the tarball into an n8n user folder the way
// n8n's community-package installer lays it out, so n8n loads it under the package's own name
// (node types `n8n-nodes-backoffice.<node>`) exactly as users get it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

async function packageName() {
	return JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')).name;
}

export async function buildPackage() {
	await execFileAsync('npm', ['run', 'build', '--silent'], {
		cwd: repoRoot,
		maxBuffer: 16 * 1024 * 1024,
	});
}

/** `npm pack` into a fresh temporary folder; returns the tarball's path. */
export async function packPackage() {
	const destination = await mkdtemp(join(tmpdir(), 'n8n-nodes-backoffice-pack-'));
	const { stdout } = await execFileAsync(
		'npm',
		['pack', '--silent', '--ignore-scripts', '--pack-destination', destination],
		{ cwd: repoRoot },
	);
	return join(destination, stdout.trim().split('\n').pop());
}

/** The folder n8n loads community packages from, inside an N8N_USER_FOLDER. */
function communityNodesDir(userFolder) {
	return join(userFolder, '.n8n', 'nodes', 'node_modules');
}

/** Replaces any earlier copy of the package in the user folder with the tarball's contents. */
export async function installTarball(tarball, userFolder) {
	const target = join(communityNodesDir(userFolder), await packageName());
	await rm(target, { recursive: true, force: true });
	await mkdir(target, { recursive: true });
	await execFileAsync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	return target;
}

/** Build, pack and install in one go; returns the installed folder. */
export async function installIntoUserFolder(userFolder, { build = true } = {}) {
	if (build) await buildPackage();
	const tarball = await packPackage();
	try {
		return await installTarball(tarball, userFolder);
	} finally {
		await rm(dirname(tarball), { recursive: true, force: true });
	}
}
