// A pinned n8n (and the Node 24 it needs) installed once into a cache folder outside the
// repository, so tests and `npm start` run the package in a real n8n while the project itself
// stays on the machine's Node. Usable as a module (ensureRuntime, paths) and as a CLI.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const N8N_VERSION = '2.40.7';
export const NODE_VERSION = '24.21.0';

const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');

export const runtimeDir =
	process.env.N8N_RUNTIME_DIR || join(cacheHome, 'n8n-nodes-backoffice', `n8n-${N8N_VERSION}`);
export const nodeDir = join(runtimeDir, 'node');
export const node24Bin = join(nodeDir, 'bin', 'node');
export const n8nDir = join(runtimeDir, 'n8n');
export const n8nBin = join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');

const markerFile = join(runtimeDir, 'complete.json');
const lockFile = join(runtimeDir, 'install.lock');
const expectedMarker = { n8n: N8N_VERSION, node: NODE_VERSION };

/** Environment for child processes that must run on the cached Node 24 (n8n, npm for n8n). */
export function runtimeEnv(extra = {}) {
	return {
		...process.env,
		PATH: `${join(nodeDir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
		...extra,
	};
}

function log(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

/** Runs a command; resolves with its stdout, rejects with the tail of its output. */
function run(command, args, options) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
		let stdout = '';
		let tail = '';
		const keep = (chunk) => {
			tail = (tail + chunk.toString()).slice(-8000);
		};
		child.stdout.on('data', (chunk) => {
			stdout += chunk.toString();
			keep(chunk);
		});
		child.stderr.on('data', keep);
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(stdout);
			else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${tail}`));
		});
	});
}

async function step(name, action) {
	const started = Date.now();
	log(`${name} ...`);
	try {
		await action();
	} catch (error) {
		throw new Error(`n8n runtime install failed at step "${name}": ${error.message}`);
	}
	log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function isComplete() {
	try {
		const marker = JSON.parse(await readFile(markerFile, 'utf8'));
		return (
			marker.n8n === expectedMarker.n8n &&
			marker.node === expectedMarker.node &&
			existsSync(node24Bin) &&
			existsSync(n8nBin)
		);
	} catch {
		return false;
	}
}

function processAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

// Several callers (a test run and `npm start`) may ask at once; only one installs.
async function acquireLock() {
	for (;;) {
		try {
			await writeFile(lockFile, String(process.pid), { flag: 'wx' });
			return;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const owner = Number(await readFile(lockFile, 'utf8').catch(() => '0'));
			if (!owner || !processAlive(owner)) {
				await rm(lockFile, { force: true });
				continue;
			}
			log(`waiting for the install running in process ${owner} ...`);
			await new Promise((resolve) => setTimeout(resolve, 5000));
		}
	}
}

function nodePackageName() {
	const platform = process.platform === 'win32' ? 'win' : process.platform;
	return `node-${platform}-${process.arch}`;
}

async function installNode() {
	await rm(nodeDir, { recursive: true, force: true });
	await mkdir(nodeDir, { recursive: true });
	const spec = `${nodePackageName()}@${NODE_VERSION}`;
	const packed = await run(
		'npm',
		['pack', spec, '--loglevel=error', '--pack-destination', runtimeDir],
		{
			cwd: runtimeDir,
		},
	);
	const tarball = join(runtimeDir, packed.trim().split('\n').pop());
	await run('tar', ['-xzf', tarball, '-C', nodeDir, '--strip-components=1'], {});
	await rm(tarball, { force: true });
	const version = (await run(node24Bin, ['--version'], {})).trim();
	if (version !== `v${NODE_VERSION}`) throw new Error(`unpacked node reports ${version}`);
}

async function installN8n() {
	await rm(n8nDir, { recursive: true, force: true });
	await mkdir(n8nDir, { recursive: true });
	await writeFile(
		join(n8nDir, 'package.json'),
		JSON.stringify({ name: 'n8n-runtime', private: true }, null, '\t'),
	);
	// Install scripts stay off: several optional packages fetch prebuilt binaries from the
	// internet. sqlite3 is the one n8n needs; it is compiled in the next step.
	await run(
		'npm',
		['install', '--ignore-scripts', '--no-audit', '--no-fund', `n8n@${N8N_VERSION}`],
		{ cwd: n8nDir, env: runtimeEnv() },
	);
}

async function buildSqlite() {
	await run('npm', ['rebuild', 'sqlite3'], {
		cwd: n8nDir,
		// Compile against Node 24's headers from the unpacked package instead of downloading them.
		env: runtimeEnv({ npm_config_nodedir: nodeDir, npm_config_ignore_scripts: 'false' }),
	});
	await run(node24Bin, ['-e', "new (require('sqlite3').Database)(':memory:').close()"], {
		cwd: join(n8nDir, 'node_modules', 'n8n'),
		env: runtimeEnv(),
	});
}

/** Installs the runtime unless a complete one is already cached; returns its paths. */
export async function ensureRuntime() {
	const paths = { runtimeDir, node24Bin, n8nBin, nodeDir };
	if (await isComplete()) return paths;
	await mkdir(runtimeDir, { recursive: true });
	await acquireLock();
	try {
		if (await isComplete()) return paths;
		const started = Date.now();
		log(`installing n8n ${N8N_VERSION} on Node ${NODE_VERSION} into ${runtimeDir}`);
		await rm(markerFile, { force: true });
		await step(`fetch Node ${NODE_VERSION} (${nodePackageName()})`, installNode);
		await step(`npm install n8n@${N8N_VERSION}`, installN8n);
		await step('npm rebuild sqlite3', buildSqlite);
		await writeFile(markerFile, JSON.stringify(expectedMarker, null, '\t'));
		log(`runtime ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		return paths;
	} finally {
		await rm(lockFile, { force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const started = Date.now();
	ensureRuntime().then(
		(paths) => {
			log(`n8n:  ${paths.n8nBin}`);
			log(`node: ${paths.node24Bin}`);
			log(`ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
		},
		(error) => {
			log(error.message);
			process.exit(1);
		},
	);
}
