import type { Entity } from './types';

/** One table of the instance: rows in id order, an id index and externalId lookups per site. */
export class Table<T extends Entity> {
	readonly rows: T[] = [];
	private byId = new Map<number, T>();
	private nextId: number;

	constructor(firstId = 1) {
		this.nextId = firstId;
	}

	create(build: (id: number) => T): T {
		const row = build(this.nextId++);
		this.rows.push(row);
		this.byId.set(row.id, row);
		return row;
	}

	get(id: number | string): T | undefined {
		return this.byId.get(Number(id));
	}

	/** externalId is unique within a site; without a site, the first match among `sites`. */
	byExternalId(externalId: string, sites?: readonly string[]): T | undefined {
		return this.rows.find(
			(row) =>
				row.externalId === externalId &&
				(sites === undefined || row.site === undefined || sites.includes(row.site)),
		);
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
