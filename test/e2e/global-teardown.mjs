import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export default async function globalTeardown() {
	const runtime = process.env.N8N_E2E_RUNTIME;
	if (!runtime) return;
	const { templateUserFolder, tarball } = JSON.parse(runtime);
	await rm(templateUserFolder, { recursive: true, force: true });
	// packPackage made the tarball's folder for it alone.
	await rm(dirname(tarball), { recursive: true, force: true });
}
