// Redis and Postgres for n8n's queue mode, for the queue-mode test: Debian's packages, installed
// once (`apt-get install redis-server postgresql`, skipped when present), then a private
// instance of each on loopback, on a free port, with its data in a temporary folder. The system
// services the packages bring are never used or touched.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort } from './n8n-env.mjs';

const execFileAsync = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where Debian puts a Postgres major version's programs; the newest installed one. */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((name) => existsSync(join(root, name, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : undefined;
}

function redisServer() {
	return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((file) => existsSync(file));
}

const isRoot = () => process.getuid?.() === 0;

/** Installs Redis and Postgres from Debian's packages unless both are there already. */
export function ensureQueueServices() {
	if (!redisServer() || !postgresBin()) {
		if (!existsSync('/usr/bin/apt-get')) {
			throw new Error(
				'Redis and Postgres are missing and this is not a Debian system (no apt-get)',
			);
		}
		const sudo = isRoot() ? [] : ['sudo', '-n'];
		const run = (args) => {
			const [command, ...rest] = [...sudo, 'apt-get', ...args];
			const result = spawnSync(command, rest, {
				stdio: 'inherit',
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			});
			if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
		};
		run(['update']);
		run(['install', '-y', '--no-install-recommends', 'redis-server', 'postgresql']);
	}
	const redis = redisServer();
	const postgres = postgresBin();
	if (!redis || !postgres) throw new Error('apt-get did not install redis-server and postgresql');
	return { redisServer: redis, postgresBin: postgres };
}

/**
 * Postgres refuses to run as root; Debian's package creates the `postgres` user, which then
 * owns the data folder and runs the server.
 */
function asPostgresUser(command, args) {
	return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

async function until(what, probe, ms = 60_000) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (await probe()) return;
		await sleep(200);
	}
	throw new Error(`${what} did not start within ${ms / 1000} s`);
}

function redisAnswers(port) {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.setTimeout(1000);
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			socket.destroy();
			resolve(data.toString().startsWith('+PONG'));
		});
		socket.once('error', () => resolve(false));
		socket.once('timeout', () => {
			socket.destroy();
			resolve(false);
		});
	});
}

function stopped(child) {
	return child.exitCode !== null || child.signalCode !== null
		? Promise.resolve()
		: new Promise((resolve) => child.once('exit', resolve));
}

/**
 * Starts a private Redis and Postgres (with an empty database `n8n`, user `n8n`, no password:
 * trust on loopback only) and returns how to reach them, and `stop()`, which ends both and
 * removes their data.
 */
export async function startQueueServices() {
	const { redisServer: redisBin, postgresBin: pgBin } = ensureQueueServices();
	const folder = mkdtempSync(join(tmpdir(), 'n8n-queue-services-'));
	const redisPort = await freePort();
	const redis = spawn(
		redisBin,
		[
			'--port',
			String(redisPort),
			'--bind',
			'127.0.0.1',
			'--dir',
			folder,
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
		],
		{ stdio: 'ignore' },
	);

	const data = join(folder, 'postgres');
	const pgPort = await freePort();
	let postgres;
	const stop = async () => {
		if (postgres) {
			// As its own user (runuser would not pass a signal on): nothing here needs keeping.
			const [pgCtl, args] = asPostgresUser(join(pgBin, 'pg_ctl'), [
				'-D',
				data,
				'stop',
				'-m',
				'immediate',
			]);
			await execFileAsync(pgCtl, args).catch(() => undefined);
			await Promise.race([stopped(postgres), sleep(10_000)]);
		}
		redis.kill('SIGTERM');
		await Promise.race([stopped(redis), sleep(10_000)]);
		rmSync(folder, { recursive: true, force: true });
	};
	try {
		if (isRoot()) {
			const { uid, gid } = await postgresIds();
			chownSync(folder, uid, gid);
		}
		const [initdb, initArgs] = asPostgresUser(join(pgBin, 'initdb'), [
			'-D',
			data,
			'-U',
			'n8n',
			'--auth=trust',
			'--encoding=UTF8',
			'--no-sync',
		]);
		await execFileAsync(initdb, initArgs);
		const [server, serverArgs] = asPostgresUser(join(pgBin, 'postgres'), [
			'-D',
			data,
			'-p',
			String(pgPort),
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			`unix_socket_directories=${data}`,
			// A throwaway database: durability only costs time here.
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
		]);
		postgres = spawn(server, serverArgs, { stdio: 'ignore' });
		const pgReady = () =>
			execFileAsync(join(pgBin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(pgPort)]).then(
				() => true,
				() => false,
			);
		await until('Postgres', pgReady);
		await execFileAsync(join(pgBin, 'createdb'), [
			'-h',
			'127.0.0.1',
			'-p',
			String(pgPort),
			'-U',
			'n8n',
			'n8n',
		]);
		await until('Redis', () => redisAnswers(redisPort));
	} catch (error) {
		await stop();
		throw error;
	}
	return {
		redis: { host: '127.0.0.1', port: redisPort },
		postgres: { host: '127.0.0.1', port: pgPort, user: 'n8n', database: 'n8n' },
		stop,
	};
}

async function postgresIds() {
	const { stdout: uid } = await execFileAsync('id', ['-u', 'postgres']);
	const { stdout: gid } = await execFileAsync('id', ['-g', 'postgres']);
	return { uid: Number(uid), gid: Number(gid) };
}

// `node scripts/queue-services.mjs` installs the packages only, e.g. for a CI cache step.
if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
	const found = ensureQueueServices();
	console.log(`redis-server: ${found.redisServer}\npostgres: ${found.postgresBin}`);
}
