/** Picqer's timestamp format, `YYYY-MM-DD HH:MM:SS`, without a zone (the sandbox uses UTC). */
export function picqerTime(date: Date = new Date()): string {
	return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** Accepts `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`; NaN when unreadable. */
export function parsePicqerTime(value: string): number {
	const text = value.trim().replace(' ', 'T');
	return Date.parse(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
}
