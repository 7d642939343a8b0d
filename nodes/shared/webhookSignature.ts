import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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
