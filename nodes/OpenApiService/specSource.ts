import { createHash } from 'node:crypto';

import type { VendorClient } from '../shared/client';
import { send } from '../shared/request';
import type { Credentials } from '../shared/types';
import { readSpecText } from './spec/document';
import type { OperationDetails, ParsedSpec, SpecOperation } from './spec/operations';
import { indexSpec, operationDetails } from './spec/operations';
import { specSourceOf } from './OpenApiServiceProfile';

/**
 * Parsed specs with their text, most recently used last. Comparing texts is a length check or a
 * memory compare, far cheaper than hashing a spec of many megabytes on every dropdown.
 */
const parsed: Array<{ text: string; spec: ParsedSpec }> = [];
const PARSED_KEPT = 4;

/** Spec texts fetched from a URL, by URL and token, for a short while. */
const fetched = new Map<string, { text: string; at: number }>();
/** Long enough for one execution and the editor's dropdowns to share one fetch. */
const FETCH_KEPT_MS = 60_000;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** The spec read from its text, once per distinct text however often it is asked for. */
export function parseSpec(text: string): ParsedSpec {
	const index = parsed.findIndex((entry) => entry.text === text);
	if (index !== -1) {
		const [hit] = parsed.splice(index, 1);
		parsed.push(hit);
		return hit.spec;
	}
	const spec = indexSpec(readSpecText(text));
	parsed.push({ text, spec });
	if (parsed.length > PARSED_KEPT) parsed.shift();
	return spec;
}

/** Reads the spec text at its URL with the credential's token, through the request core. */
async function fetchSpec(client: VendorClient, url: string, token: string, itemIndex?: number) {
	const key = hash(`${url}\n${token}`);
	const now = client.transport.now();
	const hit = fetched.get(key);
	if (hit && now - hit.at < FETCH_KEPT_MS) return hit.text;
	// The same account (and pacer) at the host's root, so a spec outside the API's path is
	// reachable too; the URL was checked to be on this host.
	const root: VendorClient = { ...client, baseUrl: new URL(url).origin };
	const response = await send(
		root,
		{
			method: 'GET',
			path: url,
			text: true,
			headers: { Accept: 'application/json, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.5' },
		},
		itemIndex,
	);
	const text = String(response.body ?? '');
	fetched.set(key, { text, at: now });
	for (const [other, entry] of fetched) if (now - entry.at >= FETCH_KEPT_MS) fetched.delete(other);
	return text;
}

/** The credential's spec, fetched (or taken as pasted) and parsed, both cached. */
export async function loadSpec(
	client: VendorClient,
	credentials: Credentials,
	itemIndex?: number,
): Promise<ParsedSpec> {
	const source = specSourceOf(credentials);
	const text =
		source.kind === 'text'
			? source.text
			: await fetchSpec(client, source.url, String(credentials.token ?? ''), itemIndex);
	return parseSpec(text);
}

const details = new WeakMap<SpecOperation, OperationDetails>();

/** An operation's parameters, body and response, read once per parsed spec. */
export function detailsOf(spec: ParsedSpec, operation: SpecOperation): OperationDetails {
	let found = details.get(operation);
	if (!found) {
		found = operationDetails(spec, operation);
		details.set(operation, found);
	}
	return found;
}
