import type { Row } from './store';
import type { FieldErrors } from './errors';

/** One body field's rule; messages follow Laravel's validator, which Pelcro's API runs on. */
export interface Rule {
	type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'email';
	max?: number;
	min?: number;
	in?: readonly unknown[];
	nullable?: boolean;
}

export type Shape = Record<string, Rule>;

const label = (field: string) => field.replace(/_/g, ' ');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function problem(field: string, value: unknown, rule: Rule): string | undefined {
	const name = label(field);
	if (value === null) return rule.nullable ? undefined : `The ${name} field is required.`;
	switch (rule.type) {
		case 'string':
		case 'email':
			if (typeof value !== 'string') return `The ${name} must be a string.`;
			if (rule.type === 'email' && !EMAIL.test(value))
				return `The ${name} must be a valid email address.`;
			if (rule.min !== undefined && value.length < rule.min)
				return `The ${name} must be at least ${rule.min} characters.`;
			if (rule.max !== undefined && value.length > rule.max)
				return `The ${name} may not be greater than ${rule.max} characters.`;
			break;
		case 'integer':
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value))
				return rule.type === 'integer'
					? `The ${name} must be an integer.`
					: `The ${name} must be a number.`;
			if (rule.type === 'integer' && !Number.isInteger(value))
				return `The ${name} must be an integer.`;
			if (rule.min !== undefined && value < rule.min)
				return `The ${name} must be at least ${rule.min}.`;
			if (rule.max !== undefined && value > rule.max)
				return `The ${name} may not be greater than ${rule.max}.`;
			break;
		case 'boolean':
			if (typeof value !== 'boolean') return `The ${name} field must be true or false.`;
			break;
		case 'object':
			if (typeof value !== 'object' || Array.isArray(value)) return `The ${name} must be an array.`;
			break;
		case 'array':
			if (!Array.isArray(value)) return `The ${name} must be an array.`;
			break;
	}
	if (rule.in && !rule.in.includes(value)) return `The selected ${name} is invalid.`;
	return undefined;
}

/**
 * Checks a JSON body against the fields an endpoint documents. A field the endpoint does not
 * document is refused too: Laravel would ignore it, but refusing it makes a misspelt name fail
 * a test instead of passing silently (no vendor source; a simulator rule).
 */
export function check(body: Row, shape: Shape, required: readonly string[] = []): FieldErrors {
	const errors: FieldErrors = {};
	const add = (field: string, message: string) => (errors[field] ??= []).push(message);
	for (const field of required) {
		const value = body[field];
		if (value === undefined || value === '' || (value === null && !shape[field]?.nullable))
			add(field, `The ${label(field)} field is required.`);
	}
	for (const [field, value] of Object.entries(body)) {
		const rule = shape[field];
		if (!rule) {
			add(field, `The ${label(field)} field is prohibited.`);
			continue;
		}
		if (errors[field] || value === undefined) continue;
		const message = problem(field, value, rule);
		if (message) add(field, message);
	}
	return errors;
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

/** Laravel's message for `required_without_all`. */
export const requiredWithoutAll = (field: string, others: string[]) =>
	`The ${label(field)} field is required when none of ${others.map(label).join(' / ')} are present.`;
