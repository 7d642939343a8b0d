import type { Router } from '../../router';
import { registerComments, registerTags } from '../attachments';
import { created, noContent, ok, type Ctx, type Handler } from '../context';
import { missing, notFound } from '../errors';
import { equals, search } from '../filters';
import { ORDER_ADDRESS_FIELDS } from '../model';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Customer, CustomerAddress, Row } from '../types';
import { requireCountry } from './validation';

const CUSTOMER_FIELDS = [
	'idtemplate',
	'idpricelist',
	'name',
	'contactname',
	'telephone',
	'emailaddress',
	'discount',
	'vatnumber',
	'calculatevat',
	'default_order_remarks',
	'auto_split',
	'language',
] as const;

function buildAddress(ctx: Ctx, input: Row): CustomerAddress {
	if (!input.address && !input.name) throw missing(['name', 'address']);
	const address: Row = { idcustomer_address: ctx.data.seq.customerAddress.next() };
	for (const field of ORDER_ADDRESS_FIELDS) address[field] = input[field] ?? null;
	address.country = requireCountry(input.country ?? 'NL', 'country');
	address.defaultinvoice = Boolean(input.defaultinvoice ?? false);
	address.defaultdelivery = Boolean(input.defaultdelivery ?? false);
	return address as unknown as CustomerAddress;
}

export const customers: ResourceSpec<Customer> = {
	path: '/customers',
	label: 'Customer',
	table: (data) => data.customers,
	filters: {
		search: search('name', 'contactname', 'emailaddress', 'customerid', 'telephone'),
		customerid: equals('customerid'),
	},
	create: {
		required: ['name'],
		build(ctx, idcustomer) {
			const number = ctx.data.seq.customerid.next();
			const time = picqerTime();
			const customer: Row = { idcustomer, customerid: `C${String(number).padStart(5, '0')}` };
			for (const field of CUSTOMER_FIELDS) customer[field] = ctx.body[field] ?? null;
			customer.discount = ctx.body.discount ?? 0;
			customer.calculatevat = ctx.body.calculatevat ?? true;
			customer.language = ctx.body.language ?? 'nl';
			customer.idfulfilment_customer = null;
			const addresses = Array.isArray(ctx.body.addresses) ? (ctx.body.addresses as Row[]) : [];
			customer.addresses = addresses.map((a) => buildAddress(ctx, a));
			customer.tags = [];
			customer.created = time;
			customer.updated = time;
			return customer as Customer;
		},
	},
	update: { fields: CUSTOMER_FIELDS },
};

export function registerCustomers(router: Router<Handler>): void {
	registerResource(router, customers);
	const owner = { path: '/customers', type: 'customer', label: 'Customer', table: customers.table };
	registerComments(router, owner);
	registerTags(router, owner);
	router.add('GET', '/customers/:id/addresses', (ctx) => ok(findOr404(customers, ctx).addresses));
	router.add('POST', '/customers/:id/addresses', (ctx) => {
		const customer = findOr404(customers, ctx);
		const address = buildAddress(ctx, ctx.body);
		customer.addresses.push(address);
		return created(address);
	});
	router.add('PUT', '/customers/:id/addresses/:idaddress', (ctx) => {
		const address = findAddress(ctx, findOr404(customers, ctx));
		for (const field of [...ORDER_ADDRESS_FIELDS, 'defaultinvoice', 'defaultdelivery'] as const) {
			if (field in ctx.body) (address as unknown as Row)[field] = ctx.body[field];
		}
		if ('country' in ctx.body) address.country = requireCountry(ctx.body.country, 'country');
		return ok(address);
	});
	router.add('DELETE', '/customers/:id/addresses/:idaddress', (ctx) => {
		const customer = findOr404(customers, ctx);
		const address = findAddress(ctx, customer);
		customer.addresses.splice(customer.addresses.indexOf(address), 1);
		return noContent();
	});
}

function findAddress(ctx: Ctx, customer: Customer): CustomerAddress {
	const address = customer.addresses.find(
		(a) => String(a.idcustomer_address) === ctx.params.idaddress,
	);
	if (!address) throw notFound('Address');
	return address;
}
