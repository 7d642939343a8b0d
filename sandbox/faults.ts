export const FAULT_KINDS = [
	'status',
	'rateLimit',
	'resetBefore',
	'resetAfter',
	'delay',
	'html',
	'malformed',
	'truncated',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
	vendor?: string;
	method?: string;
	/** Exact path without the mount prefix, or a RegExp tested against it. */
	path?: string | RegExp;
	/** The admin API's JSON form of a RegExp path. */
	pathRegex?: string;
	/** How many matching requests this fault takes (default 1; Infinity for all). */
	times?: number;
	kind: FaultKind;
	/** For `status` and `html`. */
	status?: number;
	/** Extra response headers for `status`. */
	headers?: Record<string, string>;
	/** Response body for `status`: an object is sent as JSON, a string verbatim. */
	body?: unknown;
	/** For `delay`. */
	ms?: number;
}

export interface Fault {
	vendor?: string;
	method?: string;
	path?: string | RegExp;
	remaining: number;
	kind: FaultKind;
	status?: number;
	headers?: Record<string, string>;
	body?: unknown;
	ms?: number;
}

interface Target {
	vendor: string;
	method: string;
	path: string;
}

/** Throws a readable error for a spec the injector cannot use. */
export function validateFaultSpec(spec: FaultSpec): void {
	if (!FAULT_KINDS.includes(spec.kind)) {
		throw new Error(
			`Unknown fault kind "${String(spec.kind)}"; use one of ${FAULT_KINDS.join(', ')}`,
		);
	}
	if (spec.kind === 'status' && !Number.isInteger(spec.status)) {
		throw new Error('A "status" fault needs an integer "status"');
	}
	if (spec.kind === 'delay' && !(typeof spec.ms === 'number' && spec.ms >= 0)) {
		throw new Error('A "delay" fault needs "ms" (milliseconds, 0 or more)');
	}
	if (spec.pathRegex !== undefined) new RegExp(spec.pathRegex);
	if (spec.times !== undefined && !(spec.times > 0)) {
		throw new Error('"times" must be a positive number');
	}
}

/** Faults waiting for matching requests; the first match (in insertion order) is consumed. */
export class FaultInjector {
	private faults: Fault[] = [];

	add(spec: FaultSpec): Fault {
		validateFaultSpec(spec);
		const fault: Fault = {
			vendor: spec.vendor,
			method: spec.method?.toUpperCase(),
			path: spec.pathRegex !== undefined ? new RegExp(spec.pathRegex) : spec.path,
			remaining: spec.times ?? 1,
			kind: spec.kind,
			status: spec.status,
			headers: spec.headers,
			body: spec.body,
			ms: spec.ms,
		};
		this.faults.push(fault);
		return fault;
	}

	/** Finds the first fault matching the request and uses up one of its times. */
	take(target: Target): Fault | undefined {
		const fault = this.faults.find((candidate) => this.matches(candidate, target));
		if (!fault) return undefined;
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
		return fault;
	}

	get pending(): readonly Fault[] {
		return this.faults;
	}

	clear(): void {
		this.faults = [];
	}

	toJSON(): unknown[] {
		return this.faults.map((fault) => ({
			...fault,
			path: fault.path instanceof RegExp ? { pathRegex: fault.path.source } : fault.path,
			remaining: Number.isFinite(fault.remaining) ? fault.remaining : 'Infinity',
		}));
	}

	private matches(fault: Fault, target: Target): boolean {
		if (fault.vendor !== undefined && fault.vendor !== target.vendor) return false;
		if (fault.method !== undefined && fault.method !== target.method) return false;
		if (typeof fault.path === 'string' && fault.path !== target.path) return false;
		if (fault.path instanceof RegExp && !fault.path.test(target.path)) return false;
		return true;
	}
}
