// A pinned n8n (and the Node it needs) installed once into a cache folder outside the
// repository, so tests and `npm start` run the package in a real n8n while the project itself
// stays on the machine's Node. BACKOFFICE_N8N picks the n8n line: 2 (the default) or 1.
// Usable as a module (ensureRuntime, paths) and as a CLI.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One pinned n8n per supported line: its version, its Node, npm overrides, n8n settings. */
const RUNTIMES = {
	2: {
		n8n: '2.40.7',
		node: '24.21.0',
		overrides: {},
		// The MCP server registry module downloads a catalogue from api.n8n.io at start (1.x has
		// no such module and refuses the unknown name).
		env: { N8N_DISABLED_MODULES: 'mcp-registry' },
	},
	1: {
		n8n: '1.123.81',
		node: '20.20.2',
		// n8n-nodes-base 1.x depends on xlsx by a tarball URL on SheetJS's own CDN, outside the npm
		// registry; @e965/xlsx is the same SheetJS release published on npm.
		overrides: { xlsx: 'npm:@e965/xlsx@0.20.3' },
		// 1.x's `vm` expression engine needs isolated-vm, whose native build the install skips.
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
};

export const N8N_LINE = process.env.BACKOFFICE_N8N || '2';
const selected = RUNTIMES[N8N_LINE];
if (!selected) {
	throw new Error(
		`BACKOFFICE_N8N=${N8N_LINE}: no such n8n line (${Object.keys(RUNTIMES).join(', ')})`,
	);
}
export const N8N_VERSION = selected.n8n;
export const NODE_VERSION = selected.node;
/** Settings every n8n process of this line needs. */
export const N8N_LINE_ENV = selected.env;

const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');

export const runtimeDir =
	process.env.N8N_RUNTIME_DIR || join(cacheHome, 'n8n-nodes-backoffice', `n8n-${N8N_VERSION}`);
export const nodeDir = join(runtimeDir, 'node');
export const nodeBin = join(nodeDir, 'bin', 'node');
export const n8nDir = join(runtimeDir, 'n8n');
export const n8nBin = join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');

const markerFile = join(runtimeDir, 'complete.json');
const lockFile = join(runtimeDir, 'install.lock');
const expectedMarker = { n8n: N8N_VERSION, node: NODE_VERSION, overrides: selected.overrides };

/** Environment for child processes that must run on the cached Node (n8n, npm for n8n). */
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
			JSON.stringify(marker.overrides ?? {}) === JSON.stringify(expectedMarker.overrides) &&
			existsSync(nodeBin) &&
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
	const version = (await run(nodeBin, ['--version'], {})).trim();
	if (version !== `v${NODE_VERSION}`) throw new Error(`unpacked node reports ${version}`);
}

async function installN8n() {
	await rm(n8nDir, { recursive: true, force: true });
	await mkdir(n8nDir, { recursive: true });
	await writeFile(
		join(n8nDir, 'package.json'),
		JSON.stringify(
			{ name: 'n8n-runtime', private: true, overrides: selected.overrides },
			null,
			'\t',
		),
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
		// Compile against the unpacked Node's own headers instead of downloading them.
		env: runtimeEnv({ npm_config_nodedir: nodeDir, npm_config_ignore_scripts: 'false' }),
	});
	await run(nodeBin, ['-e', "new (require('sqlite3').Database)(':memory:').close()"], {
		cwd: join(n8nDir, 'node_modules', 'n8n'),
		env: runtimeEnv(),
	});
}

/** Installs the runtime unless a complete one is already cached; returns its paths. */
export async function ensureRuntime() {
	const paths = { runtimeDir, nodeBin, n8nBin, nodeDir };
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
			log(`node: ${paths.nodeBin}`);
			log(`ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
		},
		(error) => {
			log(error.message);
			process.exit(1);
		},
	);
}
