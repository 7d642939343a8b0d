import { validateFaultSpec, type FaultSpec } from './faults';
import { json } from './http';
import type { RequestFilter } from './requestLog';
import type { Sandbox } from './server';
import type { Query, SandboxResponse } from './types';

function first(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

function receivedFilter(query: Query): RequestFilter {
	const pathRegex = first(query.pathRegex);
	const rateLimited = first(query.rateLimited);
	return {
		vendor: first(query.vendor),
		method: first(query.method),
		path: pathRegex !== undefined ? new RegExp(pathRegex) : first(query.path),
		rateLimited: rateLimited === undefined ? undefined : rateLimited === 'true',
	};
}

function addFaults(sandbox: Sandbox, body: unknown): SandboxResponse {
	const specs = (Array.isArray(body) ? body : [body]) as FaultSpec[];
	try {
		for (const spec of specs) {
			if (typeof spec !== 'object' || spec === null)
				throw new Error('A fault must be a JSON object');
			if (spec.path !== undefined && typeof spec.path !== 'string') {
				throw new Error('"path" must be a string; send a RegExp as "pathRegex"');
			}
		}
		// Validate every spec before adding any, so a bad batch changes nothing.
		specs.forEach(validateFaultSpec);
		specs.forEach((spec) => sandbox.faults.add(spec));
	} catch (error) {
		return json(400, { error: (error as Error).message });
	}
	return json(201, { added: specs.length, pending: sandbox.faults.toJSON() });
}

/**
 * The admin API under /__sandbox/, so another process (n8n e2e tests, a
 * person with curl) can drive the sandbox the way in-process tests do.
 */
export async function handleAdmin(
	sandbox: Sandbox,
	method: string,
	path: string,
	query: Query,
	body: unknown,
): Promise<SandboxResponse> {
	const route = `${method} ${path.replace(/\/+$/, '')}`;
	switch (route) {
		case 'GET /health':
			return json(200, {
				ok: true,
				timeScale: sandbox.timeScale,
				vendors: sandbox.vendors.map((v) => ({ name: v.name, mount: v.mount })),
			});
		case 'GET /received':
			return json(200, sandbox.received.filter(receivedFilter(query)));
		case 'DELETE /received':
			sandbox.received.clear();
			return { status: 204 };
		case 'POST /reset':
			sandbox.reset();
			return json(200, { ok: true });
		case 'GET /faults':
			return json(200, sandbox.faults.toJSON());
		case 'POST /faults':
			return addFaults(sandbox, body);
		case 'DELETE /faults':
			sandbox.faults.clear();
			return { status: 204 };
		case 'POST /config':
			return configure(sandbox, body);
	}
	const [, vendorName, ...rest] = path.split('/');
	const vendor = sandbox.vendors.find((v) => v.name === vendorName);
	const answer = await vendor?.admin?.(method, `/${rest.join('/')}`, body);
	return answer ?? json(404, { error: `No admin route ${method} /__sandbox${path}` });
}

function configure(sandbox: Sandbox, body: unknown): SandboxResponse {
	const settings = (body ?? {}) as { timeScale?: number; rateLimits?: boolean; latencyMs?: number };
	try {
		if (settings.timeScale !== undefined) sandbox.setTimeScale(settings.timeScale);
		if (settings.rateLimits !== undefined) sandbox.setRateLimits(Boolean(settings.rateLimits));
		if (settings.latencyMs !== undefined) sandbox.setLatency(settings.latencyMs);
	} catch (error) {
		return json(400, { error: (error as Error).message });
	}
	return json(200, { timeScale: sandbox.timeScale });
}
