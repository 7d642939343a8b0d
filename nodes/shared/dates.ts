import type { IDataObject } from 'n8n-workflow';

/**
 * "Y-m-d H:i:s" (or "Y-m-d" when `withTime` is false): the zone-less date text many back-office
 * APIs read, from the ISO text n8n's date picker gives. Text that is not a date passes unchanged.
 */
export function ymdHis(value: unknown, withTime = true): string {
	const text = String(value).trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(text);
	if (!match) return text;
	if (!withTime) return match[1];
	const time = match[2] ? (match[2].length === 5 ? `${match[2]}:00` : match[2]) : '00:00:00';
	return `${match[1]} ${time}`;
}

/** Copies a collection, turning the named date fields into "Y-m-d H:i:s". */
export function withYmdHis(fields: IDataObject, dateFields: string[]): IDataObject {
	const out = { ...fields };
	for (const name of dateFields) {
		if (out[name] !== undefined) out[name] = ymdHis(out[name]);
	}
	return out;
}
