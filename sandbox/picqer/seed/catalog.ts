import type { SeededRandom } from '../../random';
import type { PicqerData } from '../data';
import { stockEntry } from '../model';
import type { CustomerAddress, Tag } from '../types';
import { COLORS, PRODUCT_ADJECTIVES, PRODUCT_NOUNS } from './names';
import { companyName, personName, randomAddress, seedTime } from './reference';

export const SEED_CUSTOMERS = 250;
export const SEED_PRODUCTS = 1234;

function someTags(data: PicqerData, random: SeededRandom, max: number): Tag[] {
	const tags = new Set<Tag>();
	const count = random.int(0, max);
	while (tags.size < count) tags.add(random.pick(data.tags.rows));
	return [...tags];
}

export function seedCustomers(data: PicqerData, random: SeededRandom): void {
	for (let i = 0; i < SEED_CUSTOMERS; i++) {
		const business = random.chance(0.3);
		const contact = personName(random);
		const name = business ? companyName(random) : contact;
		const number = data.seq.customerid.next();
		data.customers.create((idcustomer) => {
			const addresses: CustomerAddress[] = [];
			const count = random.chance(0.2) ? 2 : 1;
			for (let a = 0; a < count; a++) {
				addresses.push({
					idcustomer_address: data.seq.customerAddress.next(),
					...randomAddress(random, name),
					contactname: business ? contact : null,
					defaultinvoice: a === 0,
					defaultdelivery: a === count - 1,
				});
			}
			return {
				idcustomer,
				idtemplate: null,
				idpricelist: null,
				idfulfilment_customer: null,
				customerid: `C${String(number).padStart(5, '0')}`,
				name,
				contactname: business ? contact : null,
				telephone: `+31 6 ${random.int(10000000, 99999999)}`,
				emailaddress: `customer${number}@example.com`,
				discount: business ? random.pick([0, 5, 10]) : 0,
				vatnumber: business ? `NL${random.int(100000000, 999999999)}B01` : null,
				calculatevat: true,
				default_order_remarks: null,
				auto_split: false,
				language: addresses[0].country === 'NL' ? 'nl' : 'en',
				addresses,
				tags: someTags(data, random, 2),
				created: seedTime(i * 3_600_000),
				updated: seedTime(i * 3_600_000),
			};
		});
	}
}

export function seedProducts(data: PicqerData, random: SeededRandom): void {
	const warehouses = data.warehouses.rows.map((w) => w.idwarehouse as number);
	const suppliers = data.suppliers.rows.map((s) => s.idsupplier as number);
	const vatgroups = data.vatgroups.rows.map((v) => v.idvatgroup as number);
	for (let i = 0; i < SEED_PRODUCTS; i++) {
		const noun = random.pick(PRODUCT_NOUNS);
		const color = random.pick(COLORS);
		const time = seedTime(i * 600_000);
		data.products.create((idproduct) => ({
			idproduct,
			idvatgroup: random.chance(0.85) ? vatgroups[0] : random.pick(vatgroups),
			idsupplier: random.pick(suppliers),
			idfulfilment_customer: null,
			productcode: `${noun.slice(0, 3).toUpperCase()}-${color.slice(0, 2).toUpperCase()}-${String(i + 1).padStart(4, '0')}`,
			name: `${random.pick(PRODUCT_ADJECTIVES)} ${noun} ${color}`,
			price: random.money(2, 180),
			fixedstockprice: random.money(1, 60),
			productcode_supplier: `SUP-${random.hex(6).toUpperCase()}`,
			deliverytime: random.int(1, 10),
			description: null,
			barcode: String(8710000000000 + i * 7 + random.int(0, 6)),
			type: 'normal',
			unlimitedstock: false,
			weight: random.int(50, 4000),
			length: random.int(5, 60),
			width: random.int(5, 40),
			height: random.int(1, 30),
			minimum_purchase_quantity: 1,
			purchase_in_quantities: random.pick([1, 1, 6, 12]),
			hs_code: null,
			country_of_origin: random.pick(['NL', 'DE', 'CN', 'PT']),
			active: true,
			idtemplates: null,
			productfields: [],
			images: [],
			pricelists: [],
			stock: warehouses.map((idwarehouse, w) =>
				stockEntry(idwarehouse, w === 2 ? 0 : random.int(0, w === 0 ? 250 : 60)),
			),
			tags: someTags(data, random, 1),
			created: time,
			updated: time,
		}));
	}
}
