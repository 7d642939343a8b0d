import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
	const runtime = process.env.N8N_E2E_RUNTIME;
	if (runtime) await rm(JSON.parse(runtime).templateUserFolder, { recursive: true, force: true });
}
