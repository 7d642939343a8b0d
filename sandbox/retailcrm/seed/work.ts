import type { SeededRandom } from '../../random';
import { pdfDocument } from '../../pdf';
import { creationChanges } from '../history';
import type { RetailCrmData } from '../data';
import { RETAILCRM_SEED } from '../keys';
import { crmTime, parseCrmTime } from '../time';
import { siteOf } from './people';

const HOUR = 3_600_000;
const TASK_TEXTS = ['Call back', 'Confirm address', 'Send invoice', 'Check stock', 'Follow up'];
const COST_ITEMS = ['shipping', 'packaging', 'marketing', 'fees'];

/** Tasks, customer notes, costs, files, order packs and custom field definitions. */
export function seedWork(data: RetailCrmData, random: SeededRandom, start: Date): void {
	const users = data.users.rows;
	for (let i = 0; i < RETAILCRM_SEED.tasks; i++) {
		const order = data.orders.rows[(i * 7) % data.orders.size];
		const performer = random.pick(users);
		data.tasks.create((id) => ({
			id,
			text: `${random.pick(TASK_TEXTS)} #${i + 1}`,
			commentary: i % 3 === 0 ? 'Seeded task' : '',
			createdAt: crmTime(new Date(start.getTime() + i * 6 * HOUR)),
			// "Y-m-d H:i", as api-client-php src/Model/Entity/Tasks/Task.php types it.
			datetime: crmTime(new Date(start.getTime() + (i * 6 + 48) * HOUR)).slice(0, 16),
			complete: i % 4 === 0,
			performerId: performer.id,
			performerType: 'user',
			creator: users[0].id,
			...(i % 2 === 0
				? { order: { id: order.id, externalId: order.externalId, number: order.number } }
				: {}),
			site: order.site,
		}));
	}
	for (let i = 0; i < 80; i++) {
		const customer = data.customers.rows[(i * 11) % data.customers.size];
		data.notes.create((id) => ({
			id,
			text: `Note ${i + 1}: prefers ${random.pick(['email', 'phone', 'post'])}`,
			createdAt: crmTime(new Date(start.getTime() + i * 12 * HOUR)),
			managerId: random.pick(users).id,
			customer: { id: customer.id, externalId: customer.externalId, site: customer.site },
			site: customer.site,
		}));
	}
	for (let i = 0; i < RETAILCRM_SEED.costs; i++) {
		const date = crmTime(new Date(start.getTime() + i * 24 * HOUR)).slice(0, 10);
		data.costs.create((id) => ({
			id,
			dateFrom: date,
			dateTo: date,
			summ: random.money(10, 900),
			costItem: random.pick(COST_ITEMS),
			comment: `Cost ${i + 1}`,
			createdAt: crmTime(new Date(start.getTime() + i * 24 * HOUR)),
			createdBy: String(users[0].id),
			sites: [siteOf(i)],
			...(i % 5 === 0 ? { order: { id: data.orders.rows[i].id } } : {}),
		}));
	}
	for (let i = 0; i < RETAILCRM_SEED.files; i++) {
		// Every third file is a real PDF (an invoice), the others plain text.
		const pdf = i % 3 === 0;
		const content = pdf
			? pdfDocument([`Invoice ${i + 1}`, `Order ${data.orders.rows[i].number}`])
			: Buffer.from(`Seeded file ${i + 1}\n`);
		const file = data.files.create((id) => ({
			id,
			filename: pdf ? `invoice-${i + 1}.pdf` : `document-${i + 1}.txt`,
			type: pdf ? 'application/pdf' : 'text/plain',
			createdAt: crmTime(new Date(start.getTime() + i * 24 * HOUR)),
			size: content.length,
			attachment: i % 2 === 0 ? [{ order: { id: data.orders.rows[i].id } }] : [],
		}));
		data.fileContents.set(file.id, content);
	}
	for (const order of data.orders.rows.slice(0, 30)) {
		const [line] = order.items;
		const pack = data.packs.create((id) => ({
			id,
			quantity: 1,
			purchasePrice: 0,
			store: 'main-warehouse',
			shipmentDate: order.createdAt.slice(0, 10),
			item: {
				id: line.id,
				order: { id: order.id, externalId: order.externalId },
				offer: line.offer,
			},
			site: order.site,
		}));
		data.packHistory.add(
			pack,
			creationChanges({ store: pack.store }),
			{ source: 'user', userId: users[0].id },
			(p) => ({ id: p.id, item: p.item }),
			new Date(parseCrmTime(order.createdAt)),
		);
	}
	// The custom fields the seeded orders and customers carry (shapes as api-client-php
	// tests/src/ResourceGroup/CustomFieldsTest.php shows them).
	data.customFields.push(
		{
			name: 'NPS',
			code: 'nps',
			type: 'integer',
			entity: 'order',
			required: false,
			inFilter: true,
			inList: true,
			ordering: 10,
			displayArea: 'customer',
			viewMode: 'editable',
		},
		{
			name: 'Gift wrap',
			code: 'gift_wrap',
			type: 'boolean',
			entity: 'order',
			required: false,
			inFilter: true,
			inList: false,
			ordering: 20,
			displayArea: 'delivery',
			viewMode: 'editable',
		},
		{
			name: 'Loyalty level',
			code: 'loyalty_level',
			type: 'dictionary',
			entity: 'customer',
			dictionary: 'loyalty-levels',
			required: false,
			inFilter: true,
			inList: true,
			ordering: 30,
			displayArea: 'customer',
			viewMode: 'editable',
		},
	);
	data.customDictionaries.push({
		name: 'Loyalty levels',
		code: 'loyalty-levels',
		elements: ['bronze', 'silver', 'gold'].map((code, i) => ({
			name: code,
			code,
			ordering: (i + 1) * 10,
		})),
	});
}
