const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date range bound as Precoro's list filters read it: `createDate[left_date]=01.10.2020`
 * (help.precoro.com "Using API in Precoro"; approvalDate likewise in "Typical API usage
 * scenarios"). Text that is not an ISO date passes unchanged.
 */
export function precoroDay(value: unknown): string {
	const text = String(value ?? '').trim();
	const match = DAY.exec(text);
	return match ? `${match[3]}.${match[2]}.${match[1]}` : text;
}

/**
 * `modifiedSince` as Precoro's examples write it, `2023-10-10T00:00:00` (help.precoro.com
 * "Typical API usage scenarios"; hotgluexyz/tap-precoro formats `%Y-%m-%dT%H:%M:%S`), in UTC: a
 * value with a zone is converted, one without is taken as UTC already.
 */
export function precoroDateTime(value: unknown): string {
	const text = String(value ?? '').trim();
	if (text === '') return text;
	if (ZONED.test(text) && !Number.isNaN(Date.parse(text))) return utcSeconds(Date.parse(text));
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?)?/.exec(text);
	if (!match) return text;
	return `${match[1]}T${match[2] ?? '00:00'}${match[3] ?? ':00'}`;
}

/** An epoch time as `YYYY-MM-DDTHH:MM:SS` in UTC. */
export function utcSeconds(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19);
}
