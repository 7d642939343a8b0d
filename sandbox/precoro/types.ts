/** A record as the API returns it. */
export type Row = Record<string, unknown>;

/** Who must approve a document, one step at a time, and who has. */
export interface ApprovalStep {
	userId: number;
	approved: boolean;
}

export interface Doc extends Row {
	id: number;
	idn: number;
	status: number;
	updateDate: string;
}

/** One table: rows in id order and an id index. */
export class Table<T extends { id: number }> {
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
		return /^\d{1,19}$/.test(String(id)) ? this.byId.get(Number(id)) : undefined;
	}
}
