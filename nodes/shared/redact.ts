const MASK = '[redacted]';

/** Every form in which a secret could show up: as is, URL-encoded, and inside a Basic header. */
export function secretForms(secrets: string[]): string[] {
	const forms = new Set<string>();
	for (const secret of secrets) {
		// Very short values would mask ordinary words; credentials are never that short.
		if (typeof secret !== 'string' || secret.length < 4) continue;
		forms.add(secret);
		forms.add(encodeURIComponent(secret));
		forms.add(Buffer.from(`${secret}:`).toString('base64').replace(/=+$/, ''));
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
