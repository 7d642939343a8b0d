import { z } from 'zod';

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * An API root the user typed: https, or http on this machine only; no credentials, query or
 * fragment, so a typo cannot send the key to another host.
 */
export function apiRootUrl(value: string, field: string): string {
	if (!URL.canParse(value.trim())) throw new Error(`"${field}" is not a valid URL`);
	// URL parsers read a backslash as "/": https://evil.example\@shop.example goes to evil.example.
	if (value.includes('\\')) throw new Error(`"${field}" must not contain a backslash`);
	const url = new URL(value.trim());
	const loopback = LOOPBACK_HOSTS.test(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
		throw new Error(`"${field}" must use https (http is allowed only for localhost)`);
	}
	if (url.username || url.password)
		throw new Error(`"${field}" must not contain a user name or password`);
	if (url.search || url.hash || /[?#]/.test(value)) {
		throw new Error(`"${field}" must not contain a query or fragment`);
	}
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** A DNS label: letters, digits and inner hyphens. */
export const subdomainSchema = z
	.string()
	.trim()
	.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i, 'may contain only letters, digits and hyphens');

/** Runs a zod check and reports the first problem with the field's label. */
export function checked<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
	const result = schema.safeParse(value);
	if (!result.success) {
		throw new Error(`"${field}" ${result.error.issues[0]?.message ?? 'is not valid'}`);
	}
	return result.data;
}

export const secretSchema = z.string().trim().min(1, 'is required');
