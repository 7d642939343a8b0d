import type { Row } from './types';

/** One table of a Picqer account: rows in id order plus an id index. */
export class Collection<T extends Row = Row> {
	readonly rows: T[] = [];
	private byId = new Map<number, T>();
	private nextId: number;

	constructor(
		readonly idField: string,
		firstId = 1,
	) {
		this.nextId = firstId;
	}

	/** Builds a row around the next free id and stores it. */
	create(build: (id: number) => T): T {
		const row = build(this.nextId++);
		this.rows.push(row);
		this.byId.set(row[this.idField] as number, row);
		return row;
	}

	get(id: number | string): T | undefined {
		return this.byId.get(Number(id));
	}

	remove(id: number): boolean {
		const row = this.byId.get(id);
		if (!row) return false;
		this.byId.delete(id);
		this.rows.splice(this.rows.indexOf(row), 1);
		return true;
	}

	get size(): number {
		return this.rows.length;
	}
}
