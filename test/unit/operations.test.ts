import type { INodeProperties } from 'n8n-workflow';

import { composeResources } from '../../nodes/shared/operations';
import type { OperationDefinition } from '../../nodes/shared/operations';

const field = (name: string): INodeProperties => ({
	displayName: name,
	name,
	type: 'string',
	default: '',
});

const run = async () => ({});

const operation = (value: string, fields: INodeProperties[]): OperationDefinition => ({
	value,
	name: value,
	action: `Do ${value}`,
	fields,
	run,
});

/** The field names the composed form shows for one operation, in form order. */
function shown(properties: INodeProperties[], operation: string): string[] {
	return properties
		.filter((p) => (p.displayOptions?.show?.operation as string[] | undefined)?.includes(operation))
		.map((p) => p.name);
}

describe('composeResources', () => {
	const [id, site, additional, update, custom] = [
		'id',
		'site',
		'additional',
		'update',
		'custom',
	].map(field);

	it('keeps every operation its own field order when they share fields', () => {
		// Custom fields follow Additional Fields in Create and Update Fields in Update.
		const { properties } = composeResources(
			[
				{
					name: 'Thing',
					value: 'thing',
					operations: [
						operation('create', [site, additional, custom]),
						operation('update', [id, site, update, custom]),
					],
				},
			],
			'thing',
		);
		expect(shown(properties, 'create')).toEqual(['site', 'additional', 'custom']);
		expect(shown(properties, 'update')).toEqual(['id', 'site', 'update', 'custom']);
		// A shared field is one property, shown for both.
		expect(properties.filter((p) => p.name === 'custom')).toHaveLength(1);
	});

	it('refuses operations that list shared fields in opposite orders', () => {
		const resources = [
			{
				name: 'Thing',
				value: 'thing',
				operations: [operation('get', [id, site]), operation('update', [site, id])],
			},
		];
		expect(() => composeResources(resources, 'thing')).toThrow(
			'The operations of Thing list id, site in conflicting orders',
		);
	});
});
