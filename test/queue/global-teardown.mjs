import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
	await globalThis.queueServices?.stop();
	const runtime = process.env.N8N_QUEUE_RUNTIME;
	if (runtime) await rm(JSON.parse(runtime).userFolder, { recursive: true, force: true });
}
