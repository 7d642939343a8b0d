import type { RetailCrmData } from '../data';
import { creationChanges, fieldChanges } from '../history';
import { crmTime } from '../time';
import type { Actor, Customer, Entity, Row } from '../types';

/** Fields a create or edit may set; the rest are the CRM's own. */
const CUSTOMER_FIELDS = [
	'externalId',
	'firstName',
	'lastName',
	'patronymic',
	'email',
	'phones',
	'address',
	'birthday',
	'sex',
	'vip',
	'bad',
	'managerId',
	'contragent',
	'customFields',
	'tags',
	'personalDiscount',
	'commentary',
	'subscribed',
	'source',
] as const;

export const customerSummary = (c: Entity): Row => ({
	id: c.id,
	...(c.externalId ? { externalId: c.externalId } : {}),
	site: c.site,
});

/**
 * Validation errors of a customer input, keyed by field as RetailCRM reports them (an `errors`
 * map: api-client-php src/Model/Response/ErrorResponse.php). An externalId is unique per site
 * (the `by=externalId` lookups need it); the messages follow RetailCRM's "… with externalId=…"
 * pattern (retailcrm/1C-configuration PR #150); their exact wording: no vendor source found.
 */
export function customerErrors(
	data: RetailCrmData,
	input: Row,
	site: string,
	self?: Customer,
): Record<string, string> {
	const errors: Record<string, string> = {};
	const externalId = input.externalId;
	if (externalId !== undefined && externalId !== null) {
		const taken = data.customers.byExternalId(String(externalId), [site]);
		if (taken && taken !== self)
			errors.externalId = `Customer with externalId=${String(externalId)} already exists.`;
	}
	if (
		input.email !== undefined &&
		input.email !== null &&
		!/^\S+@\S+\.\S+$/.test(String(input.email))
	)
		errors.email = 'This value is not a valid email address.';
	if (input.managerId !== undefined && !data.users.get(Number(input.managerId)))
		errors.managerId = `User with id=${String(input.managerId)} not found.`;
	return errors;
}

function pick(input: Row): Row {
	return Object.fromEntries(
		CUSTOMER_FIELDS.filter((field) => input[field] !== undefined).map((f) => [f, input[f]]),
	);
}

export function createCustomer(
	data: RetailCrmData,
	input: Row,
	site: string,
	actor: Actor,
	now = new Date(),
): Customer {
	const customer = data.customers.create(
		(id) =>
			({
				type: 'customer',
				id,
				isContact: false,
				createdAt: crmTime(now),
				vip: false,
				bad: false,
				site,
				contragent: { contragentType: 'individual' },
				tags: [],
				customFields: {},
				personalDiscount: 0,
				ordersCount: 0,
				totalSumm: 0,
				averageSumm: 0,
				marginSumm: 0,
				segments: [],
				phones: [],
				...pick(input),
			}) as Customer,
	);
	data.customerHistory.add(customer, creationChanges(customer), actor, customerSummary, now);
	return customer;
}

export function editCustomer(
	data: RetailCrmData,
	customer: Customer,
	input: Row,
	actor: Actor,
	now = new Date(),
): void {
	const before = JSON.parse(JSON.stringify(customer)) as Row;
	const changes = pick(input);
	if (changes.customFields && typeof changes.customFields === 'object')
		changes.customFields = { ...customer.customFields, ...(changes.customFields as Row) };
	Object.assign(customer, changes);
	data.customerHistory.add(customer, fieldChanges(before, customer), actor, customerSummary, now);
}
