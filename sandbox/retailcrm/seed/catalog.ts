import type { SeededRandom } from '../../random';
import type { RetailCrmData } from '../data';
import { RETAILCRM_SEED } from '../keys';
import { crmTime } from '../time';
import { PRODUCT_KINDS, PRODUCT_WORDS } from './names';
import { STORES } from './reference';

const GROUPS = ['Clothing', 'Accessories', 'Bags', 'Home'];

/** Product groups, products with one or two offers each (sizes), and stock per store. */
export function seedCatalog(data: RetailCrmData, random: SeededRandom, start: Date): void {
	for (const [i, name] of GROUPS.entries()) {
		data.productGroups.create((id) => ({
			id,
			externalId: `group-${i + 1}`,
			name,
			active: true,
			parentId: null,
			site: undefined,
		}));
	}
	for (let i = 0; i < RETAILCRM_SEED.products; i++) {
		const group = data.productGroups.rows[i % GROUPS.length];
		const price = random.money(5, 250);
		const name = `${random.pick(PRODUCT_WORDS)} ${random.pick(PRODUCT_KINDS)} ${i + 1}`;
		const product = data.products.create((id) => ({
			id,
			externalId: `P${String(i + 1).padStart(4, '0')}`,
			article: `ART-${1000 + i}`,
			name,
			url: `https://main-store.example.com/p/${i + 1}`,
			active: i % 17 !== 0,
			markable: false,
			minPrice: price,
			maxPrice: price,
			groups: [{ id: group.id, externalId: group.externalId }],
			manufacturer: 'Backoffice Textiles',
			quantity: 0,
			createdAt: crmTime(new Date(start.getTime() + i * 3_600_000)),
			updatedAt: crmTime(new Date(start.getTime() + i * 3_600_000)),
			offers: [] as unknown[],
			properties: {},
		}));
		const sizes = i % 2 === 0 ? ['M', 'L'] : ['One size'];
		for (const size of sizes) {
			const offer = data.offers.create((id) => ({
				id,
				externalId: `${String(product.externalId)}-${size.replace(' ', '')}`,
				xmlId: `xml-${id}`,
				article: String(product.article),
				name: `${name} (${size})`,
				productId: product.id,
				active: true,
				prices: [
					{ priceType: 'base', price, ordering: 10 },
					{ priceType: 'wholesale', price: Math.round(price * 80) / 100, ordering: 20 },
				],
				purchasePrice: Math.round(price * 55) / 100,
				quantity: 0,
				properties: { size },
				stores: STORES.map((code) => ({
					store: code,
					quantity: random.int(0, 40),
					purchasePrice: Math.round(price * 55) / 100,
				})),
				unit: { code: 'pc', name: 'Piece', sym: 'pcs' },
			}));
			offer.quantity = (offer.stores as { quantity: number }[]).reduce(
				(sum, s) => sum + s.quantity,
				0,
			);
			(product.offers as unknown[]).push(offer);
			product.quantity = Number(product.quantity) + Number(offer.quantity);
		}
	}
}
