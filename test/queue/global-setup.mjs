// Runs once before the queue-mode test: the pinned n8n, this package built, packed and installed
// into the user folder every n8n process of the test shares (as a queue-mode deployment shares
// it), and a private Redis and Postgres (scripts/queue-services.mjs).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildPackage, installTarball, packPackage } from '../../scripts/community-package.mjs';
import { n8nBaseEnv } from '../../scripts/n8n-env.mjs';
import { ensureRuntime, N8N_VERSION } from '../../scripts/n8n-runtime.mjs';
import { startQueueServices } from '../../scripts/queue-services.mjs';

export default async function globalSetup() {
	const { nodeBin, n8nBin } = await ensureRuntime();
	const userFolder = await mkdtemp(join(tmpdir(), 'n8n-queue-'));
	await buildPackage();
	const tarball = await packPackage();
	await installTarball(tarball, userFolder);
	await rm(dirname(tarball), { recursive: true, force: true });
	const services = await startQueueServices();
	// The teardown runs in this process and stops what was started here.
	globalThis.queueServices = services;
	const baseEnv = n8nBaseEnv();
	process.env.N8N_QUEUE_RUNTIME = JSON.stringify({
		n8nVersion: N8N_VERSION,
		nodeBin,
		n8nBin,
		userFolder,
		redis: services.redis,
		postgres: services.postgres,
		env: Object.fromEntries(
			Object.entries(baseEnv).filter(([key, value]) => process.env[key] !== value),
		),
	});
}
