import { readFileSync } from 'node:fs';
import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { openApiServiceLoadOptions as load } from '../nodes/OpenApiService/methods';
import { monotonicMs } from './clock';
import type { Row } from './table';

/**
 * Scenario 7: the editor on a spec with a thousand operations. GitHub's published spec (npm
 * `@octokit/openapi`) is pasted into the credential, and every tag's Operation picker is loaded
 * the way the editor loads it, first with nothing cached and then again.
 */
export interface SpecListingResult {
	operations: number;
	tags: number;
	listed: number;
	firstMs: number;
	cachedMs: number;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

function editor(specText: string, parameters: Record<string, unknown>): ILoadOptionsFunctions {
	const credentials = {
		baseUrl: 'https://api.github.com',
		apiVersion: '',
		token: 'bench-token-not-sent',
		authScheme: 'Bearer ',
		specSource: 'text',
		specText,
	};
	return {
		getCredentials: async () => credentials,
		getCurrentNodeParameter: (name: string) => parameters[name],
		getNode: () => ({ name: 'OpenAPI Service', type: 'bench', typeVersion: 1, parameters: {} }),
		logger: { debug: () => undefined },
		helpers: {},
	} as unknown as ILoadOptionsFunctions;
}

async function listEverything(specText: string): Promise<number> {
	const resources = await load.getResources.call(editor(specText, {}));
	let listed = 0;
	for (const resource of resources) {
		const options = await load.getOperations.call(editor(specText, { resource: resource.value }));
		listed += options.length;
	}
	return listed;
}

export async function runSpecListing(): Promise<SpecListingResult> {
	const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
	const text = readFileSync(file, 'utf8');
	const document = JSON.parse(text) as { paths: Record<string, Record<string, unknown>> };
	const operations = Object.values(document.paths).reduce(
		(sum, item) => sum + Object.keys(item).filter((key) => METHODS.includes(key)).length,
		0,
	);
	const tags = (await load.getResources.call(editor(`${text} `, {}))).length;
	// A copy of the text with one more space: the same spec, not yet in the cache.
	const fresh = `${text}  `;
	let started = monotonicMs();
	const listed = await listEverything(fresh);
	const firstMs = monotonicMs() - started;
	started = monotonicMs();
	await listEverything(fresh);
	const cachedMs = monotonicMs() - started;
	return { operations, tags, listed, firstMs, cachedMs };
}

/** The table row: every operation listed, how long the first and a cached read take. */
export function specListingRow(result: SpecListingResult, baselineCount: number): Row {
	const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	const met =
		result.listed >= result.operations && result.firstMs <= 5000 && result.cachedMs <= 2000;
	return {
		cells: [
			'7',
			`Editor: every Operation picker of GitHub's published spec (${result.tags} tags), first read / cached`,
			'OpenAPI Service',
			`${result.operations} operations`,
			`${seconds(result.firstMs)} / ${seconds(result.cachedMs)}`,
			'–',
			`${result.listed} listed`,
			...Array.from({ length: baselineCount }, () => '–'),
			'all listed, ≤ 5 s / ≤ 2 s',
			met ? 'yes' : 'no',
		],
		met,
	};
}

if (require.main === module) {
	void runSpecListing().then((result) => {
		process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
	});
}
