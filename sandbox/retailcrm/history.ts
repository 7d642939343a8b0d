import { crmTime } from './time';
import type { Actor, Entity, HistoryRecord, OrderItem, Payment, Row } from './types';

/**
 * A history record per changed field, with snake_case field names, `{code}` for reference book
 * values and `{id}` for people, `created` / `deleted`, `source`, `apiKey.current`, `user`, and
 * `item` / `payment` / `combinedTo` (api-client-php tests/src/ResourceGroup/OrdersTest.php
 * testHistory, src/Model/Entity/Orders/OrderHistory.php, HistoryApiKey.php;
 * help.retailcrm.pro/Developers/ApiHistory). Which fields RetailCRM leaves untracked and its
 * names for nested paths beyond those shown there: no vendor source found.
 *
 * Values RetailCRM's history shows as `{code}` (reference book entries) or `{id}` (people).
 */
const CODE_FIELDS = new Set([
	'status',
	'order_type',
	'order_method',
	'site',
	'delivery_type',
	'contragent.contragent_type',
	// A pack's warehouse (api-client-php tests/src/ResourceGroup/PacksTest.php testHistory).
	'store',
]);
const ID_FIELDS = new Set(['manager', 'customer', 'contact', 'company']);
/** Fields that are never change-tracked (ids, timestamps and derived totals). */
const UNTRACKED = new Set([
	'id',
	'createdAt',
	'updatedAt',
	'statusUpdatedAt',
	'items',
	'payments',
	'summ',
	'totalSumm',
	'prepaySum',
	'purchaseSumm',
	'fullPaidAt',
	'averageSumm',
	'marginSumm',
	'ordersCount',
	'segments',
	'type',
	'isContact',
]);
/** RetailCRM's history names for a few nested paths. */
const RENAMES: Record<string, string> = {
	manager_id: 'manager',
	'delivery.code': 'delivery_type',
	'delivery.cost': 'delivery_cost',
	'delivery.net_cost': 'delivery_net_cost',
	'delivery.address': 'delivery_address',
	'delivery.date': 'delivery_date',
};

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const isPlainObject = (value: unknown): value is Row =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An entity as history field names → values: `firstName` → `first_name`, custom fields → `custom_x`. */
export function historyFields(entity: Row): Map<string, unknown> {
	const fields = new Map<string, unknown>();
	const walk = (row: Row, prefix: string) => {
		for (const [key, value] of Object.entries(row)) {
			if (prefix === '' && UNTRACKED.has(key)) continue;
			if (prefix === '' && key === 'customFields' && isPlainObject(value)) {
				for (const [code, custom] of Object.entries(value)) fields.set(`custom_${code}`, custom);
				continue;
			}
			const path = RENAMES[`${prefix}${snake(key)}`] ?? `${prefix}${snake(key)}`;
			if (ID_FIELDS.has(path) && isPlainObject(value)) fields.set(path, { id: value.id });
			else if (isPlainObject(value)) walk(value, `${path}.`);
			else fields.set(path, value);
		}
	};
	walk(entity, '');
	return fields;
}

function shown(field: string, value: unknown): unknown {
	if (value === undefined || value === null || value === '') return null;
	if (CODE_FIELDS.has(field)) return { code: value };
	if (field === 'manager' && typeof value === 'number') return { id: value };
	return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface FieldChange {
	field: string;
	oldValue: unknown;
	newValue: unknown;
	created?: true;
	deleted?: true;
	item?: Row;
	payment?: Row;
	/** The customer a combined (deleted) customer was merged into. */
	combinedTo?: Row;
}

/** One change per field that differs, as RetailCRM records them. */
export function fieldChanges(before: Row | undefined, after: Row): FieldChange[] {
	const old = before ? historyFields(before) : new Map<string, unknown>();
	const now = historyFields(after);
	const changes: FieldChange[] = [];
	for (const field of new Set([...old.keys(), ...now.keys()])) {
		const [was, is] = [old.get(field), now.get(field)];
		if (same(shown(field, was), shown(field, is))) continue;
		changes.push({ field, oldValue: shown(field, was), newValue: shown(field, is) });
	}
	return changes;
}

const EMPTY = new Set(['null', 'false', '0', '[]', '{}']);

/** What creating an entity records: its non-empty fields, each flagged `created`. */
export function creationChanges(entity: Row): FieldChange[] {
	return fieldChanges(undefined, entity)
		.filter((change) => !EMPTY.has(JSON.stringify(change.newValue)))
		.map((change) => ({ ...change, created: true as const }));
}

const itemView = (item: OrderItem): Row => ({ id: item.id, offer: item.offer });

/** Added, removed and changed order lines: field `order_product` and `order_product.*`. */
export function itemChanges(before: OrderItem[], after: OrderItem[]): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const item of after) {
		const was = before.find((b) => b.id === item.id);
		if (!was) {
			changes.push({
				field: 'order_product',
				oldValue: null,
				newValue: { id: item.id, offer: item.offer },
				created: true,
				item: itemView(item),
			});
			continue;
		}
		for (const [key, field] of [
			['quantity', 'order_product.quantity'],
			['initialPrice', 'order_product.initial_price'],
			['status', 'order_product.status'],
		] as const) {
			if (!same(was[key], item[key]))
				changes.push({ field, oldValue: was[key], newValue: item[key], item: itemView(item) });
		}
	}
	for (const was of before.filter((b) => !after.some((a) => a.id === b.id))) {
		changes.push({
			field: 'order_product',
			oldValue: { id: was.id, offer: was.offer },
			newValue: null,
			deleted: true,
			item: itemView(was),
		});
	}
	return changes;
}

/** Payments added, removed and changed: field `payments` and `payments.*`. */
export function paymentChanges(
	before: Record<string, Payment>,
	after: Record<string, Payment>,
): FieldChange[] {
	const changes: FieldChange[] = [];
	const view = (p: Payment): Row => ({ id: p.id, type: p.type, externalId: p.externalId });
	for (const payment of Object.values(after)) {
		const was = before[payment.id];
		if (!was) {
			changes.push({
				field: 'payments',
				oldValue: null,
				newValue: { code: payment.type },
				created: true,
				payment: view(payment),
			});
			continue;
		}
		for (const key of ['amount', 'status', 'paidAt', 'type', 'comment'] as const) {
			if (same(was[key], payment[key])) continue;
			const field = `payments.${snake(key)}`;
			const wrap = key === 'status' || key === 'type';
			changes.push({
				field,
				oldValue: wrap ? { code: was[key] } : (was[key] ?? null),
				newValue: wrap ? { code: payment[key] } : (payment[key] ?? null),
				payment: view(payment),
			});
		}
	}
	for (const was of Object.values(before).filter((p) => !after[p.id])) {
		changes.push({
			field: 'payments',
			oldValue: { code: was.type },
			newValue: null,
			deleted: true,
			payment: view(was),
		});
	}
	return changes;
}

/** One entity type's change log (orders and customers each have their own ids). */
export class History {
	readonly records: HistoryRecord[] = [];
	private nextId: number;

	constructor(firstId: number) {
		this.nextId = firstId;
	}

	/** Appends one record per change; `summary` is what a non-creating record shows of the entity. */
	add(
		entity: Entity,
		changes: FieldChange[],
		actor: Actor,
		summary: (entity: Entity) => Row,
		at: Date = new Date(),
	): HistoryRecord[] {
		const createdAt = crmTime(at);
		const snapshot = JSON.parse(JSON.stringify(entity)) as Row;
		const added = changes.map((change) => {
			const record: HistoryRecord = {
				id: this.nextId++,
				createdAt,
				...(change.created ? { created: true as const } : {}),
				...(change.deleted ? { deleted: true as const } : {}),
				source: actor.source,
				field: change.field,
				oldValue: change.oldValue,
				newValue: change.newValue,
				...(actor.source === 'api' ? { key: actor.key } : { userId: actor.userId }),
				site: String(entity.site ?? ''),
				entity: change.created && !change.item && !change.payment ? snapshot : summary(entity),
				...(change.item ? { item: change.item } : {}),
				...(change.payment ? { payment: change.payment } : {}),
				...(change.combinedTo ? { combinedTo: change.combinedTo } : {}),
				entityId: entity.id,
				entityExternalId: entity.externalId,
			};
			return record;
		});
		this.records.push(...added);
		return added;
	}
}

/** A record as the API shows it to the holder of `key`. */
export function presentRecord(record: HistoryRecord, entityName: string, key: string): Row {
	const { id, createdAt, created, deleted, source, field, oldValue, newValue } = record;
	return {
		id,
		createdAt,
		...(created ? { created } : {}),
		...(deleted ? { deleted } : {}),
		source,
		field,
		oldValue,
		newValue,
		...(source === 'api' ? { apiKey: { current: record.key === key } } : {}),
		...(record.userId !== undefined ? { user: { id: record.userId } } : {}),
		[entityName]: record.entity,
		...(record.item ? { item: record.item } : {}),
		...(record.payment ? { payment: record.payment } : {}),
		...(record.combinedTo ? { combinedTo: record.combinedTo } : {}),
	};
}
