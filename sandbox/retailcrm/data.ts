import { History } from './history';
import { Table } from './table';
import type { Customer, Entity, Order, Row } from './types';

/** A running number for ids of nested rows (order lines, payments, addresses, ...). */
export class Counter {
	constructor(private value: number) {}

	next(): number {
		return this.value++;
	}
}

/** Everything one RetailCRM instance holds. */
export interface RetailCrmData {
	orders: Table<Order>;
	customers: Table<Customer>;
	corporate: Table<Customer>;
	notes: Table<Entity>;
	corporateNotes: Table<Entity>;
	products: Table<Entity>;
	offers: Table<Entity>;
	productGroups: Table<Entity>;
	tasks: Table<Entity>;
	users: Table<Entity>;
	costs: Table<Entity>;
	packs: Table<Entity>;
	/** Custom field definitions and dictionaries, keyed by code. */
	customFields: Row[];
	customDictionaries: Row[];
	files: Table<Entity>;
	fileContents: Map<number, Buffer>;
	/** Reference books by path name (`statuses`, `sites`, ...), each keyed by code. */
	reference: Record<string, Record<string, Row>>;
	orderHistory: History;
	customerHistory: History;
	corporateHistory: History;
	taskHistory: History;
	packHistory: History;
	seq: {
		orderItem: Counter;
		payment: Counter;
		orderNumber: Counter;
		corporatePart: Counter;
	};
}

export function emptyData(): RetailCrmData {
	return {
		orders: new Table<Order>(1001),
		customers: new Table<Customer>(501),
		corporate: new Table<Customer>(9001),
		notes: new Table(301),
		corporateNotes: new Table(13001),
		products: new Table(2001),
		offers: new Table(5001),
		productGroups: new Table(11),
		tasks: new Table(701),
		users: new Table(1),
		costs: new Table(401),
		packs: new Table(801),
		customFields: [],
		customDictionaries: [],
		files: new Table(61),
		fileContents: new Map(),
		reference: {},
		orderHistory: new History(7001),
		customerHistory: new History(3001),
		corporateHistory: new History(12001),
		taskHistory: new History(901),
		packHistory: new History(15001),
		seq: {
			orderItem: new Counter(20001),
			payment: new Counter(60001),
			orderNumber: new Counter(1),
			corporatePart: new Counter(90001),
		},
	};
}
