import type { Router } from '../../router';
import { LIST_PARAMS, created, ok, takes, type Handler } from '../context';
import { CrmError, invalidInput, notFound } from '../errors';
import {
	applyFilters,
	boolean,
	contains,
	customFields,
	dateFrom,
	dateTo,
	equals,
	inList,
	many,
	type Filter,
} from '../filters';
import { fieldChanges } from '../history';
import { createCustomer, customerErrors, customerSummary, editCustomer } from '../model/customers';
import { check, entity, findBy, listOf, paginate, siteParam, visible } from '../params';
import { crmTime } from '../time';
import type { RetailCrmData } from '../data';
import type { Table } from '../table';
import type { Customer, Entity, Row } from '../types';
import { byEntityExternalId, byEntityId, historyList } from './history';
import { MAX_UPLOAD, batchUpload, uploadLimit } from './upload';

/** A subset of api-client-php src/Model/Filter/Customers/CustomerFilter.php, with its types. */
const CUSTOMER_FILTERS: Record<string, Filter<Customer>> = {
	ids: inList('id'),
	externalIds: inList('externalId'),
	name: (c, v) =>
		contains<Row>('firstName', 'lastName', 'email')(c, v) ||
		`${String(c.firstName)} ${String(c.lastName)}`.toLowerCase().includes(String(v).toLowerCase()),
	email: equals('email'),
	sites: inList('site'),
	managers: inList('managerId'),
	vip: boolean('vip'),
	bad: boolean('bad'),
	dateFrom: dateFrom('createdAt'),
	dateTo: dateTo('createdAt'),
	tags: many((c, v) => (c.tags as { name: string }[]).some((t) => listOf(v).includes(t.name))),
	customFields: customFields(),
};

function checkedCreate(ctx: Parameters<Handler>[0], input: Row, site: string): Customer {
	check('Customer is not created', customerErrors(ctx.data, input, site));
	return createCustomer(ctx.data, input, site, ctx.actor, ctx.now);
}

/**
 * POST /customers/combine: merges `customers` into `resultCustomer` (api-client-php
 * src/Model/Request/Customers/CustomersCombineRequest.php); the merged ones are deleted and their
 * history says where they went (`combinedTo`: help.retailcrm.pro/Developers/ApiHistory). Which
 * fields the result takes over: no vendor source found (orders and order counts here).
 */
const combine: Handler = (ctx) => {
	const sources = entity<Row[]>(ctx, 'customers', 'array');
	const target = entity<Row>(ctx, 'resultCustomer');
	const result = ctx.data.customers.get(Number(target.id));
	if (!result || !visible(ctx, result)) throw notFound();
	const merged = sources.map((ref) => {
		const customer = ctx.data.customers.get(Number(ref.id));
		if (!customer || !visible(ctx, customer) || customer === result) throw notFound();
		return customer;
	});
	for (const customer of merged) {
		for (const order of ctx.data.orders.rows) {
			const ref = order.customer as Row | undefined;
			if (ref?.id === customer.id)
				order.customer = { ...ref, id: result.id, externalId: result.externalId };
		}
		result.ordersCount = Number(result.ordersCount ?? 0) + Number(customer.ordersCount ?? 0);
		ctx.data.customers.remove(customer.id);
		ctx.data.customerHistory.add(
			customer,
			[
				{
					field: 'id',
					oldValue: customer.id,
					newValue: null,
					deleted: true,
					combinedTo: customerSummary(result),
				},
			],
			ctx.actor,
			customerSummary,
			ctx.now,
		);
	}
	return ok();
};

/**
 * Note filters (api-client-php src/Model/Filter/Customers/CustomerNoteFilter.php), for the notes
 * of customers and of corporate customers alike (CustomersCorporate::notes takes the same class).
 */
export const NOTE_FILTERS: Record<string, Filter<Entity>> = {
	ids: inList('id'),
	customerIds: many((n, v) => listOf(v).includes(String((n.customer as Row).id))),
	customerExternalIds: many((n, v) => listOf(v).includes(String((n.customer as Row).externalId))),
	managerIds: inList('managerId'),
	text: contains('text'),
	createdAtFrom: dateFrom('createdAt'),
	createdAtTo: dateTo('createdAt'),
};

/**
 * The notes of one kind of customer under `base` (`/customers`, `/customers-corporate`): list,
 * create (`note` = `{customer: {id|externalId}, text, managerId}` and `site`:
 * CustomersNotesCreateRequest), delete by id (api-client-php src/ResourceGroup/Customers.php and
 * CustomersCorporate.php notes, notesCreate, notesDelete). A note without text, or of a customer
 * that cannot be found, is refused with the errors the simulator knows; RetailCRM's exact
 * messages: no vendor source found.
 */
export function registerNotes(
	router: Router<Handler>,
	base: string,
	owners: (data: RetailCrmData) => Table<Customer>,
	notes: (data: RetailCrmData) => Table<Entity>,
): void {
	const createNote: Handler = (ctx) => {
		const input = entity<Row>(ctx, 'note');
		const ref = (input.customer ?? {}) as Row;
		const site = ref.externalId !== undefined ? siteParam(ctx, true) : undefined;
		const customer =
			ref.id !== undefined
				? owners(ctx.data).get(Number(ref.id))
				: ref.externalId !== undefined
					? owners(ctx.data).byExternalId(String(ref.externalId), site ? [site] : undefined)
					: undefined;
		const errors: Record<string, string> = {};
		if (!customer || !visible(ctx, customer)) errors.customer = 'Customer not found.';
		if (typeof input.text !== 'string' || input.text.trim() === '')
			errors.text = 'This value should not be blank.';
		if (input.managerId !== undefined && !ctx.data.users.get(Number(input.managerId)))
			errors.managerId = `User with id=${String(input.managerId)} not found.`;
		if (Object.keys(errors).length > 0 || !customer)
			throw new CrmError(400, 'Note is not created', errors);
		const note = notes(ctx.data).create((id) => ({
			id,
			text: String(input.text),
			createdAt: crmTime(ctx.now),
			managerId: input.managerId === undefined ? null : Number(input.managerId),
			customer: { id: customer.id, externalId: customer.externalId, site: customer.site },
			site: customer.site,
		}));
		return created({ id: note.id });
	};
	router
		.add(
			'GET',
			`${base}/notes`,
			takes(LIST_PARAMS, (ctx) => {
				const rows = notes(ctx.data).rows.filter((n) => visible(ctx, n));
				const page = paginate(ctx, applyFilters(ctx, rows, NOTE_FILTERS).reverse());
				return ok({ pagination: page.pagination, notes: page.items });
			}),
		)
		.add('POST', `${base}/notes/create`, takes(['note', 'site'], createNote))
		.add(
			'POST',
			`${base}/notes/:id/delete`,
			takes([], (ctx) => {
				const note = notes(ctx.data).get(ctx.params.id);
				if (!note || !visible(ctx, note)) throw notFound();
				notes(ctx.data).remove(note.id);
				return ok();
			}),
		);
}

/**
 * api-client-php src/ResourceGroup/Customers.php; each method takes the fields of its request
 * class (src/Model/Request/Customers/*Request.php), nothing else.
 */
export function registerCustomers(router: Router<Handler>): void {
	registerNotes(
		router,
		'/api/v5/customers',
		(data) => data.customers,
		(data) => data.notes,
	);
	router
		.add(
			'GET',
			'/api/v5/customers',
			takes(LIST_PARAMS, (ctx) => {
				const rows = ctx.data.customers.rows.filter((c) => visible(ctx, c));
				const page = paginate(ctx, applyFilters(ctx, rows, CUSTOMER_FILTERS).reverse());
				return ok({ pagination: page.pagination, customers: page.items });
			}),
		)
		.add(
			'GET',
			'/api/v5/customers/history',
			takes(LIST_PARAMS, (ctx) =>
				historyList(ctx, ctx.data.customerHistory, 'customer', {
					customerId: byEntityId(),
					customerExternalId: byEntityExternalId(),
				}),
			),
		)
		.add(
			'POST',
			'/api/v5/customers/create',
			takes(['customer', 'site'], (ctx) => {
				const input = entity<Row>(ctx, 'customer');
				const customer = checkedCreate(ctx, input, siteParam(ctx, true) as string);
				return created({ id: customer.id });
			}),
		)
		.add(
			'POST',
			'/api/v5/customers/upload',
			takes(['customers', 'site'], (ctx) => {
				const customers = entity<Row[]>(ctx, 'customers', 'array');
				const site = siteParam(ctx, true) as string;
				if (customers.length > MAX_UPLOAD) throw invalidInput(uploadLimit('customers'));
				return batchUpload(customers, 'Customers', (input) => checkedCreate(ctx, input, site));
			}),
		)
		// CustomersCombineRequest: customers, resultCustomer.
		.add('POST', '/api/v5/customers/combine', takes(['customers', 'resultCustomer'], combine))
		.add(
			'POST',
			'/api/v5/customers/fix-external-ids',
			takes(['customers'], (ctx) => {
				const pairs = entity<Row[]>(ctx, 'customers', 'array');
				const targets = pairs.map((pair, i) => {
					const customer = ctx.data.customers.get(Number(pair.id));
					if (!customer || !visible(ctx, customer))
						throw new CrmError(400, 'Errors in the entity format', {
							[`customers[${i}].id`]: 'Customer not found.',
						});
					return [customer, String(pair.externalId)] as const;
				});
				for (const [customer, externalId] of targets) {
					const before = { externalId: customer.externalId };
					customer.externalId = externalId;
					ctx.data.customerHistory.add(
						customer,
						fieldChanges(before, { externalId }),
						ctx.actor,
						customerSummary,
						ctx.now,
					);
				}
				return ok();
			}),
		)
		.add(
			'GET',
			'/api/v5/customers/:id',
			takes(['by', 'site'], (ctx) => ok({ customer: findBy(ctx, ctx.data.customers) })),
		)
		.add(
			'POST',
			'/api/v5/customers/:id/edit',
			takes(['customer', 'by', 'site'], (ctx) => {
				const customer = findBy(ctx, ctx.data.customers);
				const input = entity<Row>(ctx, 'customer');
				check('Customer is not edited', customerErrors(ctx.data, input, customer.site, customer));
				editCustomer(ctx.data, customer, input, ctx.actor, ctx.now);
				return ok({ id: customer.id });
			}),
		);
}
