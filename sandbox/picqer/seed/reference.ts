import type { SeededRandom } from '../../random';
import type { PicqerData } from '../data';
import { picqerTime } from '../time';
import {
	CITIES,
	COMPANY_SUFFIXES,
	COMPANY_WORDS,
	FIRST_NAMES,
	LAST_NAMES,
	STREETS,
	TAG_COLORS,
	TAG_TITLES,
} from './names';

export const SEED_EPOCH = Date.UTC(2024, 0, 1, 8, 0, 0);

export function seedTime(offsetMs: number): string {
	return picqerTime(new Date(SEED_EPOCH + offsetMs));
}

export function personName(random: SeededRandom): string {
	return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

export function companyName(random: SeededRandom): string {
	return `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_SUFFIXES)}`;
}

export function randomAddress(random: SeededRandom, name: string) {
	const place = random.pick(CITIES);
	return {
		name,
		contactname: null,
		address: `${random.pick(STREETS)} ${random.int(1, 240)}`,
		address2: null,
		zipcode: place.zip(),
		city: place.city,
		region: null,
		country: place.country,
	};
}

/** Warehouses, VAT groups, tags, users, templates, carriers, suppliers, locations, return lookups. */
export function seedReference(data: PicqerData, random: SeededRandom): void {
	for (const [name, priority] of [
		['Main warehouse', 1],
		['Overflow warehouse', 2],
		['Returns warehouse', 3],
	] as const) {
		data.warehouses.create((idwarehouse) => ({
			idwarehouse,
			name,
			accept_orders: priority < 3,
			counts_for_general_stock: priority < 3,
			priority,
			active: true,
		}));
	}
	for (const [name, percentage] of [
		['High', 21],
		['Low', 9],
		['Zero', 0],
	] as const) {
		data.vatgroups.create((idvatgroup) => ({ idvatgroup, name, percentage }));
	}
	TAG_TITLES.forEach((title, i) =>
		data.tags.create((idtag) => ({
			idtag,
			title,
			color: TAG_COLORS[i % TAG_COLORS.length],
			inherit: i % 3 === 0,
			textColor: '#ffffff',
		})),
	);
	['api', 'anna', 'bram', 'chloe', 'daan', 'emma'].forEach((username, i) =>
		data.users.create((iduser) => ({
			iduser,
			idpacking_station: null,
			username,
			firstname: username === 'api' ? 'API' : username[0].toUpperCase() + username.slice(1),
			lastname: username === 'api' ? 'User' : random.pick(LAST_NAMES),
			emailaddress: `${username}@example.com`,
			language: i % 2 ? 'nl' : 'en',
			admin: i < 2,
			active: i !== 5,
			last_login_at: seedTime(i * 3_600_000),
			created: seedTime(-86_400_000 * (30 + i)),
			updated: seedTime(-86_400_000 * i),
		})),
	);
	['Default', 'Wholesale', 'Webshop NL'].forEach((name, i) =>
		data.templates.create((idtemplate) => ({ idtemplate, name, default: i === 0 })),
	);
	let profileId = 7101;
	for (const [name, type, profiles] of [
		['PostNL', 'postnl', ['Standard parcel', 'Letterbox parcel', 'Signature on delivery']],
		['DHL Parcel', 'dhl', ['Europlus', 'Same day']],
		['DPD', 'dpd', ['Classic', 'Predict']],
	] as const) {
		data.shippingproviders.create((idshippingprovider) => ({
			idshippingprovider,
			name,
			type,
			profiles: profiles.map((profileName) => ({
				idshippingprovider_profile: profileId++,
				name: profileName,
				carrier: name,
				label_size: 'A6',
				default_weight: 1000,
			})),
		}));
	}
	for (let i = 0; i < 15; i++) {
		const name = companyName(random);
		const address = randomAddress(random, name);
		data.suppliers.create((idsupplier) => ({
			idsupplier,
			idtemplate: null,
			idpurchaseorder_template: null,
			name,
			contactname: personName(random),
			telephone: `+31 20 ${random.int(1000000, 9999999)}`,
			emailaddress: `orders@supplier${i + 1}.example.com`,
			website: `https://supplier${i + 1}.example.com`,
			address: address.address,
			address2: null,
			zipcode: address.zipcode,
			city: address.city,
			region: null,
			country: address.country,
			language: 'en',
			remarks: null,
			delivery_time: random.int(1, 14),
			active: i !== 14,
		}));
	}
	for (const warehouse of data.warehouses.rows) {
		for (let aisle = 1; aisle <= 20; aisle++) {
			data.locations.create((idlocation) => ({
				idlocation,
				idwarehouse: warehouse.idwarehouse,
				idlocation_type: null,
				parent_idlocation: null,
				name: `${String.fromCharCode(64 + Math.ceil(aisle / 5))}-${String(aisle).padStart(2, '0')}-${random.int(1, 6)}`,
				remarks: null,
				unlink_on_empty: false,
				is_bulk_location: aisle > 18,
				is_deletable: false,
			}));
		}
	}
	for (const [name, status, isDefault] of [
		['New', 'new', true],
		['Waiting for parcel', 'open', false],
		['Inspecting', 'open', false],
		['Refunded', 'completed', false],
		['Cancelled', 'cancelled', false],
	] as const) {
		data.returnStatuses.create((idreturn_status) => ({
			idreturn_status,
			default: isDefault,
			name,
			status,
			color: status === 'completed' ? '#2ecc71' : '#3498db',
			active: true,
		}));
	}
	for (const name of [
		'Damaged',
		'Wrong size',
		'Wrong product',
		'Not as described',
		'Changed mind',
	]) {
		data.returnReasons.create((idreturn_reason) => ({ idreturn_reason, name, active: true }));
	}
}
