import { SeededRandom } from '../random';
import type { DocType } from './documentTypes';
import { APPROVAL_TYPES, DOC_TYPES, STATUS } from './documentTypes';
import { PRECORO_FIRST_APPROVER, PRECORO_SECOND_APPROVER, PRECORO_USERS, publicUser } from './keys';
import type { ApprovalStep, Doc, Row } from './types';
import { Table } from './types';

export type CustomFieldKind = 'document' | 'item' | 'supplier';

export interface PrecoroData {
	users: Table<Row & { id: number }>;
	suppliers: Table<Row & { id: number }>;
	items: Table<Row & { id: number }>;
	groups: Table<Row & { id: number }>;
	units: Table<Row & { id: number }>;
	taxes: Table<Row & { id: number }>;
	paymentTerms: Table<Row & { id: number }>;
	locations: Table<Row & { id: number }>;
	legalEntities: Table<Row & { id: number }>;
	warehouses: Table<Row & { id: number }>;
	budgets: Table<Row & { id: number }>;
	budgetLines: Table<Row & { id: number }>;
	contracts: Table<Row & { id: number }>;
	customFields: Record<CustomFieldKind, Table<Row & { id: number }>>;
	options: Record<CustomFieldKind, Table<Row & { id: number }>>;
	/** Which custom field each option belongs to. */
	optionField: Record<CustomFieldKind, Map<number, number>>;
	documents: Record<DocType, Table<Doc>>;
	nextIdn: Record<DocType, number>;
	/** Approval steps of each document awaiting or past approval, by `type:idn`. */
	steps: Map<string, ApprovalStep[]>;
}

/**
 * A date-time as the API writes it. INT types them `date-time` without an example; ISO 8601
 * with an offset is what the PHP serializer behind it writes by default (no vendor sample seen).
 */
export function precoroTime(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19) + '+00:00';
}

export const stepKey = (type: DocType, idn: number) => `${type}:${idn}`;

/** A document's `id`: each type counts in its own thousand, so ids tell the types apart. */
export const documentId = (type: DocType, row: number) =>
	row + 1000 * (DOC_TYPES.indexOf(type) + 1);

const ref = (row: Row | undefined) => (row ? { id: row.id, name: row.name } : null);

const COUNTS: Record<DocType, number> = {
	purchaseorders: 430,
	invoices: 60,
	payments: 30,
	receipts: 40,
	purchaserequisitions: 30,
	warehouserequests: 20,
	expenses: 25,
};

const DAY = 86_400_000;

/**
 * The seeded company: a buyer and two approvers, 230 suppliers (two pages), 430 purchase
 * orders (three pages of 200), the other documents, reference data and custom fields with
 * options. Times lie in the last 90 days before `now`, so polls started now see none of them.
 */
export function seedPrecoro(seed: number, now = Date.now()): PrecoroData {
	const random = new SeededRandom(seed);
	const table = () => new Table<Row & { id: number }>();
	const data: PrecoroData = {
		users: new Table<Row & { id: number }>(PRECORO_USERS[0].id),
		suppliers: table(),
		items: table(),
		groups: table(),
		units: table(),
		taxes: table(),
		paymentTerms: table(),
		locations: table(),
		legalEntities: table(),
		warehouses: table(),
		budgets: table(),
		budgetLines: table(),
		contracts: table(),
		customFields: { document: table(), item: table(), supplier: table() },
		options: { document: table(), item: table(), supplier: table() },
		optionField: { document: new Map(), item: new Map(), supplier: new Map() },
		documents: Object.fromEntries(
			DOC_TYPES.map((t) => [t, new Table<Doc>()]),
		) as PrecoroData['documents'],
		nextIdn: Object.fromEntries(DOC_TYPES.map((t) => [t, 1])) as PrecoroData['nextIdn'],
		steps: new Map(),
	};
	const past = (maxDays: number) => now - random.int(1, maxDays * 24) * 3_600_000;

	// What GET /users shows of each user: everything but the token.
	for (const user of PRECORO_USERS) data.users.create(() => ({ ...publicUser(user) }));

	const legalEntities = ['Acme Ltd', 'Acme GmbH', 'Acme Inc'].map((name, i) =>
		data.legalEntities.create((id) => ({
			id,
			name,
			currency: ['GBP', 'EUR', 'USD'][i],
			enable: true,
			externalId: null,
			createDate: precoroTime(now - 400 * DAY),
			updateDate: precoroTime(now - 300 * DAY),
		})),
	);
	const locations = ['London HQ', 'Manchester', 'Berlin', 'Munich', 'New York', 'Austin'].map(
		(name, i) =>
			data.locations.create((id) => ({
				id,
				name,
				uniqueCode: `LOC-${id}`,
				enable: true,
				fullAddress: `${10 + i} Market Street, ${name}`,
				externalId: null,
				legalEntity: ref(legalEntities[Math.floor(i / 2)]),
				createDate: precoroTime(now - 380 * DAY),
				updateDate: precoroTime(now - 200 * DAY),
			})),
	);
	for (const name of ['Main warehouse', 'Spare parts'])
		data.warehouses.create((id) => ({ id, name, location: ref(locations[id - 1]), enable: true }));
	for (const name of ['pcs', 'box', 'kg', 'l', 'h', 'm'])
		data.units.create((id) => ({ id, name, enable: true }));
	for (const [name, value] of [
		['VAT 20%', 20],
		['VAT 19%', 19],
		['VAT 7%', 7],
		['Exempt', 0],
	] as const)
		data.taxes.create((id) => ({ id, name, value, enable: true, externalId: null }));
	for (const [name, days] of [
		['Net 15', 15],
		['Net 30', 30],
		['Net 60', 60],
		['Prepayment', 0],
	] as const)
		data.paymentTerms.create((id) => ({ id, name, creditPeriodDays: days, externalId: null }));
	for (const name of ['Office supplies', 'IT hardware', 'Software', 'Services', 'Furniture'])
		data.groups.create((id) => ({ id, name, enable: true }));

	const fields: Array<[CustomFieldKind, string, string[]]> = [
		['document', 'Department', ['Finance', 'Operations', 'Sales', 'Marketing', 'IT', 'HR']],
		['document', 'Project', Array.from({ length: 30 }, (_, i) => `Project ${i + 1}`)],
		['document', 'GL Account', ['6000 Office', '6100 IT', '6200 Travel', '6300 Services']],
		['item', 'Cost Center', ['CC-100', 'CC-200', 'CC-300']],
		['item', 'Class', ['Capex', 'Opex']],
		['supplier', 'Supplier Tier', ['Preferred', 'Approved', 'Trial']],
	];
	for (const [kind, name, values] of fields) {
		const field = data.customFields[kind].create((id) => ({
			id,
			name,
			description: `${name} of the document`,
			type: '1',
			required: false,
			enable: true,
			createDate: precoroTime(now - 365 * DAY),
			updateDate: precoroTime(now - 100 * DAY),
		}));
		for (const value of values) {
			const option = data.options[kind].create((id) => ({
				id,
				name: value,
				code: value.toUpperCase().replace(/[^A-Z0-9]+/g, '-'),
				label: value,
				level: '0',
				parent: { id: null },
				enable: true,
				externalId: null,
				billId: null,
			}));
			data.optionField[kind].set(option.id, field.id);
		}
	}

	const currencies = ['GBP', 'EUR', 'USD'];
	for (let i = 0; i < 230; i++) {
		data.suppliers.create((id) => ({
			id,
			name: `${random.pick(['Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne'])} ${random.pick(['Supplies', 'Trading', 'Components', 'Services'])} ${id}`,
			uniqueCode: `SUP-${String(id).padStart(4, '0')}`,
			currency: random.pick(currencies),
			currencies: 'GBP,EUR',
			legalAddress: `${id} Supplier Road`,
			country: random.pick(['GB', 'DE', 'US']),
			// 1 pending, 2 approved, 3 rejected (hotgluexyz/tap-precoro).
			status: id % 25 === 0 ? 1 : id % 40 === 0 ? 3 : 2,
			enable: id % 30 !== 0,
			externalId: null,
			createDate: precoroTime(past(400)),
			updateDate: precoroTime(past(120)),
			approvalDate: precoroTime(past(380)),
		}));
	}
	for (let i = 0; i < 80; i++) {
		const supplier = data.suppliers.get(random.int(1, 40));
		data.items.create((id) => ({
			id,
			name: `${random.pick(['Paper', 'Laptop', 'Monitor', 'Chair', 'Toner', 'Cable', 'Desk'])} ${id}`,
			sku: `SKU-${1000 + id}`,
			price: random.money(2, 900),
			currency: supplier?.currency,
			unit: 'pcs',
			supplier: ref(supplier),
			group: ref(data.groups.get((id % 5) + 1)),
			enable: true,
			externalId: null,
			createDate: precoroTime(past(300)),
			updateDate: precoroTime(past(90)),
		}));
	}
	for (let i = 0; i < 4; i++) {
		const budget = data.budgets.create((id) => ({
			id,
			name: `Budget ${2026 + Math.floor(i / 2)} ${['H1', 'H2'][i % 2]}`,
			sum: 100_000 + i * 25_000,
			currency: 'GBP',
			startDate: precoroTime(now - 200 * DAY + i * 90 * DAY),
			endDate: precoroTime(now - 20 * DAY + i * 90 * DAY),
			locations: [ref(locations[i % 6])],
			legalEntities: [ref(legalEntities[i % 3])],
		}));
		for (let j = 0; j < 2; j++)
			data.budgetLines.create((id) => ({
				id,
				name: `${budget.name} line ${j + 1}`,
				sum: (budget.sum as number) / 2,
				currency: 'GBP',
				parent: { id: budget.id, name: budget.name },
			}));
	}
	for (let i = 0; i < 12; i++) {
		data.contracts.create((id) => ({
			id,
			number: `CTR-${2026}-${String(id).padStart(3, '0')}`,
			supplier: ref(data.suppliers.get(id)),
			beginDate: precoroTime(now - 300 * DAY),
			endDate: precoroTime(now + 65 * DAY),
			currency: 'GBP',
			contractAmount: random.money(5000, 50000),
			// No status codes for contracts were found; 0 is taken as a draft, 1 as active.
			status: id % 4 === 0 ? 0 : 1,
			enable: true,
			createDate: precoroTime(past(300)),
			updateDate: precoroTime(past(100)),
		}));
	}

	for (const type of DOC_TYPES) {
		for (let i = 0; i < COUNTS[type]; i++) seedDocument(data, type, random, past, now);
	}
	return data;
}

/**
 * One document. Purchase orders follow a two-step flow (first approver, then second); a few
 * wait for the first approver, a few for the second, the rest are approved, drafts, rejected or
 * cancelled. Other approval types use one step.
 */
function seedDocument(
	data: PrecoroData,
	type: DocType,
	random: SeededRandom,
	past: (maxDays: number) => number,
	now: number,
): Doc {
	const idn = data.nextIdn[type]++;
	const slot = idn % 100;
	let status: number;
	let approved: boolean[] = [];
	if (!APPROVAL_TYPES.includes(type)) status = STATUS.approved;
	else if (slot === 3 || slot === 53) [status, approved] = [STATUS.pending, [false, false]];
	else if (slot === 17) [status, approved] = [STATUS.pending, [true, false]];
	else if (slot % 10 === 1) status = STATUS.open;
	else if (slot % 20 === 8) status = STATUS.rejected;
	else if (slot % 20 === 9) status = STATUS.canceled;
	else status = STATUS.approved;
	const created = past(90);
	const supplier = data.suppliers.get(random.int(1, 60))!;
	const location = data.locations.get(random.int(1, 6))!;
	const legalEntity = (location.legalEntity as Row | null) ?? null;
	const lines = random.int(1, 4);
	const items = Array.from({ length: lines }, (_, n) => {
		const item = data.items.get(random.int(1, 80))!;
		return {
			id: idn * 10 + n,
			name: item.name,
			sku: item.sku,
			item: { id: item.id },
			ordered: random.int(1, 20),
			price: item.price,
			unit: 'pcs',
			currency: supplier.currency,
		};
	});
	const sum = Math.round(items.reduce((t, l) => t + l.ordered * Number(l.price), 0) * 100) / 100;
	const department = data.options.document.get(random.int(1, 6))!;
	const doc = data.documents[type].create((id) => ({
		id: documentId(type, id),
		idn,
		status,
		createDate: precoroTime(created),
		updateDate: precoroTime(Math.min(now - 60_000, created + random.int(0, 72) * 3_600_000)),
		approvalDate: status === STATUS.approved ? precoroTime(created + 3_600_000) : null,
		requiredDate: precoroTime(created + random.int(5, 30) * DAY),
		currency: supplier.currency,
		sum,
		note: null,
		logicType: type === 'invoices' && idn % 12 === 0 ? 1 : 0,
		externalId: null,
		integrationStatus: null,
		supplier: ref(supplier),
		location: ref(location),
		legalEntity,
		creator: { id: PRECORO_USERS[0].id, email: PRECORO_USERS[0].email },
		items,
		dataDocumentCustomFields: {
			data: [
				{
					id: idn,
					value: department.name,
					documentCustomField: { id: data.optionField.document.get(department.id) },
					documentCustomFieldOption: { id: department.id },
				},
			],
		},
		...(type === 'invoices' || type === 'receipts' || type === 'payments'
			? { purchaseOrder: { id: 1000 + idn, idn } }
			: {}),
		...(type === 'purchaseorders' ? { purchaseRequisitions: idn <= 30 ? [{ idn }] : [] } : {}),
		...(type === 'invoices' ? { invoiceNumber: `INV-${2000 + idn}` } : {}),
		...(type === 'payments' ? seededPayment(data, idn, created, sum) : {}),
	}));
	if (APPROVAL_TYPES.includes(type) && status !== STATUS.open) {
		data.steps.set(
			stepKey(type, idn),
			approvalFlow(type).map((step, n) => ({
				...step,
				approved: approved.length > 0 ? approved[n] : status === STATUS.approved,
			})),
		);
	}
	return doc;
}

/** What a seeded payment adds (INT's PaymentTransformer2): the invoice it pays in full, and when. */
function seededPayment(data: PrecoroData, idn: number, created: number, sum: number): Row {
	const invoice = data.documents.invoices.rows.find((row) => row.idn === idn);
	return {
		payDate: precoroTime(created + DAY),
		sumPaid: sum,
		invoice: invoice ? { id: invoice.id, idn: invoice.idn } : null,
	};
}

/** The approvers a new document of this type waits for, in order. */
export function approvalFlow(type: DocType): ApprovalStep[] {
	const approvers =
		type === 'purchaseorders'
			? [PRECORO_FIRST_APPROVER, PRECORO_SECOND_APPROVER]
			: [PRECORO_FIRST_APPROVER];
	return approvers.map((user) => ({ userId: user.id, approved: false }));
}
