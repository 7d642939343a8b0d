import type { SeededRandom } from '../../random';
import type { RetailCrmData } from '../data';
import { creationChanges } from '../history';
import { RETAILCRM_SEED, RETAILCRM_SITE_MAIN, RETAILCRM_SITE_OUTLET } from '../keys';
import { customerSummary } from '../model/customers';
import { crmTime, parseCrmTime } from '../time';
import type { Customer } from '../types';
import { CITIES, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES } from './names';

const LOYALTY = ['bronze', 'silver', 'gold'];

/** Every third row belongs to the outlet, so its share of a multiple of 3 is exact. */
export const siteOf = (index: number) =>
	index % 3 === 2 ? RETAILCRM_SITE_OUTLET : RETAILCRM_SITE_MAIN;

export function seedUsers(data: RetailCrmData, random: SeededRandom, start: Date): void {
	for (let i = 0; i < RETAILCRM_SEED.users; i++) {
		const firstName = FIRST_NAMES[(i * 7) % FIRST_NAMES.length];
		const lastName = LAST_NAMES[(i * 5) % LAST_NAMES.length];
		data.users.create((id) => ({
			id,
			createdAt: crmTime(new Date(start.getTime() - (i + 1) * 86_400_000)),
			active: i !== RETAILCRM_SEED.users - 1,
			email: `${firstName}.${id}@backoffice.example`.toLowerCase(),
			firstName,
			lastName,
			status: random.pick(['free', 'busy', 'dinner', 'break']),
			online: i % 3 === 0,
			isAdmin: i === 0,
			isManager: i !== 0,
			phone: `+3120555${String(1000 + id)}`,
			groups: [{ id: i === 0 ? 1 : 2, code: i === 0 ? 'director' : 'manager' }],
			mgUserId: null,
		}));
	}
}

export function customerFields(index: number, random: SeededRandom) {
	const firstName = random.pick(FIRST_NAMES);
	const lastName = random.pick(LAST_NAMES);
	return {
		firstName,
		lastName,
		email: `${firstName}.${lastName.replace(/\W/g, '')}.${index}@example.com`.toLowerCase(),
		phones: [{ number: `+316${String(10_000_000 + index * 37).slice(0, 8)}` }],
		address: {
			countryIso: 'NL',
			city: random.pick(CITIES),
			index: `${1000 + (index % 8999)} AB`,
			text: `Street ${index % 200}`,
		},
	};
}

export function seedCustomers(data: RetailCrmData, random: SeededRandom, start: Date): void {
	const managers = data.users.rows.filter((u) => u.isManager);
	for (let i = 0; i < RETAILCRM_SEED.customers; i++) {
		data.customers.create(
			(id) =>
				({
					type: 'customer',
					id,
					externalId: i % 4 === 3 ? undefined : `C${String(i + 1).padStart(5, '0')}`,
					isContact: false,
					createdAt: crmTime(new Date(start.getTime() + i * 1_800_000)),
					managerId: random.pick(managers).id,
					vip: i % 25 === 0,
					bad: false,
					site: siteOf(i),
					contragent: { contragentType: 'individual' },
					tags: i % 10 === 0 ? [{ name: 'wholesale', color: '#f00' }] : [],
					customFields: { loyalty_level: random.pick(LOYALTY) },
					personalDiscount: 0,
					ordersCount: 0,
					totalSumm: 0,
					averageSumm: 0,
					marginSumm: 0,
					segments: [],
					...customerFields(i, random),
				}) as Customer,
		);
	}
}

export function seedCorporate(data: RetailCrmData, random: SeededRandom, start: Date): void {
	const people = data.customers.rows;
	for (let i = 0; i < RETAILCRM_SEED.corporateCustomers; i++) {
		const name = `${random.pick(COMPANY_WORDS)} ${['Trading', 'Retail', 'Supply'][i % 3]} ${i + 1}`;
		const companyId = data.seq.corporatePart.next();
		const addressId = data.seq.corporatePart.next();
		const contact = people[(i * 7) % people.length];
		const corporate = data.corporate.create(
			(id) =>
				({
					type: 'customer_corporate',
					id,
					externalId: `CORP-${i + 1}`,
					nickName: name,
					createdAt: crmTime(new Date(start.getTime() + i * 86_400_000)),
					site: siteOf(i),
					vip: false,
					bad: false,
					customFields: {},
					personalDiscount: 0,
					tags: [],
					mainAddress: { id: addressId },
					mainCompany: { id: companyId },
					mainCustomerContact: { customer: { id: contact.id } },
					addresses: [
						{
							id: addressId,
							externalId: `CORP-${i + 1}-A1`,
							name: 'Head office',
							isMain: true,
							city: random.pick(CITIES),
							countryIso: 'NL',
							text: `Business park ${i + 1}`,
						},
					],
					companies: [
						{
							id: companyId,
							externalId: `CORP-${i + 1}-C1`,
							name: `${name} B.V.`,
							isMain: true,
							active: true,
							contragent: { contragentType: 'legal-entity', legalName: `${name} B.V.` },
							address: { id: addressId },
						},
					],
					contacts: [
						{
							id: data.seq.corporatePart.next(),
							isMain: true,
							customer: { id: contact.id, externalId: contact.externalId, site: contact.site },
							companies: [{ id: companyId }],
						},
					],
				}) as Customer,
		);
		data.corporateHistory.add(
			corporate,
			creationChanges(corporate),
			{ source: 'user', userId: 1 },
			customerSummary,
			new Date(parseCrmTime(corporate.createdAt)),
		);
	}
}
