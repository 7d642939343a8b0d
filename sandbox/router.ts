export type Params = Record<string, string>;

interface Route<H> {
	method: string;
	segments: string[];
	handler: H;
}

export interface RouteMatch<H> {
	handler: H;
	params: Params;
}

/** Method + path-pattern table; `:name` segments become params. */
export class Router<H> {
	private routes: Route<H>[] = [];

	add(method: string, pattern: string, handler: H): this {
		this.routes.push({ method: method.toUpperCase(), segments: split(pattern), handler });
		return this;
	}

	match(method: string, path: string): RouteMatch<H> | undefined {
		const parts = split(path);
		for (const route of this.routes) {
			if (route.method !== method) continue;
			const params = matchSegments(route.segments, parts);
			if (params) return { handler: route.handler, params };
		}
		return undefined;
	}
}

function split(path: string): string[] {
	return path.split('/').filter((part) => part.length > 0);
}

function matchSegments(pattern: string[], parts: string[]): Params | undefined {
	if (pattern.length !== parts.length) return undefined;
	const params: Params = {};
	for (let i = 0; i < pattern.length; i++) {
		if (pattern[i].startsWith(':')) params[pattern[i].slice(1)] = decodeURIComponent(parts[i]);
		else if (pattern[i] !== parts[i]) return undefined;
	}
	return params;
}
