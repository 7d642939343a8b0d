import { parseYaml, YamlError } from './yaml';

export type SpecDocument = Record<string, unknown>;

/** A place in the spec, as the keys that lead to it: ['paths', '/customers', 'get']. */
export type Where = Array<string | number>;

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `paths["/customers"].get.parameters[0]`: a place users can find in their spec. */
export function describeWhere(where: Where): string {
	if (where.length === 0) return 'the top level';
	return where
		.map((key, index) => {
			if (typeof key === 'number') return `[${key}]`;
			if (IDENTIFIER.test(key)) return index === 0 ? key : `.${key}`;
			return `[${JSON.stringify(key)}]`;
		})
		.join('');
}

/** A spec that cannot be used, with where it broke. */
export class SpecError extends Error {
	constructor(
		readonly where: string,
		readonly reason: string,
	) {
		super(`The OpenAPI spec cannot be read at ${where}: ${reason}`);
	}

	static at(where: Where, reason: string): SpecError {
		return new SpecError(describeWhere(where), reason);
	}
}

export type SpecVersion = '2.0' | '3.0' | '3.1';

export interface SpecText {
	document: SpecDocument;
	format: 'json' | 'yaml';
	version: SpecVersion;
}

function lineAndColumn(text: string, position: number) {
	const before = text.slice(0, position);
	return { line: before.split('\n').length, column: position - (before.lastIndexOf('\n') + 1) + 1 };
}

function parseJson(text: string): unknown {
	let message: string;
	try {
		return JSON.parse(text);
	} catch (error) {
		message = (error as Error).message;
	}
	const position = /at position (\d+)/.exec(message);
	const reason = message
		.replace(/\s*\(line \d+ column \d+\)/, '')
		.replace(/ in JSON at position \d+/, '');
	if (!position) return failAtEnd(text, reason);
	const { line, column } = lineAndColumn(text, Number(position[1]));
	throw new SpecError(`line ${line}, column ${column}`, `invalid JSON (${reason})`);
}

function failAtEnd(text: string, reason: string): never {
	const { line, column } = lineAndColumn(text, text.length);
	throw new SpecError(`line ${line}, column ${column}`, `invalid JSON (${reason})`);
}

function versionOf(document: SpecDocument): SpecVersion {
	const { openapi, swagger } = document;
	if (swagger !== undefined) {
		if (String(swagger) === '2.0') return '2.0';
		throw SpecError.at(['swagger'], `version "${String(swagger)}" is not supported (use 2.0)`);
	}
	if (typeof openapi !== 'string') {
		throw SpecError.at(
			[],
			'this is not an OpenAPI document: it has neither "openapi" (3.x) nor "swagger" (2.0)',
		);
	}
	if (/^3\.0(\.\d+)?/.test(openapi)) return '3.0';
	if (/^3\.[1-9](\.\d+)?/.test(openapi)) return '3.1';
	throw SpecError.at(['openapi'], `version "${openapi}" is not supported (use 3.0, 3.1 or 2.0)`);
}

function parseYamlAt(text: string): unknown {
	let failure: Error;
	try {
		return parseYaml(text);
	} catch (error) {
		failure = error as Error;
	}
	if (failure instanceof YamlError) {
		throw new SpecError(
			`line ${failure.line}, column ${failure.column}`,
			`invalid YAML (${failure.reason})`,
		);
	}
	// Nesting too deep for the reader, say.
	throw new SpecError('the start', `invalid YAML (${failure.message})`);
}

/** Reads a spec given as JSON or YAML text; errors say where the text or the document broke. */
export function readSpecText(text: string): SpecText {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed === '') throw new SpecError('the start', 'the spec is empty');
	const format = trimmed.startsWith('{') || trimmed.startsWith('[') ? 'json' : 'yaml';
	let parsed: unknown;
	if (format === 'json') {
		parsed = parseJson(trimmed);
	} else {
		parsed = parseYamlAt(trimmed);
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw SpecError.at([], 'the spec must be a JSON or YAML object');
	}
	const document = parsed as SpecDocument;
	const version = versionOf(document);
	const paths = document.paths;
	// 3.1 made `paths` optional (a spec may hold only webhooks).
	if (paths === undefined && version === '3.1') document.paths = {};
	else if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) {
		throw SpecError.at(['paths'], 'must be an object of paths');
	}
	return { document, format, version };
}
