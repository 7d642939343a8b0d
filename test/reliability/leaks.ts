import { inspect } from 'node:util';
import type { IHttpRequestOptions } from 'n8n-workflow';

import type { Run } from './harness';

/**
 * Every form in which a secret could leak: as is, URL-encoded, form-encoded, and base64 at any
 * 3-byte alignment (as inside a Basic header, whatever comes before it).
 */
export function leakForms(secrets: string[]): string[] {
	const forms = new Set<string>();
	for (const secret of secrets) {
		if (secret.length < 4) continue;
		forms.add(secret);
		forms.add(encodeURIComponent(secret));
		forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
		for (const prefix of ['', 'x', 'xx']) {
			const encoded = Buffer.from(prefix + secret).toString('base64');
			// Only the characters that depend on the secret alone, not on what follows it.
			const stable = Math.floor((prefix.length + secret.length) / 3) * 4;
			forms.add(encoded.slice(prefix.length === 0 ? 0 : 4, stable));
		}
	}
	return [...forms].filter((form) => form.length >= 4);
}

/** Everything a user, a log collector or an error tracker could see of a run. */
export function visibleText(run: Run): string[] {
	const texts: string[] = [];
	if (run.output) texts.push(JSON.stringify(run.output));
	if (run.error) {
		texts.push(run.error.message, String(run.error.description ?? ''));
		texts.push(inspect(run.error, { depth: 20 }));
		texts.push(inspect({ ...run.error }, { depth: 20, getters: true }));
	}
	for (const line of run.logs) texts.push(line.message);
	return texts;
}

/** Throws, naming where, when any form of a secret shows in the run. */
export function expectNoSecrets(run: Run, secrets: string[]): void {
	const forms = leakForms(secrets);
	for (const text of visibleText(run)) {
		const found = forms.find((form) => text.includes(form));
		if (found !== undefined) {
			const at = text.indexOf(found);
			const around = text.slice(Math.max(0, at - 60), at).replace(/\s+/g, ' ');
			throw new Error(`A credential leaked into the node's visible output after "${around}"`);
		}
	}
}

/** Throws when a credential is in a request's URL or query string, where logs and proxies see it. */
export function expectNoSecretsInUrls(sent: IHttpRequestOptions[], secrets: string[]): void {
	const forms = leakForms(secrets);
	for (const request of sent) {
		const url = `${request.url} ${JSON.stringify(request.qs ?? {})}`;
		if (forms.some((form) => url.includes(form))) {
			throw new Error(`A credential was put in the URL of ${request.method ?? 'GET'} request`);
		}
	}
}
