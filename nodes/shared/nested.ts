import type { IDataObject } from 'n8n-workflow';

/**
 * Drops empty entries of a form collection and nests `a__b` names (n8n reads dots in parameter
 * names as paths): `{delivery__code: "x"}` → `{delivery: {code: "x"}}`.
 */
export function nested(fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null) continue;
		const parts = name.split('__');
		let target = out;
		for (const part of parts.slice(0, -1)) {
			target[part] = (target[part] as IDataObject | undefined) ?? {};
			target = target[part] as IDataObject;
		}
		target[parts[parts.length - 1]] = value;
	}
	return out;
}
