import { RETAILCRM_SEED, RETAILCRM_SITE_MAIN } from '../../sandbox/retailcrm';
import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { retailcrm } from './retailcrmClient';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

describe('RetailCRM store', () => {
	it('lists products and their offers (300+ each)', async () => {
		const products = await retailcrm(sandbox).get('/api/v5/store/products?limit=100');
		expect(products.json.pagination.totalCount).toBe(RETAILCRM_SEED.products);
		expect(products.json.products[0].offers.length).toBeGreaterThan(0);
		const offers = await retailcrm(sandbox).get('/api/v5/store/offers?limit=100');
		expect(offers.json.pagination.totalCount).toBeGreaterThan(300);
	});

	it('uploads inventories and reports offers it could not find', async () => {
		const offer = sandbox.retailcrm.data().offers.rows[0];
		const reply = await retailcrm(sandbox).post('/api/v5/store/inventories/upload', {
			site: RETAILCRM_SITE_MAIN,
			offers: [
				{ externalId: offer.externalId, stores: [{ code: 'main-warehouse', available: 77 }] },
				{ externalId: 'no-such-offer', stores: [{ code: 'main-warehouse', available: 1 }] },
			],
		});
		expect(reply.status).toBe(200);
		expect(reply.json).toEqual({
			success: true,
			processedOffersCount: 1,
			notFoundOffers: [{ externalId: 'no-such-offer' }],
		});
		const stock = await retailcrm(sandbox).get(
			`/api/v5/store/inventories?filter[offerExternalId][]=${offer.externalId}&filter[details]=1`,
		);
		expect(stock.json.offers).toHaveLength(1);
		expect(stock.json.offers[0].stores).toEqual(
			expect.arrayContaining([expect.objectContaining({ store: 'main-warehouse', quantity: 77 })]),
		);
	});

	it('uploads prices per price type, removing on request', async () => {
		const offer = sandbox.retailcrm.data().offers.rows[1];
		const reply = await retailcrm(sandbox).post('/api/v5/store/prices/upload', {
			prices: [
				{
					id: offer.id,
					site: RETAILCRM_SITE_MAIN,
					prices: [
						{ code: 'base', price: 12.5 },
						{ code: 'wholesale', remove: true },
					],
				},
			],
		});
		expect(reply.json).toMatchObject({ processedOffersCount: 1, notFoundOffers: [] });
		const offers = await retailcrm(sandbox).get(`/api/v5/store/offers?filter[ids][]=${offer.id}`);
		expect(offers.json.offers[0].prices).toEqual([
			expect.objectContaining({ priceType: 'base', price: 12.5 }),
		]);
	});

	it('lists, creates and edits product groups', async () => {
		const call = retailcrm(sandbox);
		const createdReply = await call.post('/api/v5/store/product-groups/create', {
			site: RETAILCRM_SITE_MAIN,
			productGroup: { name: 'Outerwear', externalId: 'outer' },
		});
		expect(createdReply.status).toBe(201);
		const edited = await call.post('/api/v5/store/product-groups/outer/edit', {
			site: RETAILCRM_SITE_MAIN,
			productGroup: { name: 'Coats' },
		});
		expect(edited.json).toEqual({ success: true, id: createdReply.json.id });
		const list = await call.get('/api/v5/store/product-groups?filter[name]=Coats');
		expect(list.json.productGroup).toEqual([expect.objectContaining({ name: 'Coats' })]);
	});
});
