import type { IDataObject } from 'n8n-workflow';

/** Picqer dates are "YYYY-MM-DD HH:MM:SS" without a zone; n8n's date picker gives ISO text. */
export function picqerDate(value: unknown): string {
	const text = String(value).trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(text);
	if (!match) return text;
	const time = match[2] ? (match[2].length === 5 ? `${match[2]}:00` : match[2]) : '00:00:00';
	return `${match[1]} ${time}`;
}

/** Copies a collection, turning the named date fields into Picqer's format. */
export function withPicqerDates(fields: IDataObject, dateFields: string[]): IDataObject {
	const out = { ...fields };
	for (const name of dateFields) {
		if (out[name] !== undefined) out[name] = picqerDate(out[name]);
	}
	return out;
}
