import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import { z } from 'zod';

import { inputError } from './errors';

/** "orderId" → "Order ID": the label users see, for messages. */
export function labelOf(name: string): string {
	const words = name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[\s_]+/)
		.map((word) => (word.toLowerCase() === 'id' ? 'ID' : word[0].toUpperCase() + word.slice(1)));
	return words.join(' ');
}

/** A path segment from user input; dot segments would let a value climb out of its path. */
export function checkSegment(
	value: string,
	label: string,
	node: INode,
	itemIndex?: number,
): string {
	if (value === '' || value === '.' || value === '..') {
		throw inputError(node, `"${label}" is empty or not a valid ID`, itemIndex);
	}
	return value;
}

/** Builds a path from a template, URL-encoding every interpolated value. */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
	return strings.reduce(
		(out, part, index) =>
			out + part + (index < values.length ? encodeURIComponent(String(values[index])) : ''),
		'',
	);
}

const jsonObject = z.record(z.string(), z.unknown());

const NUMERIC_ID = /^\d{1,18}$/;

/** Text lists ("1, 2, 3") and multi-selects alike become arrays of non-empty entries. */
export function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter((v) => v !== '');
	if (value === undefined || value === null) return [];
	return String(value)
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/** Reads one item's parameters and turns bad input into an error naming the field. */
export class Params {
	constructor(
		readonly ctx: IExecuteFunctions,
		readonly itemIndex: number,
		/** Parameter name → the label users see (see labels.ts). */
		private readonly labels: Record<string, string> = {},
	) {}

	private labelFor(nameOrLabel: string) {
		return this.labels[nameOrLabel] ?? labelOf(nameOrLabel);
	}

	/** Rejects the named field's value, before anything is sent. */
	invalid(name: string, problem: string): never {
		return this.reject(this.labelFor(name), problem);
	}

	/** Like invalid, for a field whose label is not derived from its name. */
	reject(label: string, problem: string): never {
		throw inputError(this.ctx.getNode(), `"${label}" ${problem}`, this.itemIndex);
	}

	/**
	 * A parameter's value; a resource locator's is its ID. n8n extracts only from parameters the
	 * form displays (otherwise it throws "Could not find property"), so only locators ask for it.
	 */
	raw(name: string, fallback?: unknown): unknown {
		const value = this.ctx.getNodeParameter(name, this.itemIndex, fallback);
		const locator =
			value !== null &&
			typeof value === 'object' &&
			('__rl' in value || ('mode' in value && 'value' in value));
		return locator
			? this.ctx.getNodeParameter(name, this.itemIndex, fallback, { extractValue: true })
			: value;
	}

	string(name: string, fallback = ''): string {
		const value = this.raw(name, fallback);
		if (value === undefined || value === null) return fallback;
		if (typeof value === 'object') this.invalid(name, 'must be text');
		return String(value).trim();
	}

	/** A text value that must not be empty. */
	required(name: string): string {
		const value = this.string(name);
		if (value === '') this.invalid(name, 'is required');
		return value;
	}

	/** An ID that goes into a path: not empty, no dot segments; digits only when `numeric`. */
	id(name: string, options: { numeric?: boolean } = {}): string {
		const value = this.string(name);
		checkSegment(value, this.labelFor(name), this.ctx.getNode(), this.itemIndex);
		if (options.numeric && !NUMERIC_ID.test(value))
			this.invalid(name, `must be a numeric ID, got "${clip(value)}"`);
		return value;
	}

	/** An optional numeric ID: its number, or null when left empty. */
	optionalId(name: string): number | null {
		return this.string(name) === '' ? null : Number(this.id(name, { numeric: true }));
	}

	/**
	 * Integer IDs inside a collection (field → parameter name or label). A dropdown gives a number, an expression
	 * often text: send numbers, and refuse anything else before a request goes out.
	 */
	numericIds(values: IDataObject, labels: Record<string, string>): IDataObject {
		const out = { ...values };
		for (const [field, label] of Object.entries(labels)) {
			const value = out[field];
			if (value === undefined || value === null || value === '') continue;
			const text = String(value).trim();
			if (!NUMERIC_ID.test(text))
				this.reject(
					this.labels[field] ?? this.labelFor(label),
					`must be a numeric ID, got "${clip(text)}"`,
				);
			out[field] = Number(text);
		}
		return out;
	}

	/**
	 * Numeric IDs given as "1, 2, 3" (or a list from an expression): the named parameter, or
	 * `value` (e.g. a collection's entry) when given.
	 */
	idList(name: string, value: unknown = this.raw(name, '')): string[] {
		const ids = splitList(value);
		if (ids.some((id) => !NUMERIC_ID.test(id)))
			this.invalid(name, 'must be numeric IDs separated by commas');
		return ids;
	}

	number(name: string, fallback?: number): number {
		const value = this.raw(name, fallback);
		const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		if (typeof n !== 'number' || !Number.isFinite(n)) this.invalid(name, 'must be a number');
		return n;
	}

	/**
	 * A whole number of at least 1 (a limit, an amount): the named parameter, or `value`
	 * (e.g. a row's entry) when given.
	 */
	positiveInteger(name: string, value: unknown = this.number(name)): number {
		const n = Number(value);
		if (!Number.isInteger(n) || n < 1) this.invalid(name, 'must be a whole number of at least 1');
		return n;
	}

	boolean(name: string, fallback = false): boolean {
		return Boolean(this.raw(name, fallback));
	}

	/** A collection such as Additional Fields, without the entries left empty. */
	fields(name: string): IDataObject {
		const value = this.raw(name, {}) as IDataObject;
		return Object.fromEntries(
			Object.entries(value ?? {}).filter(
				([, entry]) => entry !== '' && entry !== undefined && entry !== null,
			),
		);
	}

	/** A JSON field's value: parsed when given as text, `empty` when the text is blank. */
	private parsedJson(name: string, empty: string): unknown {
		const value = this.raw(name, empty);
		if (typeof value !== 'string') return value;
		try {
			return JSON.parse(value.trim() === '' ? empty : value);
		} catch (error) {
			return this.invalid(name, `is not valid JSON: ${(error as Error).message}`);
		}
	}

	/** A JSON object field, given as text or as an object from an expression. */
	json(name: string): IDataObject {
		const parsed = jsonObject.safeParse(this.parsedJson(name, '{}'));
		if (!parsed.success) this.invalid(name, 'must be a JSON object');
		return parsed.data as IDataObject;
	}

	/** A JSON array of objects (one object counts as a list of one), e.g. records to upload. */
	jsonArray(name: string): IDataObject[] {
		let value = this.parsedJson(name, '[]');
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) value = [value];
		if (!Array.isArray(value) || value.some((v) => v === null || typeof v !== 'object')) {
			this.invalid(name, 'must be a JSON array of objects');
		}
		return value as IDataObject[];
	}

	/** A JSON object or array field, given as text or from an expression. */
	jsonValue(name: string): IDataObject | IDataObject[] {
		const value = this.parsedJson(name, '{}');
		if (value === null || typeof value !== 'object')
			this.invalid(name, 'must be a JSON object or array');
		return value as IDataObject | IDataObject[];
	}

	/** The raw JSON body when the user switched to it, otherwise the body the form builds. */
	bodyOrJson(build: () => IDataObject): IDataObject {
		return this.boolean('useJsonBody') ? this.json('jsonBody') : build();
	}

	/** The rows of a fixed collection, e.g. Products → Product. */
	rows(collection: string, entry: string): IDataObject[] {
		const value = this.raw(collection, {}) as IDataObject | undefined;
		const list = value?.[entry];
		return Array.isArray(list) ? (list as IDataObject[]) : [];
	}

	/** Return All, or the Limit (a positive whole number). */
	paging(): { returnAll: boolean; limit?: number } {
		const returnAll = this.boolean('returnAll');
		if (returnAll) return { returnAll };
		return { returnAll, limit: this.positiveInteger('limit', this.number('limit', 50)) };
	}
}

function clip(value: string) {
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
