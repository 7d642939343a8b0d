/**
 * Credential tests are requests n8n builds from `={{ }}` expressions before any node code runs,
 * so the checks the profile makes at run time are written here as expressions too. A value the
 * node would refuse sends the test to a host under `.invalid`, a name no resolver answers
 * (RFC 6761): the key goes nowhere and n8n reports the test as failed.
 */

/** https with a plain host, or http on loopback; no user name, query or fragment. */
const API_ROOT =
	/^\s*(https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*|http:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\]))(:\d{1,5})?(\/[^\s?#@\\%]*)?\s*$/i;

/** A DNS label: letters, digits and inner hyphens (as subdomainSchema). */
const LABEL = /^\s*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\s*$/i;

/** A JavaScript string literal for an expression. */
const literal = (value: string) => JSON.stringify(value);

/** `$credentials.<field>` as text, never undefined or null. */
export const field = (name: string) => `String($credentials.${name} || "")`;

/** True when the credential field holds an API root the node accepts. */
export const isApiRoot = (name: string) => `${API_ROOT}.test(${field(name)})`;

/** True when the credential field holds a DNS label the node accepts. */
export const isLabel = (name: string) => `${LABEL}.test(${field(name)})`;

/** True when the credential field is not blank. */
export const isSet = (name: string) => `${field(name)}.trim() !== ""`;

/** The API root with surrounding space and trailing slashes removed. */
export const apiRoot = (name: string) => `${field(name)}.trim().replace(/\\/+$/, "")`;

/**
 * An n8n expression for a credential test's base URL: `url` (JavaScript) when every check holds,
 * otherwise a host under `.invalid` that names what to fix.
 */
export function guardedBaseUrl(
	rules: Array<{ check: string; refusal: string }>,
	url: string,
): string {
	const refused = rules.reduceRight(
		(otherwise, { check, refusal }) =>
			`(${check}) ? ${otherwise} : ${literal(`https://${refusal}.invalid`)}`,
		url,
	);
	return `={{ ${refused} }}`;
}
