const MASK = '[redacted]';

const base64 = (text: string) => Buffer.from(text).toString('base64').replace(/=+$/, '');

/**
 * The base64 characters that depend on the secret alone, at each of the three byte offsets it
 * can start at, so a Basic header in any user/password form still hides the key.
 */
function base64Runs(secret: string): string[] {
	return ['', 'x', 'xx'].map((prefix) => {
		const stable = Math.floor((prefix.length + secret.length) / 3) * 4;
		return Buffer.from(prefix + secret)
			.toString('base64')
			.slice(prefix === '' ? 0 : 4, stable);
	});
}

/**
 * Every form in which a secret could show up: as is, URL-encoded, and base64-encoded as inside a
 * Basic header. `basicAuth` is the vendor's own `user:password` form (VendorProfile.basicAuth),
 * whose header value is then masked whole.
 */
export function secretForms(secrets: string[], basicAuth?: (secret: string) => string): string[] {
	const forms = new Set<string>();
	for (const secret of secrets) {
		// Very short values would mask ordinary words; credentials are never that short.
		if (typeof secret !== 'string' || secret.length < 4) continue;
		forms.add(secret);
		forms.add(encodeURIComponent(secret));
		if (basicAuth) forms.add(base64(basicAuth(secret)));
		for (const run of base64Runs(secret)) if (run.length >= 8) forms.add(run);
	}
	return [...forms].sort((a, b) => b.length - a.length);
}

export function redactText(text: string, forms: string[]): string {
	let out = text;
	for (const form of forms) out = out.split(form).join(MASK);
	return out;
}

/** A deep copy of a JSON value with every secret masked, in keys and values alike. */
export function redactValue<T>(value: T, forms: string[]): T {
	if (forms.length === 0) return value;
	if (typeof value === 'string') return redactText(value, forms) as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, forms)) as T;
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) {
			out[redactText(key, forms)] = redactValue(entry, forms);
		}
		return out as T;
	}
	return value;
}
