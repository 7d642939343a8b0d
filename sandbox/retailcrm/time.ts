/** RetailCRM's `Y-m-d H:i:s` (the sandbox's instance runs in UTC). */
export function crmTime(date: Date = new Date()): string {
	return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** Accepts `Y-m-d` or `Y-m-d H:i:s`; NaN when unreadable. */
export function parseCrmTime(value: string): number {
	const text = value.trim().replace(' ', 'T');
	return Date.parse(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
}
