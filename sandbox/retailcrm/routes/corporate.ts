import type { Router } from '../../router';
import { LIST_PARAMS, created, ok, takes, type Ctx, type Handler } from '../context';
import { NOT_A_CHOICE, invalidInput, notFound } from '../errors';
import { boolean, contains, dateFrom, dateTo, inList, many } from '../filters';
import { listOf } from '../params';
import { creationChanges, fieldChanges } from '../history';
import { customerSummary } from '../model/customers';
import { check, entity, findBy, paginate, param, siteParam } from '../params';
import { crmTime } from '../time';
import type { Customer, Row } from '../types';
import { registerNotes } from './customers';
import { byEntityExternalId, byEntityId, historyList } from './history';
import { registerResource, required } from './resource';

/** Fields of api-client-php src/Model/Entity/CustomersCorporate/CustomerCorporate.php a create or edit may set. */
const CORPORATE_FIELDS = [
	'externalId',
	'nickName',
	'vip',
	'bad',
	'customFields',
	'personalDiscount',
	'managerId',
	'tags',
	'discountCardNumber',
] as const;

/**
 * Addresses, companies and contacts of a corporate customer: list, create, edit
 * (api-client-php src/ResourceGroup/CustomersCorporate.php). A company needs a name and a contact
 * an existing customer: no vendor source found for either rule or its wording.
 */
const PARTS: [path: string, field: string, label: string][] = [
	['addresses', 'address', 'Address'],
	['companies', 'company', 'Company'],
	['contacts', 'contact', 'Contact'],
];

function partErrors(
	ctx: Ctx,
	field: string,
	input: Row,
	creating: boolean,
): Record<string, string> {
	if (field === 'contact') {
		const ref = (input.customer ?? {}) as Row;
		if (!creating && input.customer === undefined) return {};
		const customer =
			ref.id !== undefined
				? ctx.data.customers.get(Number(ref.id))
				: ref.externalId !== undefined
					? ctx.data.customers.byExternalId(String(ref.externalId), ctx.access.sites)
					: undefined;
		return customer ? {} : { customer: 'Customer not found.' };
	}
	return creating && field === 'company' ? required(input, ['name']) : {};
}

/**
 * `entityBy` picks the part by `id` or `externalId` (api-client-php
 * src/Model/Request/CustomersCorporate/CustomersCorporateAddressesEditRequest.php); that
 * externalId is its default, as for `by`: unconfirmed, no vendor source found.
 */
function findPart(ctx: Ctx, parts: Row[]): Row {
	const by = param(ctx, 'entityBy') ?? 'externalId';
	if (by !== 'id' && by !== 'externalId') throw invalidInput({ entityBy: NOT_A_CHOICE });
	const value = ctx.params.entityId;
	const part = parts.find((p) => String(p[by]) === value);
	if (!part) throw notFound();
	return part;
}

function registerParts(router: Router<Handler>): void {
	const base = '/api/v5/customers-corporate/:id';
	for (const [path, field, label] of PARTS) {
		const partsOf = (ctx: Ctx) => {
			const customer = findBy(ctx, ctx.data.corporate);
			return { customer, parts: customer[path] as Row[] };
		};
		// CustomersCorporate{Addresses,Companies,Contacts}Request: filter, page, limit, by, site;
		// the create request adds the entry, the edit request `entityBy` (api-client-php
		// src/Model/Request/CustomersCorporate/).
		router
			.add(
				'GET',
				`${base}/${path}`,
				takes([...LIST_PARAMS, 'by', 'site'], (ctx) => {
					const page = paginate(ctx, partsOf(ctx).parts);
					return ok({ [path]: page.items, pagination: page.pagination });
				}),
			)
			.add(
				'POST',
				`${base}/${path}/create`,
				takes([field, 'by', 'site'], (ctx) => {
					const { parts } = partsOf(ctx);
					const input = entity<Row>(ctx, field);
					check(`${label} is not created`, partErrors(ctx, field, input, true));
					const id = ctx.data.seq.corporatePart.next();
					parts.push({ isMain: parts.length === 0, ...input, id });
					return created({ id });
				}),
			)
			.add(
				'POST',
				`${base}/${path}/:entityId/edit`,
				takes([field, 'by', 'entityBy', 'site'], (ctx) => {
					const { parts } = partsOf(ctx);
					const part = findPart(ctx, parts);
					const input = entity<Row>(ctx, field);
					check(`${label} is not edited`, partErrors(ctx, field, input, false));
					Object.assign(part, input, { id: part.id });
					return ok({ id: part.id });
				}),
			);
	}
}

export function registerCorporate(router: Router<Handler>): void {
	// Corporate history takes the customer history's filter (api-client-php
	// src/ResourceGroup/CustomersCorporate.php history() with CustomerHistoryFilter).
	router.add(
		'GET',
		'/api/v5/customers-corporate/history',
		takes(LIST_PARAMS, (ctx) =>
			historyList(ctx, ctx.data.corporateHistory, 'customer', {
				customerId: byEntityId(),
				customerExternalId: byEntityExternalId(),
			}),
		),
	);
	registerNotes(
		router,
		'/api/v5/customers-corporate',
		(data) => data.corporate,
		(data) => data.corporateNotes,
	);
	registerParts(router);
	registerResource<Customer>(router, {
		path: '/api/v5/customers-corporate',
		table: (data) => data.corporate,
		listKey: 'customersCorporate',
		itemKey: 'customerCorporate',
		entity: 'customerCorporate',
		byAware: true,
		// A subset of api-client-php src/Model/Filter/CustomersCorporate/CustomerCorporateFilter.php:
		// created dates are `dateFrom` / `dateTo` (no createdAtFrom/To), `nickName` is string[].
		filters: {
			ids: inList('id'),
			externalIds: inList('externalId'),
			nickName: many((row: Customer, value) =>
				listOf(value).some((name) => contains<Customer>('nickName')(row, name)),
			),
			sites: inList('site'),
			managers: inList('managerId'),
			vip: boolean('vip'),
			bad: boolean('bad'),
			dateFrom: dateFrom('createdAt'),
			dateTo: dateTo('createdAt'),
		},
		create: {
			errorMsg: 'Corporate customer is not created',
			validate: (ctx, input) => {
				const errors = required(input, ['nickName']);
				const site = siteParam(ctx, true) as string;
				if (
					input.externalId !== undefined &&
					ctx.data.corporate.byExternalId(String(input.externalId), [site])
				)
					errors.externalId = `Customer with externalId=${String(input.externalId)} already exists.`;
				return errors;
			},
			build: (ctx, input, id) =>
				({
					type: 'customer_corporate',
					vip: false,
					bad: false,
					customFields: {},
					personalDiscount: 0,
					tags: [],
					...Object.fromEntries(
						CORPORATE_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]),
					),
					id,
					createdAt: crmTime(ctx.now),
					site: siteParam(ctx, true) as string,
					addresses: [],
					companies: [],
					contacts: [],
				}) as Customer,
			after: (ctx, row) =>
				ctx.data.corporateHistory.add(
					row,
					creationChanges(row),
					ctx.actor,
					customerSummary,
					ctx.now,
				),
		},
		edit: {
			errorMsg: 'Corporate customer is not edited',
			fields: CORPORATE_FIELDS,
			validate: () => ({}),
			after: (ctx, row, before) =>
				ctx.data.corporateHistory.add(
					row,
					fieldChanges(before, row),
					ctx.actor,
					customerSummary,
					ctx.now,
				),
		},
	});
}
