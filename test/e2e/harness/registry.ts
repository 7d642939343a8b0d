import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Registry {
	/** Base URL without a trailing slash, e.g. for N8N_COMMUNITY_PACKAGES_REGISTRY. */
	url: string;
	/** Every request received, as "GET /path". */
	requests: string[];
	close(): Promise<void>;
}

interface Manifest {
	name: string;
	version: string;
	[field: string]: unknown;
}

/**
 * The smallest npm registry that `npm pack` / `npm install` and n8n's installer can use, on
 * loopback: one package with one version, served from a packed tarball. Documents as in npm's
 * registry API (npm/registry, docs/REGISTRY-API.md): the packument at `/<name>`, one version
 * (or dist-tag) at `/<name>/<version>`, the tarball at `/<name>/-/<name>-<version>.tgz`,
 * anything else 404 `{"error":"Not found"}`.
 */
export async function startRegistry(tarballPath: string): Promise<Registry> {
	const tarball = readFileSync(tarballPath);
	const manifest = JSON.parse(
		execFileSync('tar', ['-xzOf', tarballPath, 'package/package.json'], { encoding: 'utf8' }),
	) as Manifest;
	const { name, version } = manifest;
	const tarballPathname = `/${name}/-/${name}-${version}.tgz`;
	const requests: string[] = [];
	let url = '';

	const versionDocument = () => ({
		...manifest,
		_id: `${name}@${version}`,
		dist: {
			tarball: `${url}${tarballPathname}`,
			shasum: createHash('sha1').update(tarball).digest('hex'),
			integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
		},
	});

	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://registry').pathname);
		requests.push(`${request.method} ${pathname}`);
		const json = (status: number, body: unknown) => {
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(body));
		};
		if (request.method !== 'GET') return json(405, { error: 'Method not allowed' });
		if (pathname === tarballPathname) {
			response.writeHead(200, {
				'content-type': 'application/octet-stream',
				'content-length': tarball.length,
			});
			return response.end(tarball);
		}
		if (pathname === `/${name}`) {
			return json(200, {
				_id: name,
				name,
				'dist-tags': { latest: version },
				versions: { [version]: versionDocument() },
			});
		}
		if (pathname === `/${name}/${version}` || pathname === `/${name}/latest`) {
			return json(200, versionDocument());
		}
		return json(404, { error: 'Not found' });
	});
	// As an HTTPS proxy it refuses every tunnel, so an n8n pointed at it reaches nothing outside.
	server.on('connect', (request, socket) => {
		requests.push(`CONNECT ${request.url}`);
		socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
