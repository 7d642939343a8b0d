import type { Router } from '../../router';
import { registerComments, registerTags } from '../attachments';
import { created, noContent, ok, type Ctx, type Handler } from '../context';
import { accepting } from '../contract';
import { missing, notFound } from '../errors';
import { equals, search } from '../filters';
import { ORDER_ADDRESS_FIELDS } from '../model';
import { findOr404, registerResource, type ResourceSpec } from '../resources';
import { picqerTime } from '../time';
import type { Customer, CustomerAddress, Row } from '../types';
import { requireCountry } from './validation';

/** The customer attributes one may write: picqer.com/en/api/customers (attributes table). */
const CUSTOMER_FIELDS = [
	'customerid',
	'idtemplate',
	'idfulfilment_customer',
	'name',
	'contactname',
	'telephone',
	'emailaddress',
	'discount',
	'vatnumber',
	'calculatevat',
	'remarks',
	'default_order_remarks',
	'auto_split',
	'language',
] as const;

/** An address's attributes: picqer.com/en/api/customers (`addresses.*`). */
const ADDRESS_FIELDS = [...ORDER_ADDRESS_FIELDS, 'defaultinvoice', 'defaultdelivery'] as const;

function buildAddress(ctx: Ctx, input: Row): CustomerAddress {
	// `addresses.name` is the one required address attribute (picqer.com/en/api/customers).
	if (!input.name) throw missing(['name']);
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
	// `search` (an email address, say): Pinelab vendure-plugin-picqer picqer.client.ts;
	// `customerid`: picqer-php Client.php `getCustomerByCustomerid`.
	filters: {
		search: search('name', 'contactname', 'emailaddress', 'customerid', 'telephone'),
		customerid: equals('customerid'),
	},
	create: {
		fields: [...CUSTOMER_FIELDS, 'addresses'],
		required: ['name'],
		build(ctx, idcustomer) {
			const number = ctx.data.seq.customerid.next();
			const time = picqerTime();
			const customer: Row = { idcustomer };
			for (const field of CUSTOMER_FIELDS) customer[field] = ctx.body[field] ?? null;
			customer.customerid = ctx.body.customerid ?? `C${String(number).padStart(5, '0')}`;
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
	// Address endpoints: picqer-php Client.php (`getCustomerAddresses`, `addCustomerAddress`,
	// `updateCustomerAddress`, `deleteCustomerAddress`).
	router.add(
		'GET',
		'/customers/:id/addresses',
		accepting({}, (ctx) => ok(findOr404(customers, ctx).addresses)),
	);
	router.add(
		'POST',
		'/customers/:id/addresses',
		accepting({ body: ADDRESS_FIELDS }, (ctx) => {
			const customer = findOr404(customers, ctx);
			const address = buildAddress(ctx, ctx.body);
			customer.addresses.push(address);
			return created(address);
		}),
	);
	router.add(
		'PUT',
		'/customers/:id/addresses/:idaddress',
		accepting({ body: ADDRESS_FIELDS }, (ctx) => {
			const address = findAddress(ctx, findOr404(customers, ctx));
			for (const field of ADDRESS_FIELDS) {
				if (field in ctx.body) (address as unknown as Row)[field] = ctx.body[field];
			}
			if ('country' in ctx.body) address.country = requireCountry(ctx.body.country, 'country');
			return ok(address);
		}),
	);
	router.add(
		'DELETE',
		'/customers/:id/addresses/:idaddress',
		accepting({}, (ctx) => {
			const customer = findOr404(customers, ctx);
			const address = findAddress(ctx, customer);
			customer.addresses.splice(customer.addresses.indexOf(address), 1);
			return noContent();
		}),
	);
}

function findAddress(ctx: Ctx, customer: Customer): CustomerAddress {
	const address = customer.addresses.find(
		(a) => String(a.idcustomer_address) === ctx.params.idaddress,
	);
	if (!address) throw notFound('Address');
	return address;
}
