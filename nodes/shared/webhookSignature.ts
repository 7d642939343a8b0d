import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

export function newSecret(): string {
	return randomBytes(32).toString('hex');
}

export function hmacSha256(
	secret: string,
	payload: Buffer | string,
	encoding: 'base64' | 'hex',
): string {
	return createHmac('sha256', secret).update(payload).digest(encoding);
}

/** Constant-time comparison, so the signature cannot be guessed byte by byte from timings. */
export function sameSignature(expected: string, given: string | undefined): boolean {
	if (typeof given !== 'string' || given === '') return false;
	const a = Buffer.from(expected);
	const b = Buffer.from(given);
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Remembers the event IDs a trigger accepted (the latest `max`) in its static data under `key`,
 * so a vendor's redelivery of one event starts no second execution. True when `id` was seen.
 */
export function seenBefore(staticData: IDataObject, key: string, id: string, max = 1000): boolean {
	const seen = Array.isArray(staticData[key]) ? (staticData[key] as string[]) : [];
	if (seen.includes(id)) return true;
	staticData[key] = [...seen, id].slice(-max);
	return false;
}
