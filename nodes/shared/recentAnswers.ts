import type { VendorClient } from './client';
import type { Pacer } from './pacer';
import type { RequestSpec } from './types';

interface Kept {
	at: number;
	answer: Promise<unknown>;
}

/** Answers per account (its pacer) and request, while the vendor would refuse a repeat. */
const kept = new WeakMap<Pacer, Map<string, Kept>>();

/**
 * What `read` answers for `spec`, read at most once per repeat interval of the vendor's profile
 * and account. A vendor that refuses the same GET within an interval (Precoro: a minute) would
 * otherwise hold a dropdown opened twice, a search typed again or a lookup made for every item
 * until the interval passed; an answer that recent is current enough for names and ids. Without
 * a repeat rule every call reads. A failed read is not kept.
 */
export function recentAnswer<T>(
	client: VendorClient,
	spec: RequestSpec,
	read: () => Promise<T>,
): Promise<T> {
	const interval = client.profile.rateLimit.repeat?.intervalMs ?? 0;
	if (!(interval > 0) || !client.profile.rateLimit.repeat?.methods.includes(spec.method)) {
		return read();
	}
	const now = client.transport.now();
	const byRequest = kept.get(client.pacer) ?? new Map<string, Kept>();
	kept.set(client.pacer, byRequest);
	for (const [key, entry] of byRequest) if (now - entry.at >= interval) byRequest.delete(key);
	const key = JSON.stringify([spec.method, spec.path, spec.qs ?? {}]);
	const hit = byRequest.get(key);
	if (hit) return hit.answer as Promise<T>;
	const answer = read();
	byRequest.set(key, { at: now, answer });
	answer.catch(() => byRequest.delete(key));
	return answer;
}
